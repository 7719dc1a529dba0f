import CaseloadCore
import CaseloadStore
import TerminalKit

/// Draws the queue: whose and how much, the filters, the table (overdue rows marked and coloured),
/// and the selected item's whole explanation underneath.
struct FollowUpQueueView {
    let state: FollowUpQueueState
    let today: LocalDate

    /// Two lines above the table; the explanation panel (a rule and three lines) below it.
    static let detailHeight = 4
    static func tableRect(in rect: Rect) -> Rect { rect.inset(top: 2, bottom: detailHeight) }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard rect.height > Self.detailHeight + 4 else { return }
        let c = state.counts
        let heading = " \(state.whose) · \(c.overdue) overdue · \(c.today) due today · \(c.upcoming) upcoming"
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        buffer.put(heading, x: rect.x, y: rect.y, style: theme[.header], maxWidth: rect.width)

        let label = " / Client: "
        buffer.put(label, x: rect.x, y: rect.y + 1, style: theme[.label])
        let fieldWidth = min(28, max(10, rect.width / 3))
        let field = Rect(x: rect.x + label.count, y: rect.y + 1, width: fieldWidth, height: 1)
        state.search.render(into: &buffer, in: field, theme: theme, focused: state.focus == .search)
        let filters = "  " + state.filterSummary
        buffer.put(filters, x: field.maxX, y: rect.y + 1, style: theme[.muted], maxWidth: rect.maxX - field.maxX)

        let table = Self.tableRect(in: rect)
        let visible = Table.bodyRows(forHeight: table.height)
        let top = state.list.visibleOffset(itemCount: state.shown.count, visibleRows: visible)
        let window = Array(state.shown[top..<min(state.shown.count, top + visible)])
        // Wide enough: the status says its unit in full ("overdue 3 business days", "in 2 days").
        let long = rect.width >= Self.longStatusWidth
        Table(columns: columns(long: long), rows: window.map { cells($0, theme: theme, long: long) }, emptyMessage: state.emptyMessage, focused: state.focus == .list,
              rowRole: { i in Self.role(window[i].status) })
            .render(ListState(selected: state.list.selected - top, offset: 0), into: &buffer, in: table, theme: theme)
        renderDetail(into: &buffer, in: Rect(x: rect.x, y: table.maxY, width: rect.width, height: Self.detailHeight), theme: theme)

        if state.focus == .search {
            buffer.cursor = (field.x + min(state.search.cursorColumn - state.search.visibleScroll(width: fieldWidth), fieldWidth - 1), field.y)
        } else if !window.isEmpty {
            buffer.cursor = (table.x, table.y + 1 + state.list.selected - top)
        }
    }

    /// The selected item's explanation (rule, facts, arithmetic), wrapped; a read-only note last.
    private func renderDetail(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let glyph: Character = "─"
        buffer.put(String(repeating: glyph, count: rect.width), x: rect.x, y: rect.y, style: theme[.border])
        guard let item = state.selected else { return }
        let title = " \(item.rule.rawValue) · \(item.clientName) · due \(item.due.long) · \(Self.statusText(item, today: today, long: true)) "
        buffer.put(title, x: rect.x + 1, y: rect.y, style: theme[.label], maxWidth: rect.width - 2)
        var lines = TextWrap.wrap(item.explanation, width: rect.width - 2)
        if let reason = state.readOnlyReason { lines = Array(lines.prefix(rect.height - 2)) + [reason] }
        for (i, line) in lines.prefix(rect.height - 1).enumerated() {
            let isNote = state.readOnlyReason != nil && i == lines.count - 1
            buffer.put(" " + line, x: rect.x, y: rect.y + 1 + i, style: theme[isNote ? .warning : .normal], maxWidth: rect.width)
        }
    }

    private var showsOwner: Bool { state.caseworkerID == nil }

    /// From this width the status column says "business days" and "days" in full.
    static let longStatusWidth = 120

    private func columns(long: Bool) -> [TableColumn] {
        var columns = [TableColumn("", sizing: .fixed(1)), TableColumn("Due", sizing: .fixed(10)),
                       TableColumn("Status", minWidth: 7, maxWidth: long ? 28 : 16), TableColumn("Rule", minWidth: 4, maxWidth: 11),
                       TableColumn("Client", minWidth: 14, maxWidth: 26), TableColumn("What", minWidth: 10)]
        if showsOwner { columns.append(TableColumn("Owner", minWidth: 8, maxWidth: 16)) }
        return columns
    }

    private func cells(_ item: DueItem, theme: Theme, long: Bool) -> [String] {
        var row = [Self.marker(item.status, markers: theme.markers), item.due.iso, Self.statusText(item, today: today, long: long),
                   item.rule.rawValue, item.clientName, item.title]
        if showsOwner { row.append(state.name(of: item.ownerID)) }
        return row
    }

    // MARK: text and roles (shared with tests)

    static func role(_ status: DueStatus) -> ThemeRole? {
        switch status {
        case .overdue: return .overdue
        case .dueToday: return .warning
        case .upcoming: return nil
        }
    }

    static func marker(_ status: DueStatus, markers: ThemeMarkers) -> String {
        switch status {
        case .overdue: return markers.overdue
        case .dueToday: return markers.warning
        case .upcoming: return ""
        }
    }

    /// "overdue 3 bd", "today", "in 2 d" (", snoozed" when moved by a person); long: for the panel.
    static func statusText(_ item: DueItem, today: LocalDate, long: Bool) -> String {
        var text: String
        switch item.status {
        case .overdue(let n):
            text = long ? (n == 0 ? "overdue" : "overdue \(n) business day\(n == 1 ? "" : "s")") : (n == 0 ? "overdue" : "overdue \(n) bd")
        case .dueToday: text = long ? "due today" : "today"
        case .upcoming:
            let d = today.days(until: item.due)
            text = long ? "in \(d) day\(d == 1 ? "" : "s")" : "in \(d) d"
        }
        if item.snooze != nil { text += " (snoozed)" }
        return text
    }
}
