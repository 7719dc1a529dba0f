import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Draws the client list: the search line, the filters in force, and the table.
struct ClientListView {
    let state: ClientListState
    let today: LocalDate

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
        let count = countText
        buffer.put(count, x: rect.maxX - count.terminalWidth - 1, y: rect.y, style: theme[.muted])
        // Line 2: filters in force.
        buffer.put(" " + state.filterSummary, x: rect.x, y: rect.y + 1, style: theme[.muted], maxWidth: rect.width - 1)

        // Only the visible rows are formatted and measured: a page of 200 stays as cheap as a screenful.
        let table = Self.tableRect(in: rect)
        let visible = Table.bodyRows(forHeight: table.height)
        let top = state.list.visibleOffset(itemCount: state.rows.count, visibleRows: visible)
        let window = state.rows[top..<min(state.rows.count, top + visible)]
        Table(columns: columns, rows: window.map(cells), emptyMessage: state.emptyMessage, focused: true)
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
        let d = LocalDate(instant)
        let month = LocalDate.monthShort[d.month - 1]
        return d.year == today.year ? "\(d.day) \(month)" : "\(month) \(d.year)"
    }

    private var isFrontDesk: Bool { state.role == .frontDesk }

    private var columns: [TableColumn] {
        if isFrontDesk {
            return [TableColumn("Name", minWidth: 16, maxWidth: 40), TableColumn("Date of birth", sizing: .fixed(13)),
                    TableColumn("Phone", sizing: .fixed(14)), TableColumn("Status", sizing: .fixed(10))]
        }
        var columns = [TableColumn("Name", minWidth: 16, maxWidth: 36), TableColumn("CaMS ref", sizing: .fixed(11)),
                       TableColumn("Born", sizing: .fixed(10))]
        if showsCaseworker { columns.append(TableColumn("Caseworker", minWidth: 10, maxWidth: 22)) }
        columns += [TableColumn("Status", sizing: .fixed(10)), TableColumn("Source", sizing: .fixed(6)),
                    TableColumn("Activity", sizing: .fixed(8))]
        return columns
    }

    /// In "My clients" every row has the same caseworker: give the room to names instead.
    private var showsCaseworker: Bool { state.scope == .all }

    private func cells(_ row: ClientListRow) -> [String] {
        let born = row.dateOfBirth?.iso ?? "—"
        if isFrontDesk { return [row.sortName, born, row.phone ?? "—", row.status.rawValue] }
        var cells = [row.sortName, row.camsReference ?? "not linked", born]
        if showsCaseworker { cells.append(row.caseworkerName ?? "unassigned") }
        return cells + [row.status.rawValue, row.referralSource.rawValue, row.lastActivity.map(activityText) ?? "—"]
    }
}
