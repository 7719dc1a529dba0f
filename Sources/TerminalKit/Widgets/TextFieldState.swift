/// A single-line text field: text, grapheme cursor, horizontal scroll, placeholder, limit and message.
public struct TextFieldState: Hashable, Sendable {
    var editing: TextEditing
    /// First visible column when the text is wider than the field.
    public var scrollColumn = 0
    public var placeholder: String
    /// Most graphemes the field accepts; typing beyond it is refused.
    public var maxLength: Int?
    /// Shown under the field (in the error style) when the owner's validation fails.
    public var validationMessage: String?

    public init(_ text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        editing = TextEditing(text); self.placeholder = placeholder; self.maxLength = maxLength
        if let maxLength, editing.chars.count > maxLength { editing.chars.removeLast(editing.chars.count - maxLength); editing.cursor = maxLength }
    }

    public var text: String {
        get { editing.text }
        set { editing = TextEditing(newValue); scrollColumn = 0 }
    }
    /// Cursor position as a grapheme index, 0...text.count.
    public var cursor: Int {
        get { editing.cursor }
        set { editing.cursor = min(max(0, newValue), editing.chars.count) }
    }
    /// The cursor's column from the start of the text.
    public var cursorColumn: Int { GraphemeColumns.width(editing.chars[..<editing.cursor]) }

    /// Edits and motions (emacs keys, arrows, Home/End, Backspace/Delete); Enter submits, Esc cancels.
    /// `width` is the field's width, to keep the scroll stable; without it rendering still keeps the cursor visible.
    public mutating func handle(_ key: Key, width: Int? = nil) -> KeyOutcome {
        if let width { scrollColumn = visibleScroll(width: width) }   // start from what the user sees
        let outcome: KeyOutcome
        switch key {
        case .char(let c) where c != "\n" && c != "\r\n" && c != "\t":
            let before = editing.chars.count
            var attempt = editing
            attempt.insert(String(c))
            if let maxLength, attempt.chars.count > maxLength, attempt.chars.count > before { outcome = .consumed }
            else { editing = attempt; outcome = .changed }
        case .home: editing.cursor = 0; outcome = .consumed
        case .end: editing.cursor = editing.chars.count; outcome = .consumed
        case .enter: return .submitted
        case .escape: return .cancelled
        default:
            guard let edit = editing.apply(key) else { return .ignored }
            outcome = edit
        }
        if let width { scrollColumn = visibleScroll(width: width) }
        return outcome
    }

    /// The scroll to draw with: the stored one, moved only as far as needed to show the cursor.
    public func visibleScroll(width: Int) -> Int {
        guard width > 0 else { return 0 }
        let col = cursorColumn
        var scroll = scrollColumn
        if col < scroll { scroll = col }
        if col > scroll + width - 1 { scroll = col - width + 1 }   // the cursor needs a cell of its own
        return max(0, scroll)
    }

    /// Draws the field on the first row of `rect` (and the validation message on the second, if any).
    /// When focused the hardware cursor goes to the cursor cell.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let style = theme[focused ? .inputFocused : .input]
        buffer.fill(line, style: style)
        let scroll = visibleScroll(width: rect.width)
        if editing.chars.isEmpty, !placeholder.isEmpty {
            var muted = theme[.muted]; muted.background = style.background
            buffer.put(placeholder, x: rect.x, y: rect.y, style: muted, maxWidth: rect.width)
        } else {
            GraphemeColumns.draw(editing.chars[...], skip: scroll, width: rect.width, x: rect.x, y: rect.y, style: style, into: &buffer)
        }
        if focused { buffer.cursor = (rect.x + cursorColumn - scroll, rect.y) }
        if let validationMessage, rect.height > 1 {
            buffer.put("\(theme.errorMarker) \(validationMessage)", x: rect.x, y: rect.y + 1, style: theme[.error], maxWidth: rect.width)
        }
    }
}
