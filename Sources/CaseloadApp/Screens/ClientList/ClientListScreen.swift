import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Find a client fast: search as you type, filters, sort, and Enter to open.
@MainActor final class ClientListScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: ClientListState
    /// Every client's place in each order; rebuilt when the database changes (see `reload`).
    private var directory: ClientDirectory?
    /// Set while a search keystroke reloads: unknown next due items wait for `idle()`.
    private var deferNextDue = false
    /// How many times the directory was built from every client (tests count full reloads).
    private(set) var directoryBuilds = 0

    init(env: AppEnvironment) {
        self.env = env
        state = ClientListState(actor: env.actor)
    }

    var title: String { "Clients" }
    var hasUnsavedInput: Bool { false }
    var isEditingText: Bool { state.focus == .search || state.caseworkerChooser != nil }
    var helpKeymap: Keymap<Int> { state.keymap.forHelp }

    // MARK: update

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared:
            directory = nil
            state.nextDueKnown = [:]
            return reload(keepSelection: true)
        case .key(let key): return handleKey(key)
        }
    }

    /// Someone committed (issue #23): only the changed clients' places, filters and digit words are
    /// brought up to date, their next due dates looked up again, and the page read again (its rows
    /// are read fresh anyway). A change the feed cannot name rebuilds everything.
    func changed(_ change: DatabaseChange) -> [AppCommand] {
        guard !change.isEverything, let directory else { return handle(.reload) }
        do {
            try directory.update(clientIDs: change.clientIDs)
        } catch {
            return handle(.reload)
        }
        for id in change.clientIDs { state.nextDueKnown[id] = nil }
        return reload(keepSelection: true)
    }

    /// F2 or the menu: the whole list, not the search left from last time (filters stay).
    func summoned() -> [AppCommand] {
        state.clearSearch()
        state.focus = .list
        return handle(.reappeared)
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if state.caseworkerChooser != nil { return handleChooser(key) }
        if state.focus == .search {
            if state.replaceSelectedSearch(with: key) { return reload(keepSelection: false) }
            switch state.search.handle(key, width: 40) {
            case .changed:
                // Typing stays instant: due items for clients not seen yet are looked up at the pause.
                deferNextDue = true
                defer { deferNextDue = false }
                return reload(keepSelection: false)
            case .submitted:
                // Type "cote", Enter: open the best match straight away.
                state.focus = .list
                return state.selectedRow.map { [.open(.profile(clientID: $0.id, tab: .summary))] } ?? []
            case .cancelled:
                state.focus = .list
                if state.search.text.isEmpty { return [] }
                state.clearSearch()
                return reload(keepSelection: true)
            case .consumed: return []
            case .ignored:
                // Tab keeps the text and hands the keys to the list (filters, sort); arrows move
                // the list even while the search field has focus.
                if key == .tab { state.focus = .list; return [] }
                return moveSelection(key)
            }
        }
        let outcome = state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows)
        if outcome == .changed { return loadMoreIfNeeded() + lookUpNextDue() }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private func moveSelection(_ key: Key) -> [AppCommand] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            if state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) == .changed {
                return loadMoreIfNeeded() + lookUpNextDue()
            }
            return []
        default: return []
        }
    }

    private func run(_ action: ClientListAction) -> [AppCommand] {
        switch action {
        case .search: state.startSearch(); return []
        case .clearSearch:
            // Esc on the list with a search in force: the whole list again (else Esc goes back).
            guard !state.search.text.isEmpty else { return [] }
            state.clearSearch()
        case .open:
            guard let row = state.selectedRow else { return [] }
            return [.open(.profile(clientID: row.id, tab: .summary))]
        case .add: return [.open(.intake(clientID: nil))]
        case .note: return state.selectedRow.map { [.open(.noteEntry(clientID: $0.id, amends: nil))] } ?? []
        case .toggleMine: state.toggleScope()
        case .caseworker:
            let names = ["All caseworkers"] + state.caseworkers.map(\.fullName)
            var chooser = DropdownState(options: names, selectedIndex: 0)
            chooser.open()
            state.caseworkerChooser = chooser
            return []
        case .status: state.cycleStatus()
        case .source: state.cycleSource()
        case .stream: state.cycleStream()
        case .order: state.cycleOrder()
        case .clearFilters: state.clearFilters()
        case .navigate: return []
        }
        return reload(keepSelection: true)
    }

    private func handleChooser(_ key: Key) -> [AppCommand] {
        guard var chooser = state.caseworkerChooser else { return [] }
        let outcome = chooser.handle(key)
        if !chooser.isOpen {
            state.caseworkerChooser = nil
            if outcome == .changed || key == .enter, let i = chooser.selectedIndex {
                state.chosenCaseworker = i == 0 ? nil : state.caseworkers[i - 1].id
                if state.chosenCaseworker != nil { state.scope = .all }
                return reload(keepSelection: false)
            }
            return []
        }
        state.caseworkerChooser = chooser
        return []
    }

    // MARK: effects (the only place this screen reads the database)

    private func reload(keepSelection: Bool) -> [AppCommand] {
        let keepID = keepSelection ? state.selectedRow?.id : nil
        do {
            if state.caseworkers.isEmpty {
                state.caseworkers = try env.db.listStaff(includeInactive: false).filter { $0.role == .caseworker }
                state.streams = try env.db.clientStreams()
            }
            let query = state.freshQuery
            state.query = query
            (state.rows, state.total) = try currentDirectory().page(query)
            state.othersMatching = try othersMatching(query)
            let index = keepID.flatMap { id in state.rows.firstIndex { $0.id == id } } ?? (keepSelection ? state.list.selected : 0)
            state.list.select(index, itemCount: state.rows.count, visibleRows: state.visibleRows)
            return lookUpNextDue()
        } catch {
            return [.status("Could not load clients: \(error)", isError: true)]
        }
    }

    /// When "My clients" lists nothing for a search or filter: how many of all clients match it,
    /// so the empty list can say so. Only asked on an empty result, so typing stays as fast.
    private func othersMatching(_ query: ClientListQuery) throws -> Int {
        let narrowed = !query.text.isEmpty || query.status != nil || query.referralSource != nil || query.stream != nil
        guard state.total == 0, state.scope == .mine, narrowed else { return 0 }
        var everyone = query
        everyone.caseworkerID = nil
        everyone.limit = 0
        return try currentDirectory().page(everyone).total
    }

    private func loadMoreIfNeeded() -> [AppCommand] {
        guard state.needsNextPage else { return [] }
        var next = state.query
        next.offset = state.rows.count
        do {
            state.rows += try currentDirectory().page(next).rows
        } catch {
            return [.status("Could not load more clients: \(error)", isError: true)]
        }
        return []
    }

    private func currentDirectory() throws -> ClientDirectory {
        if let directory { return directory }
        let (db, env) = (env.db, env)
        let nextDue: (() throws -> [Int64: LocalDate])? = env.can(.viewFollowUps)
            ? { try db.nextDueDates(asOf: env.today, now: env.now, zone: env.zone) } : nil
        let made = try ClientDirectory(db: db, nextDue: nextDue, by: env.actor)
        directory = made
        directoryBuilds += 1
        return made
    }

    /// Fills the "next due" column for the rows on screen, asking the database only about clients
    /// it has not been asked about since the last change.
    private func lookUpNextDue() -> [AppCommand] {
        guard env.can(.viewFollowUps) else { return [] }
        // A screenful ahead as well: the first look-up runs before the first frame tells the height.
        let visible = state.visibleRange
        let range = visible.lowerBound..<min(state.rows.count, visible.lowerBound + max(visible.count, 64))
        let unknown = state.rows[range].map(\.id).filter { state.nextDueKnown[$0] == nil }
        if !unknown.isEmpty && !deferNextDue {
            do {
                let due = try env.db.clientListNextDue(asOf: env.today, now: env.now, clientIDs: unknown, zone: env.zone)
                for id in unknown { state.nextDueKnown[id] = .some(due[id]) }
            } catch {
                return [.status("Could not look up due items: \(error)", isError: true)]
            }
        }
        for i in range { state.rows[i].nextDue = state.nextDueKnown[state.rows[i].id] ?? nil }
        return []
    }

    func idle() -> [AppCommand] {
        // The first pause after the list opens reads the numbers digit searches use.
        // (Should it fail, the first digit typed tries again and reports the error.)
        try? directory?.prepareNumberSearch()
        return lookUpNextDue()
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        ClientListView(state: state, today: env.today, zone: env.zone).render(into: &buffer, in: rect, theme: theme)
        state.visibleRows = Table.bodyRows(forHeight: ClientListView.tableRect(in: rect).height)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        state.keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }

    func renderOverlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let chooser = state.caseworkerChooser else { return }
        let anchor = Rect(x: 2, y: 2, width: 36, height: 1)
        Dropdown.renderPopup(chooser, anchor: anchor, into: &buffer, theme: theme)
    }
}
