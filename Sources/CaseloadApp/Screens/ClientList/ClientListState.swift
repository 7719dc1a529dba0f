import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Everything the client list shows, and the pure rules for how keys change it.
struct ClientListState {
    enum Scope: Equatable { case mine, all }
    enum Focus: Equatable { case list, search }

    var actorID: Int64?
    var role: StaffRole
    var scope: Scope
    var query = ClientListQuery()
    var search = TextFieldState("", placeholder: "name, CaMS ref or phone")
    var focus = Focus.list
    /// After `/` the earlier search is shown selected: typing replaces it, a cursor key keeps it.
    var searchSelected = false
    /// When "My clients" finds nothing: how many of all clients the same search and filters find.
    var othersMatching = 0
    var rows: [ClientListRow] = []
    var total = 0
    var list = ListState()
    var visibleRows = 20
    /// Set while the caseworker filter's chooser is open.
    var caseworkerChooser: DropdownState?
    var caseworkers: [StaffMember] = []
    var streams: [String] = []
    /// Each looked-up client's next due item (nil: nothing due), so typing and scrolling ask only
    /// about clients not seen yet. Emptied whenever the database changes (see `ClientListModel`).
    var nextDueKnown: [Int64: DueItem?] = [:]
    /// The numbers digit searches use were read for the current directory (done at the first pause).
    var numberSearchReady = false

    init(actor: StaffMember, caseworkers: [StaffMember] = [], streams: [String] = []) {
        actorID = actor.id; role = actor.role
        scope = actor.role == .caseworker ? .mine : .all
        self.caseworkers = caseworkers; self.streams = streams
        query.caseworkerID = effectiveCaseworker
    }

    static let pageSize = 200

    var selectedRow: ClientListRow? { rows.indices.contains(list.selected) ? rows[list.selected] : nil }

    /// "My clients" narrows to the acting caseworker; otherwise the caseworker filter (if any) applies.
    var effectiveCaseworker: Int64? { scope == .mine ? actorID : chosenCaseworker }
    var chosenCaseworker: Int64?

    /// The query for the first page with the current text and filters.
    var freshQuery: ClientListQuery {
        var q = query
        q.text = search.text
        q.caseworkerID = effectiveCaseworker
        q.offset = 0; q.limit = Self.pageSize
        return q
    }

    /// More rows exist beyond those loaded and the selection is near the end: time to fetch the next page.
    var needsNextPage: Bool { rows.count < total && list.selected >= rows.count - 10 }

    var filterSummary: String {
        var parts = [scope == .mine ? "My clients" : (chosenCaseworker.flatMap { id in caseworkers.first { $0.id == id }?.fullName } ?? "All clients")]
        if let s = query.status { parts.append("status \(s.rawValue)") }
        if let r = query.referralSource { parts.append("source \(r.rawValue)") }
        if let t = query.stream { parts.append("stream \(t)") }
        parts.append("by \(query.order.rawValue)")
        return parts.joined(separator: " · ")
    }

    /// The empty-state text: what to do next.
    var emptyMessage: String {
        if scope == .mine && othersMatching > 0 {
            // The key comes before the typed text, which may be cut off on a narrow screen.
            let what = search.text.isEmpty ? " these filters" : ""
            let count = othersMatching == 1 ? "1 matches" : "\(othersMatching.formatted(.number)) match"
            let text = search.text.isEmpty ? "" : " “\(search.text)”"
            return "None of your clients matches\(what). Press m for all clients: \(count)\(text)."
        }
        if !search.text.isEmpty { return "No client matches “\(search.text)”. Esc clears the search; a adds a new client." }
        if query.status != nil || query.referralSource != nil || query.stream != nil || chosenCaseworker != nil {
            return "No client matches these filters. Press c to clear them."
        }
        if scope == .mine { return "You have no clients assigned. Press m to see all clients, or a to add one." }
        return "No clients yet. Press a to add the first one, or import a CaMS extract (caseload import cams FILE)."
    }

    // MARK: filters (pure)

    mutating func cycleStatus() { query.status = Self.next(in: ClientStatus.allCases, after: query.status) }
    mutating func cycleSource() { query.referralSource = Self.next(in: ReferralSource.allCases, after: query.referralSource) }
    mutating func cycleStream() { query.stream = Self.next(in: streams, after: query.stream) }
    /// Front desk has no follow-ups, so no "next due" order either.
    var orders: [ClientListQuery.Order] {
        role.allows(.viewFollowUps) ? ClientListQuery.Order.allCases : ClientListQuery.Order.allCases.filter { $0 != .nextDue }
    }
    mutating func cycleOrder() {
        let all = orders
        query.order = all[((all.firstIndex(of: query.order) ?? -1) + 1) % all.count]
    }

    /// The rows on screen now (the view formats only these).
    var visibleRange: Range<Int> {
        let top = list.visibleOffset(itemCount: rows.count, visibleRows: visibleRows)
        return top..<min(rows.count, top + visibleRows)
    }
    mutating func toggleScope() {
        scope = scope == .mine ? .all : .mine
        if scope == .mine { chosenCaseworker = nil }
    }
    /// `c`: the whole list again, search included.
    mutating func clearFilters() {
        query.status = nil; query.referralSource = nil; query.stream = nil; chosenCaseworker = nil
        if scope == .mine, role != .caseworker { scope = .all }
        clearSearch()
    }

    // MARK: search (pure)

    /// `/`: into the search field. An earlier search stays in it, selected, so typing starts a new
    /// one and → or End edit the old one.
    mutating func startSearch() {
        focus = .search
        search.cursor = search.text.count
        searchSelected = !search.text.isEmpty
    }

    mutating func clearSearch() {
        search.text = ""
        searchSelected = false
    }

    /// What a key does to a selected search before the field sees it: a typed character or a
    /// deleting key replaces the selection (true: the text was cleared and the key is done with);
    /// any other key just deselects.
    mutating func replaceSelectedSearch(with key: Key) -> Bool {
        guard searchSelected else { return false }
        searchSelected = false
        switch key {
        case .char(let c) where c != "\n" && c != "\r\n" && c != "\t":
            search.text = ""        // the field then types the character into the empty text
            return false
        case .backspace, .delete, .ctrl("h"), .ctrl("d"), .ctrl("k"), .ctrl("u"), .ctrl("w"):
            search.text = ""
            return true
        default:
            return false
        }
    }

    /// nil → first → second → … → last → nil.
    static func next<T: Equatable>(in values: [T], after current: T?) -> T? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }
}
