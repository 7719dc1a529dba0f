/// A single-column list with a selection marker; the table's simpler sibling.
public struct ListView: Sendable {
    public var items: [String]
    public var emptyMessage: String
    public var focused: Bool

    public init(items: [String], emptyMessage: String = "Nothing to show", focused: Bool = true) {
        self.items = items; self.emptyMessage = emptyMessage; self.focused = focused
    }

    /// Draws the visible items; the selected one gets the `>` marker and the selected style.
    public func render(_ state: ListState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme[.normal])
        if items.isEmpty {
            EmptyState.render(emptyMessage, into: &buffer, in: rect, theme: theme)
            return
        }
        let top = state.visibleOffset(itemCount: items.count, visibleRows: rect.height)
        for row in 0..<min(rect.height, items.count - top) {
            let index = top + row
            let isSelected = index == state.selected
            let style = isSelected ? theme[focused ? .selected : .selectedUnfocused] : theme[.normal]
            let marker = isSelected ? theme.selectedMarker : ""
            let line = marker.padded(toWidth: 2) + items[index]
            buffer.put(line.padded(toWidth: rect.width), x: rect.x, y: rect.y + row, style: style, clip: rect)
        }
    }
}

/// The centred message a list shows instead of rows ("No clients match "zz"").
public enum EmptyState {
    public static func render(_ message: String, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let text = message.truncated(toWidth: rect.width)
        let x = rect.x + (rect.width - text.terminalWidth) / 2
        buffer.put(text, x: x, y: rect.y + (rect.height - 1) / 2, style: theme[.muted], clip: rect)
    }
}
