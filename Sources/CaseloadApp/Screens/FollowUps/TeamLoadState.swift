import CaseloadCore
import CaseloadStore
import TerminalKit

enum TeamLoadAction: Sendable { case drill, site, transfer, navigate }

/// The team's follow-up load: one row per caseworker, counted from the same queue as F3.
struct TeamLoadState {
    let actor: StaffMember
    var loads: [CaseworkerLoad] = []
    /// The site whose caseworkers and clients are counted (nil: every site). A supervisor starts on
    /// their own site, as F3 does.
    var siteID: Int64?
    var sites: [Site] = []
    /// Open while a supervisor moves the selected caseworker's caseload.
    var transfer: TransferDialog?
    var list = ListState()
    var visibleRows = 15

    var siteName: String { siteID.flatMap { id in sites.first { $0.id == id }?.name } ?? "all sites" }

    /// All sites, then each site in turn.
    mutating func nextSite() {
        let order: [Int64?] = [nil] + sites.map(\.id)
        let i = order.firstIndex { $0 == siteID } ?? 0
        siteID = order[(i + 1) % order.count]
        list = ListState()
    }

    var selected: CaseworkerLoad? { loads.indices.contains(list.selected) ? loads[list.selected] : nil }
    var seesTeam: Bool { actor.role.allows(.viewTeamFollowUps) }

    var keymap: Keymap<TeamLoadAction> {
        var reason: String?
        if selected == nil { reason = "no caseworker selected" }
        else if selected?.staffID == nil { reason = "unassigned clients have no queue: assign them a caseworker from the client list" }
        return Keymap([
            KeyBinding([.enter], .drill, help: "Open queue", group: "Team", showInFooter: true, disabledReason: reason),
            KeyBinding([.char("T")], .transfer, help: "Transfer caseload", group: "Team", showInFooter: true,
                       disabledReason: reason ?? (seesTeam ? nil : Permission.reassignClient.refusal)),
            KeyBinding([.char("s")], .site, help: "Next site", group: "Team", showInFooter: true,
                       disabledReason: sites.count > 1 ? nil : "this agency has one site"),
            KeyBinding([.up, .char("k"), .down, .char("j")], .navigate, help: "Move", group: "Navigation"),
            KeyBinding([.pageUp, .pageDown, .home, .end], .navigate, help: "Page / first / last", group: "Navigation"),
        ])
    }

    mutating func load(_ newLoads: [CaseworkerLoad]) {
        let keep = selected?.id
        loads = newLoads
        let index = keep.flatMap { k in loads.firstIndex { $0.id == k } } ?? list.selected
        list.select(index, itemCount: loads.count, visibleRows: visibleRows)
    }

    var totals: CaseworkerLoad {
        loads.reduce(into: CaseworkerLoad(staffID: nil, name: "Team")) { t, l in
            t.overdue += l.overdue; t.dueToday += l.dueToday; t.upcoming += l.upcoming
            t.activeClients += l.activeClients; t.dueThisWeek += l.dueThisWeek
            t.worstOverdueBusinessDays = max(t.worstOverdueBusinessDays, l.worstOverdueBusinessDays)
        }
    }

    /// `█` per overdue item scaled so the busiest caseworker fills `width`; at least one block for
    /// any overdue item, and the number after it so the bar reads without colour.
    static func bar(_ overdue: Int, busiest: Int, width: Int) -> String {
        guard overdue > 0, busiest > 0, width > 0 else { return "0" }
        let blocks = max(1, Int((Double(overdue) / Double(busiest) * Double(width)).rounded()))
        return String(repeating: "█", count: min(width, blocks)) + " \(overdue)"
    }
}
