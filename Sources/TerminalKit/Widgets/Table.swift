/// A table with a header row, a scrolling body and a selected row marked by `>` and the selected style.
public struct Table {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var emptyMessage: String
    public var focused: Bool
    public var gap: Int
    /// A role for a whole row (e.g. `.overdue`), applied when the row is not selected.
    public var rowRole: (Int) -> ThemeRole?

    public init(columns: [TableColumn], rows: [[String]], emptyMessage: String = "Nothing to show",
                focused: Bool = true, gap: Int = 1, rowRole: @escaping (Int) -> ThemeRole? = { _ in nil }) {
        self.columns = columns; self.rows = rows; self.emptyMessage = emptyMessage
        self.focused = focused; self.gap = gap; self.rowRole = rowRole
    }

    /// Rows that fit under the header in a rect of this height (what to pass to `ListState.handle`).
    public static func bodyRows(forHeight height: Int) -> Int { max(0, height - 1) }

    /// Draws header and visible rows. The first two columns hold the selection marker.
    public func render(_ state: ListState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme[.normal])
        let markerWidth = 2
        let widths = TableLayout.widths(columns: columns, rows: rows, available: rect.width - markerWidth, gap: gap)
        paintRow(columns.map(\.title), widths: widths, marker: "", y: rect.y, in: rect, style: theme[.header], into: &buffer)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: Self.bodyRows(forHeight: rect.height))
        guard !body.isEmpty else { return }
        if rows.isEmpty {
            EmptyState.render(emptyMessage, into: &buffer, in: body, theme: theme)
            return
        }
        let top = state.visibleOffset(itemCount: rows.count, visibleRows: body.height)
        for r in 0..<min(body.height, rows.count - top) {
            let index = top + r
            let isSelected = index == state.selected
            let role = isSelected ? (focused ? .selected : .selectedUnfocused) : (rowRole(index) ?? .normal)
            paintRow(rows[index], widths: widths, marker: isSelected ? theme.selectedMarker : "", y: body.y + r, in: body,
                     style: theme[role], into: &buffer)
        }
    }

    /// Fills the whole row first so the selected style spans the full width, then draws each cell
    /// at its column: no padded line is built, and only cells wider than their column are cut.
    private func paintRow(_ cells: [String], widths: [Int], marker: String, y: Int, in rect: Rect, style: Style,
                          into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
        buffer.put(marker, x: rect.x, y: y, style: style, maxWidth: 2, clip: rect)
        var x = rect.x + 2
        for (i, width) in widths.enumerated() where width > 0 {
            if i > 0 { x += gap }
            let text = (i < cells.count ? cells[i] : "").truncated(toWidth: width)
            let pad = max(0, width - text.terminalWidth)
            let offset: Int
            switch columns[i].alignment {
            case .left: offset = 0
            case .right: offset = pad
            case .center: offset = pad / 2
            }
            buffer.put(text, x: x + offset, y: y, style: style, maxWidth: width - offset, clip: rect)
            x += width
        }
    }
}
