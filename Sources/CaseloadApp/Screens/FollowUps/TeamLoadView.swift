import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws the team view: a heading with the team's totals, then one row per caseworker with a bar.
struct TeamLoadView {
    let state: TeamLoadState

    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 3) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 4 else { return }
        let t = state.totals
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        buffer.put(" Follow-ups by caseworker · \(state.siteName) · \(t.activeClients) open clients · \(t.overdue) overdue · \(t.dueThisWeek) due this week",
                   x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)
        buffer.put(" " + Self.breakdown(state.selected), x: rect.x, y: rect.y + 1, style: theme[.normal], maxWidth: rect.width)
        let note = state.seesTeam ? " Bar: overdue items, scaled to the most overdue caseworker. Enter opens a queue; s: next site."
                                  : " Bar: overdue items. Enter opens a queue; a colleague's is read only."
        buffer.put(note, x: rect.x, y: rect.y + 2, style: theme[.muted], maxWidth: rect.width)

        let table = Self.tableRect(in: rect)
        // Name, six counts and gaps take about 64 columns; the bar gets the rest.
        let barWidth = min(60, max(6, rect.width - 64))
        let busiest = state.loads.map(\.overdue).max() ?? 0
        let loads = state.loads
        let rows = loads.map { l -> [String] in
            let name = l.staffID == state.actor.id ? "\(l.name) (you)" : l.name
            return [name, l.staffID == nil ? "—" : "\(l.activeClients)", "\(l.overdue)", "\(l.dueThisWeek)", "\(l.dueToday)", "\(l.upcoming)",
                    l.overdue == 0 ? "—" : "\(l.worstOverdueBusinessDays) bd",
                    TeamLoadState.bar(l.overdue, busiest: busiest, width: barWidth)]
        }
        Table(columns: [TableColumn("Caseworker", minWidth: 14, maxWidth: 26),
                        TableColumn("Clients", sizing: .fixed(7), alignment: .right),
                        TableColumn("Overdue", sizing: .fixed(7), alignment: .right),
                        TableColumn("Week", sizing: .fixed(4), alignment: .right),
                        TableColumn("Today", sizing: .fixed(5), alignment: .right),
                        TableColumn("Upcoming", sizing: .fixed(8), alignment: .right),
                        TableColumn("Worst", sizing: .fixed(6), alignment: .right),
                        TableColumn("Overdue load", minWidth: barWidth)],
              rows: rows, emptyMessage: state.siteID == nil
                ? "No caseworkers yet: an administrator adds them with `caseload staff add`."
                : "No caseworkers at \(state.siteName): press s for another site.",
              rowRole: { loads[$0].overdue > 0 ? .overdue : nil })
            .render(state.list, into: &buffer, in: table, theme: theme)
        if !loads.isEmpty {
            let top = state.list.visibleOffset(itemCount: loads.count, visibleRows: Table.bodyRows(forHeight: table.height))
            buffer.cursor = (table.x, table.y + 1 + state.list.selected - top)
        }
    }
}

extension TeamLoadView {
    /// The selected caseworker's items by rule: "Dana Lee · overdue R-15 12 · R-08 3 · this week R-01 2".
    static func breakdown(_ load: CaseworkerLoad?) -> String {
        guard let load else { return "" }
        let overdue = load.overdueByRule.isEmpty ? "nothing overdue" : "overdue " + CaseworkerLoad.byRule(load.overdueByRule)
        let week = load.dueThisWeekByRule.isEmpty ? "nothing more due this week" : "this week " + CaseworkerLoad.byRule(load.dueThisWeekByRule)
        return "\(load.name) · \(overdue) · \(week)"
    }
}

