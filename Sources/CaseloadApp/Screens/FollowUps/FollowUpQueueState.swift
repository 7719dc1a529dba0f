import CaseloadCore
import CaseloadStore
import TerminalKit

/// The follow-up queue on screen: whose queue, the filters, the items in queue order, and any
/// open chooser or dialog. Pure: the screen loads items into it and asks it what to show.
struct FollowUpQueueState {
    enum Focus: Equatable { case list, search }
    enum ChooserKind: Equatable { case rule, caseworker, site }

    let actor: StaffMember
    /// nil: everyone's queue (supervisors and administrators); otherwise one person's.
    var caseworkerID: Int64?
    var siteID: Int64?
    var rule: FollowUpRule?
    var search = TextFieldState("", placeholder: "client name or CaMS ref", maxLength: 60)
    var focus = Focus.list
    /// The whole queue for `caseworkerID`/`siteID`, in queue order, taking changed clients' items in place.
    private(set) var queue = SortedQueue(sorted: [])
    /// `items` after the rule and client filters, kept in order as items come and go; nil when no
    /// filter applies (then `items` is shown, not a copy of it: a team queue is large).
    private var filtered: [DueItem]?
    /// How many shown items are overdue, due today and upcoming (kept, not counted per frame).
    private(set) var counts = (overdue: 0, today: 0, upcoming: 0)
    var list = ListState()
    var visibleRows = 14
    var staff: [StaffMember] = []
    var sites: [Site] = []
    var chooser: (kind: ChooserKind, state: DropdownState, values: [Int64?])?
    var dialog: FollowUpDialog?

    init(actor: StaffMember, caseworkerID: Int64?) {
        self.actor = actor
        self.caseworkerID = caseworkerID ?? actor.id
    }

    var items: [DueItem] { queue.items }
    var shown: [DueItem] { filtered ?? queue.items }

    var seesTeam: Bool { actor.role.allows(.viewTeamFollowUps) }
    var isOwnQueue: Bool { caseworkerID == actor.id }
    var selected: DueItem? { shown.indices.contains(list.selected) ? shown[list.selected] : nil }

    /// Only the queue's owner or a supervisor acts on it (the store refuses as well; a caseworker is
    /// never shown another's queue, this guards a route built by hand).
    var readOnlyReason: String? {
        if seesTeam || isOwnQueue { return nil }
        return "Read only: this is \(name(of: caseworkerID))'s queue; only they or a supervisor can act on it"
    }

    func name(of staffID: Int64?) -> String {
        guard let staffID else { return "unassigned" }
        return staff.first { $0.id == staffID }?.fullName ?? "staff #\(staffID)"
    }

    var whose: String {
        guard let caseworkerID else { return "Everyone's follow-ups" }
        return caseworkerID == actor.id ? "My follow-ups" : "\(name(of: caseworkerID))'s follow-ups"
    }

    var filterSummary: String {
        var parts: [String] = []
        parts.append("rule " + (rule?.rawValue ?? "all"))
        parts.append("site " + (siteID.flatMap { id in sites.first { $0.id == id }?.name } ?? "all"))
        if !search.text.isEmpty { parts.append("client “\(search.text)”") }
        return parts.joined(separator: " · ")
    }

    var hasFilters: Bool { rule != nil || siteID != nil || !search.text.isEmpty }

    var emptyMessage: String {
        if items.isEmpty, isOwnQueue, seesTeam { return "Nothing due in your own queue. w shows everyone's or one caseworker's; t the team's load." }
        if items.isEmpty { return "Nothing due. Items appear as the rules fall due; m adds one by hand." }
        return "No item matches these filters. Press x to clear them."
    }

    // MARK: loading and filtering (pure)

    /// New items from the store; the selection stays on the same item when it is still there.
    mutating func load(_ newItems: [DueItem]) {
        let keep = selected?.itemKey
        queue = SortedQueue(sorted: newItems)
        refilter(keeping: keep)
    }

    /// Some clients' items computed again (issue #23): they replace those clients' old items in
    /// place, in the queue, the filtered list and the counts; the selection stays on its item.
    mutating func replaceItems(ofClients clients: Set<Int64>, with fresh: [DueItem]) {
        let keep = selected
        let (removed, inserted) = queue.replace(clients: clients, with: fresh)
        let matches = filterMatcher
        for item in removed where matches(item) {
            count(item, by: -1)
            if filtered != nil { QueueMerge.remove(item, from: &filtered!) }
        }
        for item in inserted where matches(item) {
            count(item, by: 1)
            if filtered != nil { QueueMerge.insert(item, into: &filtered!) }
        }
        let now = keep.flatMap { queue.item($0.itemKey, ofClient: $0.clientID) }
        let index = now.flatMap { QueueMerge.index(of: $0, in: shown) } ?? list.selected
        list.select(index, itemCount: shown.count, visibleRows: visibleRows)
    }

    /// Whether an item passes the rule and client filters.
    private var filterMatcher: (DueItem) -> Bool {
        let text = TextMatching.folded(search.text.trimmingCharacters(in: .whitespaces))
        let rule = rule
        return { item in
            if let rule, item.rule != rule { return false }
            if text.isEmpty { return true }
            return TextMatching.folded(item.clientName).contains(text) || (item.camsReference ?? "").contains(text)
        }
    }

    private mutating func count(_ item: DueItem, by n: Int) {
        switch item.status {
        case .overdue: counts.overdue += n
        case .dueToday: counts.today += n
        case .upcoming: counts.upcoming += n
        }
    }

    mutating func refilter(keeping key: FollowUpKey? = nil) {
        let filters = rule != nil || !search.text.trimmingCharacters(in: .whitespaces).isEmpty
        filtered = filters ? queue.items.filter(filterMatcher) : nil
        counts = (0, 0, 0)
        for item in shown { count(item, by: 1) }
        let index = key.flatMap { k in shown.firstIndex { $0.itemKey == k } } ?? list.selected
        list.select(index, itemCount: shown.count, visibleRows: visibleRows)
    }

    mutating func clearFilters() -> Bool {
        let reload = siteID != nil
        rule = nil; siteID = nil; search.text = ""
        refilter()
        return reload
    }

    // MARK: choosers

    /// "All rules" and each rule in the queue with its count.
    mutating func openRuleChooser() {
        let present = FollowUpRule.allCases.compactMap { r -> (FollowUpRule, Int)? in
            let n = items.filter { $0.rule == r }.count
            return n == 0 ? nil : (r, n)
        }
        let options = ["All rules"] + present.map { "\($0.0.rawValue)  \($0.0.summary) (\($0.1))" }
        let index = rule.flatMap { r in present.firstIndex { $0.0 == r } }.map { $0 + 1 } ?? 0
        openChooser(.rule, options: options, values: [nil] + present.map { Int64($0.0.sortIndexForChooser) }, selected: index)
    }

    /// Whose queue (supervisors and administrators): mine, everyone's, or any caseworker's.
    mutating func openCaseworkerChooser() {
        var options = ["Mine", "Everyone"], values: [Int64?] = [actor.id, nil]
        for member in staff where member.role == .caseworker && member.isActive && member.id != actor.id {
            options.append(member.fullName); values.append(member.id)
        }
        openChooser(.caseworker, options: options, values: values, selected: values.firstIndex { $0 == caseworkerID } ?? 0)
    }

    mutating func openSiteChooser() {
        let options = ["All sites"] + sites.map(\.name)
        let values = [nil] + sites.map(\.id)
        openChooser(.site, options: options, values: values, selected: values.firstIndex { $0 == siteID } ?? 0)
    }

    private mutating func openChooser(_ kind: ChooserKind, options: [String], values: [Int64?], selected: Int) {
        var state = DropdownState(options: options, selectedIndex: selected)
        state.open()
        chooser = (kind, state, values)
    }

    /// Applies a choice; true when the store must be asked again (whose queue or site changed).
    mutating func choose(_ kind: ChooserKind, value: Int64?) -> Bool {
        switch kind {
        case .rule:
            rule = value.flatMap { v in FollowUpRule.allCases.first { Int64($0.sortIndexForChooser) == v } }
            list = ListState(); refilter()
            return false
        case .caseworker:
            caseworkerID = value; list = ListState()
            return true
        case .site:
            siteID = value; list = ListState()
            return true
        }
    }
}

extension FollowUpRule {
    /// A number per rule for the chooser's values (declaration order).
    var sortIndexForChooser: Int { FollowUpRule.allCases.firstIndex(of: self)! }
}
