/// Draws a `DropdownState`: the closed field in place, and the popup on top of everything else.
public enum Dropdown {
    /// The one-line field: the chosen value (or placeholder) and a `▼` so it reads as a choice.
    public static func render(_ state: DropdownState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let style = theme[focused ? .inputFocused : .input]
        buffer.fill(line, style: style)
        let text: String, textStyle: Style
        if state.isOpen {
            text = "Filter: " + state.filter; textStyle = style
        } else if let value = state.selectedValue {
            text = value; textStyle = style
        } else {
            text = state.placeholder; var muted = theme[.muted]; muted.background = style.background; textStyle = muted
        }
        buffer.put(text.truncated(toWidth: max(0, rect.width - 2)), x: rect.x, y: rect.y, style: textStyle, maxWidth: rect.width - 2)
        if rect.width >= 2 { buffer.put("▼", x: rect.maxX - 1, y: rect.y, style: style) }
        if focused { buffer.cursor = (rect.x + min(rect.width - 1, state.isOpen ? text.terminalWidth : 0), rect.y) }
    }

    /// Where the popup goes for a field at `anchor`: below it if it fits, else above, else whichever
    /// side has more room; never wider or taller than the screen.
    public static func popupRect(_ state: DropdownState, anchor: Rect, screen: Rect) -> Rect {
        let rowsWanted = min(max(1, state.matches.count), state.maxVisibleOptions) + 2
        let widest = state.options.map(\.terminalWidth).max() ?? 0
        let width = min(screen.width, max(anchor.width, widest + 4))
        let below = screen.maxY - anchor.maxY, above = anchor.y - screen.y
        let height: Int, y: Int
        if rowsWanted <= below { height = rowsWanted; y = anchor.maxY }
        else if rowsWanted <= above { height = rowsWanted; y = anchor.y - rowsWanted }
        else if below >= above { height = below; y = anchor.maxY }
        else { height = above; y = screen.y }
        let x = max(screen.x, min(anchor.x, screen.maxX - width))
        return Rect(x: x, y: y, width: width, height: height)
    }

    /// Draws the open popup over whatever is below it (call after drawing the rest of the screen).
    public static func renderPopup(_ state: DropdownState, anchor: Rect, into buffer: inout ScreenBuffer, theme: Theme, ascii: Bool = false) {
        guard state.isOpen else { return }
        buffer.openPopup = OpenPopup(state: state, anchor: anchor, ascii: ascii)
        let rect = popupRect(state, anchor: anchor, screen: buffer.area)
        let inner = Box(borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard !inner.isEmpty else { return }
        let found = state.matches
        if found.isEmpty {
            buffer.put("(no match for \"\(state.filter)\")".truncated(toWidth: inner.width), x: inner.x, y: inner.y, style: theme[.muted], clip: inner)
            return
        }
        var list = ListState(selected: state.highlighted)
        list.select(state.highlighted, itemCount: found.count, visibleRows: inner.height)
        ListView(items: found.map { state.options[$0] }).render(list, into: &buffer, in: inner, theme: theme)
    }
}

/// An open dropdown list as drawn, kept in the buffer (see `ScreenBuffer.openPopup`).
public struct OpenPopup: Sendable {
    public var state: DropdownState
    public var anchor: Rect
    public var ascii: Bool

    /// Draws the list again, on top of whatever was drawn since: the list is what the user is choosing from.
    public static func redraw(into buffer: inout ScreenBuffer, theme: Theme) {
        guard let popup = buffer.openPopup else { return }
        Dropdown.renderPopup(popup.state, anchor: popup.anchor, into: &buffer, theme: theme, ascii: popup.ascii)
    }
}
