import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

enum TeamLoadAction: Sendable { case drill, navigate }

/// Supervisors: every caseworker's follow-up load at a glance (counts, worst overdue age, a bar),
/// computed from the same queue as F3. Enter drills into one caseworker's queue.
@MainActor final class TeamLoadScreen: Screen {
    struct Load: Equatable {
        var staffID: Int64?
        var name: String
        var overdue = 0, dueToday = 0, upcoming = 0, worst = 0
    }

    private let env: AppEnvironment
    private var loads: [Load] = []
    private var list = ListState()
    private var visibleRows = 15

    init(env: AppEnvironment) { self.env = env }

    var title: String { "Team follow-ups" }
    var hasUnsavedInput: Bool { false }
    var isEditingText: Bool { false }
    var helpKeymap: Keymap<Int> { keymap.forHelp }

    private var keymap: Keymap<TeamLoadAction> {
        Keymap([
            KeyBinding([.enter], .drill, help: "Open this caseworker's queue", group: "Team", showInFooter: true,
                       disabledReason: loads.isEmpty ? "no caseworker has follow-ups" : nil),
            KeyBinding([.up, .down, .char("j"), .char("k")], .navigate, help: "Move", group: "Navigation"),
        ])
    }

    func handle(_ event: ScreenEvent) -> [AppCommand] {
        switch event {
        case .reload, .reappeared: return reload()
        case .key(let key):
            if list.handle(key, itemCount: loads.count, visibleRows: visibleRows) == .changed { return [] }
            switch keymap.lookup(key) {
            case .run(.drill): return loads.indices.contains(list.selected) ? [.open(.followUps(caseworkerID: loads[list.selected].staffID))] : []
            case .disabled(let reason): return [.status(reason, isError: true)]
            default: return []
            }
        }
    }

    private func reload() -> [AppCommand] {
        guard env.can(.viewTeamFollowUps) else { return [.back, .status(Permission.viewTeamFollowUps.refusal, isError: true)] }
        do {
            let staff = try env.db.listStaff(includeInactive: false)
            let items = try env.db.followUpQueue(asOf: env.today, now: env.now, scope: .everyone, zone: env.zone)
            var byOwner: [Int64?: Load] = [:]
            for member in staff where member.role == .caseworker { byOwner[member.id] = Load(staffID: member.id, name: member.fullName) }
            for item in items {
                var load = byOwner[item.ownerID] ?? Load(staffID: item.ownerID, name: staff.first { $0.id == item.ownerID }?.fullName ?? "Unassigned")
                switch item.status {
                case .overdue(let n): load.overdue += 1; load.worst = max(load.worst, n)
                case .dueToday: load.dueToday += 1
                case .upcoming: load.upcoming += 1
                }
                byOwner[item.ownerID] = load
            }
            loads = byOwner.values.sorted { ($0.overdue, $0.worst, $1.name) > ($1.overdue, $1.worst, $0.name) }
            list.select(list.selected, itemCount: loads.count, visibleRows: visibleRows)
            return []
        } catch {
            return [.status("Could not compute the team's queue: \(error)", isError: true)]
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 3 else { return }
        buffer.put(" Overdue follow-ups by caseworker (bar: overdue, scaled to the busiest) · Enter opens a queue",
                   x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let table = rect.inset(top: 1)
        visibleRows = Table.bodyRows(forHeight: table.height)
        let busiest = max(1, loads.map(\.overdue).max() ?? 1)
        let barWidth = max(4, rect.width - 74)
        let rows = loads.map { l -> [String] in
            let filled = l.overdue == 0 ? 0 : max(1, l.overdue * barWidth / busiest)
            return [l.name, "\(l.overdue)", "\(l.dueToday)", "\(l.upcoming)", l.worst == 0 ? "—" : "\(l.worst) bd",
                    String(repeating: "█", count: filled) + " \(l.overdue)"]
        }
        Table(columns: [TableColumn("Caseworker", minWidth: 14, maxWidth: 24), TableColumn("Overdue", sizing: .fixed(7), alignment: .right),
                        TableColumn("Today", sizing: .fixed(5), alignment: .right), TableColumn("Upcoming", sizing: .fixed(8), alignment: .right),
                        TableColumn("Worst", sizing: .fixed(7), alignment: .right), TableColumn("Load", minWidth: barWidth)],
              rows: rows, emptyMessage: "No caseworkers yet.",
              rowRole: { [loads] in loads[$0].overdue > 0 ? .overdue : nil })
            .render(list, into: &buffer, in: table, theme: theme)
    }

    func renderFooter(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        keymap.renderFooter(into: &buffer, in: rect, theme: theme)
    }
}
