import CaseloadCore
import CaseloadStore
import TerminalKit

/// What the profile shows and the pure rules for how keys change it. Tab, selections and scroll
/// survive a reload, so a refresh from another terminal does not move the user.
struct ClientProfileState {
    enum Modal {
        case link(LinkCamsDialog), reassign(ReassignChooser), grant(ReassignChooser), note(NotePager), checkpoint(CheckpointDialog)
        /// Reassigning: why the client moves to this caseworker, then what moves with them.
        case reassignReason(ReasonPrompt, to: StaffMember), reassignConfirm(ReassignConfirmation)
        /// Issue #19: correcting a job, and ending it (or correcting its end).
        case correctJob(JobCorrectionDialog), endJob(JobEndDialog)
        /// Issue #19: a supervisor merges a duplicate file into this one.
        case merge(MergeDialog)
    }

    let clientID: Int64
    let role: StaffRole
    private(set) var tab: ProfileTab
    var data: ProfileData?
    /// Why the client could not be read (deleted, database trouble); shown instead of the tabs.
    var loadError: String?
    var lists: [ProfileTab: ListState] = [:]
    var scrolls: [ProfileTab: Int] = [:]
    /// From the last layout: how far the current lines tab can scroll, and the table's visible rows.
    var maxScroll = 0
    var visibleRows = 10
    var modal: Modal?
    /// Opening the profile is one view in the access log; reloads (another terminal saved) are not.
    var viewRecorded = false
    var notesTab = NotesTabState()

    init(clientID: Int64, role: StaffRole, tab: ProfileTab) {
        self.clientID = clientID; self.role = role
        self.tab = tab.disabledReason(for: role) == nil ? tab : .summary
    }

    /// Tabs whose body is a table with a selected row; the others scroll as lines.
    static let tableTabs: Set<ProfileTab> = [.eap, .notes, .appointments, .followUps, .referrals]
    /// Tabs with a selected row: the tables, and Employment, whose checkpoints are selected (drawn as lines).
    static let selectionTabs: Set<ProfileTab> = tableTabs.union([.employment])

    func tabs(short: Bool) -> Tabs { ProfileTab.tabs(for: role, active: tab, short: short) }

    // MARK: tabs (pure)

    /// Selects the tab at this place in the bar (0-based; the `0` key is the tenth); returns the
    /// refusal when the role may not open it.
    mutating func choose(index i: Int) -> String? {
        let offered = ProfileTab.offered(to: role)
        switch tabs(short: false).choice(forNumber: i + 1) {
        case .open(let i): tab = offered[i]; return nil
        case .disabled(let reason): return reason
        case .none: return nil
        }
    }

    mutating func move(by step: Int) {
        if let i = tabs(short: false).index(movingBy: step) { tab = ProfileTab.offered(to: role)[i] }
    }

    // MARK: rows and scrolling (pure)

    func rowCount(_ tab: ProfileTab) -> Int {
        guard let data else { return 0 }
        switch tab {
        case .eap: return data.plan??.items.count ?? 0
        case .notes: return noteRows.count
        case .appointments: return data.appointments.count
        case .followUps: return data.followUps?.count ?? 0
        case .referrals: return data.referralsOut?.count ?? 0
        case .employment: return checkpointRows.count
        default: return 0
        }
    }

    func list(_ tab: ProfileTab) -> ListState { lists[tab] ?? ListState() }

    /// Arrows, paging, Home/End: move the table's selection or scroll the lines. True when handled.
    mutating func navigate(_ key: Key) -> Bool {
        if Self.selectionTabs.contains(tab) {
            var list = list(tab)
            let outcome = list.handle(key, itemCount: rowCount(tab), visibleRows: visibleRows)
            lists[tab] = list
            return outcome == .changed || outcome == .consumed
        }
        let page = max(1, visibleRows - 1)
        var scroll = scrolls[tab] ?? 0
        switch key {
        case .up, .char("k"): scroll -= 1
        case .down, .char("j"): scroll += 1
        case .pageUp: scroll -= page
        case .pageDown: scroll += page
        case .home, .char("g"): scroll = 0
        case .end, .char("G"): scroll = maxScroll
        default: return false
        }
        scrolls[tab] = min(max(0, scroll), maxScroll)
        return true
    }

    /// The Notes tab's rows as filtered and threaded (amendments under their original).
    var noteRows: [NoteRow] { notesTab.rows(data?.notes ?? []) }

    var selectedNote: CaseNoteHeader? {
        let rows = noteRows
        return rows.indices.contains(list(.notes).selected) ? rows[list(.notes).selected].header : nil
    }

    /// The ids of a table tab's rows, so a reload can keep the selection on the same record.
    func rowIDs(_ tab: ProfileTab) -> [Int64] {
        guard let data else { return [] }
        switch tab {
        case .eap: return (data.plan??.items ?? []).map { $0.id ?? 0 }
        case .notes: return noteRows.map(\.header.id)
        case .appointments: return data.appointments.map(\.id)
        case .followUps: return (data.followUps ?? []).map(\.id)
        case .referrals: return (data.referralsOut ?? []).map { $0.id ?? 0 }
        case .employment: return checkpointRows.map { $0.checkpoint.id ?? 0 }
        default: return []
        }
    }

    /// New data from the store: each table keeps its selected record where it still exists
    /// (a note added above it moves it down a row), else the same row number.
    mutating func replaceData(_ new: ProfileData) {
        var kept: [ProfileTab: Int64] = [:]
        for t in Self.selectionTabs where rowIDs(t).indices.contains(list(t).selected) { kept[t] = rowIDs(t)[list(t).selected] }
        data = new
        loadError = nil
        for t in Self.selectionTabs {
            var list = list(t)
            let index = kept[t].flatMap { id in rowIDs(t).firstIndex(of: id) } ?? list.selected
            list.select(index, itemCount: rowCount(t), visibleRows: visibleRows)
            lists[t] = list
        }
    }

    // MARK: what the header and keys need

    var clientName: String { data?.summary.sortName ?? "client #\(clientID)" }
    var client: Client? { data?.client }

    /// The referral selected on the Referrals tab (Enter changes it on the referrals-out screen).
    var selectedReferral: ReferralOut? {
        guard tab == .referrals, let all = data?.referralsOut, all.indices.contains(list(.referrals).selected) else { return nil }
        return all[list(.referrals).selected]
    }
}
