import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Find a client fast: search as you type, filters, sort, and Enter to open.
@MainActor final class ClientListScreen: Screen {
    private let env: AppEnvironment
    private(set) var state: ClientListState

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
        case .reload, .reappeared: return reload(keepSelection: true)
        case .key(let key): return handleKey(key)
        }
    }

    private func handleKey(_ key: Key) -> [AppCommand] {
        if state.caseworkerChooser != nil { return handleChooser(key) }
        if state.focus == .search {
            switch state.search.handle(key, width: 40) {
            case .changed: return reload(keepSelection: false)
            case .submitted:
                // Type "cote", Enter: open the best match straight away.
                state.focus = .list
                return state.selectedRow.map { [.open(.profile(clientID: $0.id, tab: .summary))] } ?? []
            case .cancelled:
                state.focus = .list
                if state.search.text.isEmpty { return [] }
                state.search.text = ""
                return reload(keepSelection: true)
            case .consumed: return []
            case .ignored:
                // Arrows move the list even while the search field has focus.
                return moveSelection(key)
            }
        }
        let outcome = state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows)
        if outcome == .changed { return loadMoreIfNeeded() }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private func moveSelection(_ key: Key) -> [AppCommand] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            if state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) == .changed { return loadMoreIfNeeded() }
            return []
        default: return []
        }
    }

    private func run(_ action: ClientListAction) -> [AppCommand] {
        switch action {
        case .search: state.focus = .search; return []
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
            state.rows = try env.db.clientList(query)
            state.total = try env.db.clientListCount(query)
            let index = keepID.flatMap { id in state.rows.firstIndex { $0.id == id } } ?? (keepSelection ? state.list.selected : 0)
            state.list.select(index, itemCount: state.rows.count, visibleRows: state.visibleRows)
            return []
        } catch {
            return [.status("Could not load clients: \(error)", isError: true)]
        }
    }

    private func loadMoreIfNeeded() -> [AppCommand] {
        guard state.needsNextPage else { return [] }
        var next = state.query
        next.offset = state.rows.count
        do {
            state.rows += try env.db.clientList(next)
        } catch {
            return [.status("Could not load more clients: \(error)", isError: true)]
        }
        return []
    }

    // MARK: view

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        ClientListView(state: state, today: env.today).render(into: &buffer, in: rect, theme: theme)
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
