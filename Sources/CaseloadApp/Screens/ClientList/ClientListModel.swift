import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What the client list's effects bring back.
enum ClientListMessage {
    /// The first page for a search or filter (see `ClientListReload` for what the selection does).
    case page(ClientListPage)
    /// The next page, to append when the rows still end at `offset`.
    case more(offset: Int, rows: [ClientListRow])
    /// Each asked-about client's next due item (nil: nothing due).
    case nextDue([Int64: DueItem?])
    /// The numbers digit searches use are in memory (or could not be read: the first digit retries).
    case numberSearchReady
    /// A change concerned no client on this list (issue #23): the page stays as it is.
    case pageUnchanged
}

/// Find a client fast: search as you type, filters, sort, and Enter to open.
struct ClientListModel: ScreenModel {
    let context: ScreenContext
    private(set) var state: ClientListState
    /// The store's index of every client, kept between effects. Only the effects use it; `update`
    /// hands it to them and never calls it.
    let directory = ClientDirectoryCache()

    init(context: ScreenContext) {
        self.context = context
        state = ClientListState(actor: context.actor)
    }

    var title: String { "Clients" }
    var footerKeys: Keymap<Int> { state.keymap.forHelp }
    var isEditingText: Bool { state.focus == .search || state.caseworkerChooser != nil }

    mutating func update(_ input: ScreenInput<ClientListMessage>) -> [Effect<ClientListMessage>] {
        switch input {
        case .reload, .reappeared:
            // The database changed (or may have): a new directory, and due items asked afresh.
            state.nextDueKnown = [:]
            return reload(keepSelection: true, freshDirectory: true)
        case .summoned:
            // F2 or the menu: the whole list, not the search left from last time (filters stay).
            state.clearSearch()
            state.focus = .list
            state.nextDueKnown = [:]
            return reload(keepSelection: true, freshDirectory: true)
        case .idle:
            // The first pause after the list opens reads the numbers digit searches use.
            let numbers: [Effect<ClientListMessage>] = state.numberSearchReady ? [] : [.prepareNumberSearch(directory)]
            return numbers + lookUpNextDue()
        case .laidOut(let rect):
            state.visibleRows = Table.bodyRows(forHeight: ClientListView.tableRect(in: rect).height)
            return []
        case .loaded(let message): return loaded(message)
        case .failed: return []
        case .key(let key): return handle(key)
        }
    }

    // MARK: keys

    private mutating func handle(_ key: Key) -> [Effect<ClientListMessage>] {
        if state.caseworkerChooser != nil { return handleChooser(key) }
        if state.focus == .search { return handleSearch(key) }
        let outcome = state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows)
        if outcome == .changed { return [.handled] + lookUpNextDue() + loadMoreIfNeeded() }
        switch state.keymap.lookup(key) {
        case .unbound: return []
        case .disabled(let reason): return [.status(reason, isError: true)]
        case .run(let action): return run(action)
        }
    }

    private mutating func handleSearch(_ key: Key) -> [Effect<ClientListMessage>] {
        if state.replaceSelectedSearch(with: key) { return [.handled] + reload(keepSelection: false) }
        switch state.search.handle(key, width: 40) {
        case .changed:
            // Typing stays instant: due items for clients not seen yet are looked up at the pause.
            return [.handled] + reload(keepSelection: false, deferNextDue: true)
        case .submitted:
            // Type "cote", Enter: open the best match straight away.
            state.focus = .list
            return state.selectedRow.map { [.open(.profile(clientID: $0.id, tab: .summary))] } ?? [.handled]
        case .cancelled:
            state.focus = .list
            if state.search.text.isEmpty { return [.handled] }
            state.clearSearch()
            return [.handled] + reload(keepSelection: true)
        case .consumed: return [.handled]
        case .ignored:
            // Tab keeps the text and hands the keys to the list (filters, sort); arrows move
            // the list even while the search field has focus.
            if key == .tab { state.focus = .list; return [.handled] }
            return moveSelection(key)
        }
    }

    private mutating func moveSelection(_ key: Key) -> [Effect<ClientListMessage>] {
        switch key {
        case .up, .down, .pageUp, .pageDown:
            if state.list.handle(key, itemCount: state.rows.count, visibleRows: state.visibleRows) == .changed {
                return [.handled] + lookUpNextDue() + loadMoreIfNeeded()
            }
            return [.handled]
        default: return []
        }
    }

    private mutating func run(_ action: ClientListAction) -> [Effect<ClientListMessage>] {
        switch action {
        case .search: state.startSearch(); return [.handled]
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
            return [.handled]
        case .status: state.cycleStatus()
        case .source: state.cycleSource()
        case .stream: state.cycleStream()
        case .order: state.cycleOrder()
        case .clearFilters: state.clearFilters()
        case .navigate: return [.handled]
        }
        return [.handled] + reload(keepSelection: true)
    }

    private mutating func handleChooser(_ key: Key) -> [Effect<ClientListMessage>] {
        guard var chooser = state.caseworkerChooser else { return [] }
        let outcome = chooser.handle(key)
        if !chooser.isOpen {
            state.caseworkerChooser = nil
            if outcome == .changed || key == .enter, let i = chooser.selectedIndex {
                state.chosenCaseworker = i == 0 ? nil : state.caseworkers[i - 1].id
                if state.chosenCaseworker != nil { state.scope = .all }
                return [.handled] + reload(keepSelection: false)
            }
            return [.handled]
        }
        state.caseworkerChooser = chooser
        return [.handled]
    }

    // MARK: asking for data

    /// The first page for the current text and filters. `freshDirectory`: the database changed, so
    /// the effect builds a new directory (and digit searches read their numbers again).
    /// Someone committed (issue #23): only the changed clients' places, filters and digit words are
    /// brought up to date, their next due dates looked up again, and the page read again. A change
    /// the feed cannot name rebuilds everything.
    mutating func update(changed change: DatabaseChange) -> [Effect<ClientListMessage>] {
        guard !change.isEverything else { return update(.reload) }
        for id in change.clientIDs { state.nextDueKnown[id] = nil }
        return reload(keepSelection: true, updatedClients: change.clientIDs)
    }

    private mutating func reload(keepSelection: Bool, freshDirectory: Bool = false, deferNextDue: Bool = false,
                                 updatedClients: Set<Int64> = []) -> [Effect<ClientListMessage>] {
        if freshDirectory { state.numberSearchReady = false }
        var request = ClientListReload(query: state.freshQuery, onlyMine: state.scope == .mine,
                                       needsFilterChoices: state.caseworkers.isEmpty, freshDirectory: freshDirectory,
                                       keepSelection: keepSelection, keepID: keepSelection ? state.selectedRow?.id : nil,
                                       deferNextDue: deferNextDue)
        request.updatedClients = updatedClients
        request.mayKeepPage = !updatedClients.isEmpty && !state.rows.isEmpty
        return [.loadPage(request, directory)]
    }

    private func loadMoreIfNeeded() -> [Effect<ClientListMessage>] {
        guard state.needsNextPage else { return [] }
        var next = state.query
        next.offset = state.rows.count
        return [.loadMore(next, directory)]
    }

    /// Fills the "next due" column for the rows on screen from what is known, and asks the store
    /// only about clients it has not been asked about since the last change.
    private mutating func lookUpNextDue(deferred: Bool = false) -> [Effect<ClientListMessage>] {
        guard context.can(.viewFollowUps) else { return [] }
        let range = nextDueRange
        for i in range { state.rows[i].nextDue = state.nextDueKnown[state.rows[i].id] ?? nil }
        let unknown = state.rows[range].map(\.id).filter { state.nextDueKnown[$0] == nil }
        guard !unknown.isEmpty, !deferred else { return [] }
        return [.lookUpNextDue(unknown)]
    }

    /// The rows on screen and a screenful ahead: the first look-up runs before the first frame tells the height.
    private var nextDueRange: Range<Int> {
        let visible = state.visibleRange
        return visible.lowerBound..<min(state.rows.count, visible.lowerBound + max(visible.count, 64))
    }

    // MARK: data arriving

    private mutating func loaded(_ message: ClientListMessage) -> [Effect<ClientListMessage>] {
        switch message {
        case .page(let page):
            if let choices = page.filterChoices { (state.caseworkers, state.streams) = choices }
            state.query = page.request.query
            (state.rows, state.total, state.othersMatching) = (page.rows, page.total, page.othersMatching)
            let keep = page.request
            let index = keep.keepID.flatMap { id in state.rows.firstIndex { $0.id == id } } ?? (keep.keepSelection ? state.list.selected : 0)
            state.list.select(index, itemCount: state.rows.count, visibleRows: state.visibleRows)
            return lookUpNextDue(deferred: keep.deferNextDue)
        case .more(let offset, let rows):
            guard offset == state.rows.count else { return [] }
            state.rows += rows
            return lookUpNextDue()
        case .nextDue(let found):
            for (id, item) in found { state.nextDueKnown[id] = .some(item) }
            return lookUpNextDue(deferred: true)
        case .numberSearchReady:
            state.numberSearchReady = true
            return []
        case .pageUnchanged:
            return []
        }
    }

    // MARK: drawing

    func view(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        ClientListView(state: state, today: context.today, zone: context.zone).render(into: &buffer, in: rect, theme: theme)
    }

    func overlay(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let chooser = state.caseworkerChooser else { return }
        let anchor = Rect(x: 2, y: 2, width: 36, height: 1)
        Dropdown.renderPopup(chooser, anchor: anchor, into: &buffer, theme: theme)
    }
}
