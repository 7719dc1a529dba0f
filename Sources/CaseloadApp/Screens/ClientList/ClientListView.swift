import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Draws the client list: the search line, the filters in force, and the table.
struct ClientListView {
    let state: ClientListState
    let today: LocalDate
    /// The agency's zone: the day an instant falls on is the agency's day, not this machine's.
    let zone: TimeZone

    /// Two header lines, then the table.
    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > 3 else { return }
        // Line 1: the search field.
        let label = " / Search: "
        buffer.put(label, x: rect.x, y: rect.y, style: theme[.label])
        let fieldWidth = min(40, rect.width - label.count - 24)
        let field = Rect(x: rect.x + label.count, y: rect.y, width: fieldWidth, height: 1)
        state.search.render(into: &buffer, in: field, theme: theme, focused: state.focus == .search)
        if state.searchSelected {
            // The earlier search, selected: the next typed character replaces it.
            buffer.put(state.search.text, x: field.x, y: field.y, style: theme[.selected], maxWidth: fieldWidth)
        }
        let count = countText
        buffer.put(count, x: rect.maxX - count.terminalWidth - 1, y: rect.y, style: theme[.muted])
        // Line 2: filters in force.
        buffer.put(" " + state.filterSummary, x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width - 1)

        // Only the visible rows are formatted and measured: a page of 200 stays as cheap as a screenful.
        let table = Self.tableRect(in: rect)
        let visible = Table.bodyRows(forHeight: table.height)
        let top = state.list.visibleOffset(itemCount: state.rows.count, visibleRows: visible)
        let window = state.rows[top..<min(state.rows.count, top + visible)]
        let shown = columns(forWidth: table.width)
        let cells = window.map { row in shown.map { cell($0, row) } }
        let overdue = window.map { $0.nextDue?.status.isOverdue == true }
        Table(columns: shown.map(\.table), rows: cells, emptyMessage: state.emptyMessage, focused: true,
              rowRole: { overdue[$0] ? .overdue : nil })
            .render(ListState(selected: state.list.selected - top, offset: 0), into: &buffer, in: table, theme: theme)
        if state.focus == .search { buffer.cursor = (field.x + min(state.search.cursorColumn - state.search.visibleScroll(width: fieldWidth), fieldWidth - 1), field.y) }
        else if let sel = selectedLine(in: rect) { buffer.cursor = (rect.x, sel) }
    }

    /// Puts the hardware cursor on the selected row so screen readers follow it.
    private func selectedLine(in rect: Rect) -> Int? {
        guard !state.rows.isEmpty else { return nil }
        let table = Self.tableRect(in: rect)
        let top = state.list.visibleOffset(itemCount: state.rows.count, visibleRows: Table.bodyRows(forHeight: table.height))
        return table.y + 1 + state.list.selected - top
    }

    private var countText: String {
        if state.total == 0 { return "no clients" }
        return state.total == 1 ? "1 client" : "\(state.total.formatted(.number)) clients"
    }

    /// "21 Oct" this year, "Oct 2024" before: eight columns at most.
    private func activityText(_ instant: Date) -> String {
        let d = LocalDate(instant, in: zone)
        let month = LocalDate.monthShort[d.month - 1]
        return d.year == today.year ? "\(d.day) \(month)" : "\(month) \(d.year)"
    }

    private var isFrontDesk: Bool { state.role == .frontDesk }

    /// The list's columns, most useful first; those that do not fit the width are left out.
    private enum Column: CaseIterable {
        case overdue, name, cams, born, phone, caseworker, status, source, activity, nextDue

        var table: TableColumn {
            switch self {
            case .overdue: return TableColumn("!", sizing: .fixed(1))
            case .name: return TableColumn("Name", minWidth: 16, maxWidth: 36)
            case .cams: return TableColumn("CaMS ref", sizing: .fixed(11))
            case .born: return TableColumn("Born", sizing: .fixed(10))
            case .phone: return TableColumn("Phone", sizing: .fixed(14))
            case .caseworker: return TableColumn("Caseworker", minWidth: 10, maxWidth: 22)
            case .status: return TableColumn("Status", sizing: .fixed(10))
            case .source: return TableColumn("Source", sizing: .fixed(6))
            case .activity: return TableColumn("Activity", sizing: .fixed(8))
            case .nextDue: return TableColumn("Next due", sizing: .fixed(17))
            }
        }

        /// Columns it takes at its narrowest, with the gap before it.
        var narrowest: Int {
            switch table.sizing {
            case .fixed(let n): return n + 1
            case .flexible: return table.minWidth + 1
            }
        }
    }

    private func columns(forWidth width: Int) -> [Column] {
        // Front desk identifies people at the counter: name, birth date and phone, no case details.
        if isFrontDesk { return [.name, .born, .phone, .status] }
        var wanted: [Column] = [.overdue, .name, .cams, .status, .nextDue, .caseworker, .born, .activity, .source]
        if !showsCaseworker { wanted.removeAll { $0 == .caseworker } }
        var chosen: Set<Column> = []
        var used = 2  // the selection marker
        for column in wanted where used + column.narrowest <= width {
            chosen.insert(column); used += column.narrowest
        }
        // Shown left to right in a fixed order, whichever made it in.
        return Column.allCases.filter(chosen.contains)
    }

    /// In "My clients" every row has the same caseworker: give the room to names instead.
    private var showsCaseworker: Bool { state.scope == .all }

    private func cell(_ column: Column, _ row: ClientListRow) -> String {
        switch column {
        case .overdue: return row.nextDue?.status.isOverdue == true ? "!" : ""
        case .name: return row.sortName
        case .cams: return row.camsReference ?? (row.mergedInto == nil ? "not linked" : "—")
        case .born: return row.dateOfBirth?.iso ?? "—"
        case .phone: return row.phone ?? "—"
        case .caseworker: return row.caseworkerName ?? "unassigned"
        // A retired file's status froze at the merge; Enter opens its pointer to the kept file.
        case .status: return row.mergedInto == nil ? row.status.rawValue : "Merged"
        case .source: return row.referralSource.rawValue
        case .activity: return row.lastActivity.map(activityText) ?? "—"
        case .nextDue:
            // "…" until looked up (at the first pause in typing), "—" when nothing is due.
            guard state.nextDueKnown[row.id] != nil else { return "…" }
            return row.nextDue.map(dueText) ?? "—"
        }
    }

    /// "R-01 overdue 3d", "R-08 due today", "R-03 Wed 25 Nov": the rule and when, in 17 columns.
    /// The "!" column and the word carry the state; the row's colour only repeats it.
    private func dueText(_ item: DueItem) -> String {
        let rule = item.rule.rawValue
        switch item.status {
        case .overdue(let days): return days > 0 ? "\(rule) overdue \(days)d" : "\(rule) overdue"
        case .dueToday: return "\(rule) due today"
        case .upcoming:
            return "\(rule) \(item.due.medium)"
        }
    }
}
