import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws the team view: a heading with the team's totals, then one row per caseworker with a bar.
struct TeamLoadView {
    let state: TeamLoadState

    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 3 else { return }
        let t = state.totals
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        buffer.put(" Follow-ups by caseworker · \(t.overdue) overdue · \(t.dueToday) due today · \(t.upcoming) upcoming",
                   x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        let note = state.seesTeam ? " Bar: overdue items, scaled to the most overdue caseworker. Enter opens a queue."
                                  : " Bar: overdue items. Enter opens a queue; a colleague's is read only."
        buffer.put(note, x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width)

        let table = Self.tableRect(in: rect)
        // Name, four counts and gaps take about 52 columns; the bar gets the rest.
        let barWidth = min(60, max(6, rect.width - 58))
        let busiest = state.loads.map(\.overdue).max() ?? 0
        let loads = state.loads
        let rows = loads.map { l -> [String] in
            let name = l.staffID == state.actor.id ? "\(l.name) (you)" : l.name
            return [name, "\(l.overdue)", "\(l.dueToday)", "\(l.upcoming)",
                    l.overdue == 0 ? "—" : "\(l.worstOverdueBusinessDays) bd",
                    TeamLoadState.bar(l.overdue, busiest: busiest, width: barWidth)]
        }
        Table(columns: [TableColumn("Caseworker", minWidth: 14, maxWidth: 26),
                        TableColumn("Overdue", sizing: .fixed(7), alignment: .right),
                        TableColumn("Today", sizing: .fixed(5), alignment: .right),
                        TableColumn("Upcoming", sizing: .fixed(8), alignment: .right),
                        TableColumn("Worst", sizing: .fixed(6), alignment: .right),
                        TableColumn("Overdue load", minWidth: barWidth)],
              rows: rows, emptyMessage: "No caseworkers yet: an administrator adds them with `caseload staff add`.",
              rowRole: { loads[$0].overdue > 0 ? .overdue : nil })
            .render(state.list, into: &buffer, in: table, theme: theme)
        if !loads.isEmpty {
            let top = state.list.visibleOffset(itemCount: loads.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + state.list.selected - top)
        }
    }
}
