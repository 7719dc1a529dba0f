/// Draws a `FormState`: labels on the left, controls on the right, each error on the row under its field.
public enum Form {
    /// Where one field lands on screen.
    public struct FieldFrame: Hashable, Sendable {
        public var label: Rect, control: Rect, error: Rect?
    }

    /// Frames for every field from the top of `rect`, scrolled so the focused field is visible.
    public static func frames(_ state: FormState, in rect: Rect) -> [FieldFrame] {
        let lw = min(state.labelWidth, rect.width / 2)
        var y = 0
        var frames = state.fields.map { field -> FieldFrame in
            let rows = field.control.rows
            defer { y += rows + (field.error == nil ? 0 : 1) }
            return FieldFrame(label: Rect(x: rect.x, y: rect.y + y, width: lw, height: 1),
                              control: Rect(x: rect.x + lw, y: rect.y + y, width: rect.width - lw, height: rows),
                              error: field.error == nil ? nil : Rect(x: rect.x + lw, y: rect.y + y + rows, width: rect.width - lw, height: 1))
        }
        if frames.indices.contains(state.focusIndex) {
            let f = frames[state.focusIndex]
            let bottom = (f.error ?? f.control).maxY
            let shift = max(0, bottom - rect.maxY)
            if shift > 0 {
                frames = frames.map { var g = $0; g.label.y -= shift; g.control.y -= shift; g.error?.y -= shift; return g }
            }
        }
        return frames
    }

    /// Where a field's message goes: under its control, or from the label column when it is too long
    /// for that, so it is read in full rather than cut short.
    static func errorRow(_ field: FormField, _ frame: FieldFrame, in rect: Rect, theme: Theme) -> Rect? {
        guard let error = field.error, var r = frame.error else { return nil }
        if !showsInFull(error, formWidth: r.width, marker: theme.errorMarker) { r.x = rect.x; r.width = rect.width }
        return r
    }

    /// Whether a field's message is read in full on its row in a form this wide (a screen shows the
    /// ones that are not elsewhere, in full).
    public static func showsInFull(_ message: String, formWidth: Int, marker: String = ThemeMarkers().error) -> Bool {
        "\(marker) \(message)".terminalWidth <= formWidth
    }

    public static func render(_ state: FormState, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let frames = frames(state, in: rect)
        var popup: (DropdownState, Rect)?
        for (i, (field, frame)) in zip(state.fields, frames).enumerated() {
            let focused = i == state.focusIndex
            if frame.label.y >= rect.y, frame.label.y < rect.maxY {
                buffer.put((field.label + ":").truncated(toWidth: frame.label.width - 1), x: frame.label.x, y: frame.label.y,
                           style: theme[.label], clip: rect)
            }
            let control = frame.control.intersection(rect)
            if !control.isEmpty, control.y == frame.control.y {
                switch field.control {
                case .text(let s): s.render(into: &buffer, in: control, theme: theme, focused: focused)
                case .editor(let s, _): s.render(into: &buffer, in: control, theme: theme, focused: focused)
                // A field with a message under it does not repeat it (cut short) beside the date.
                case .date(let s): s.render(into: &buffer, in: control, theme: theme, focused: focused, showsProblem: field.error == nil)
                case .dropdown(let s):
                    Dropdown.render(s, into: &buffer, in: control, theme: theme, focused: focused)
                    if s.isOpen { popup = (s, frame.control) }
                }
            }
            if let error = field.error, let r = errorRow(field, frame, in: rect, theme: theme), r.y >= rect.y, r.y < rect.maxY {
                buffer.put("\(theme.errorMarker) \(error)", x: r.x, y: r.y, style: theme[.error], maxWidth: r.width)
            }
        }
        if let popup { Dropdown.renderPopup(popup.0, anchor: popup.1, into: &buffer, theme: theme) }
    }
}
