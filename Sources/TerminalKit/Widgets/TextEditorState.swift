/// A multi-line editor with soft wrapping by columns; the cursor moves through screen rows.
/// A key costs one wrap of the text at most (`WrapCache`), and inserting re-reads only the
/// grapheme before the cursor, so typing stays fast in a long note.
public struct TextEditorState: Hashable, Sendable {
    var editing: TextEditing
    /// First visible screen row.
    public var topRow = 0
    /// The column Up/Down try to keep, so moving through a short row does not lose it.
    var goalColumn: Int?
    public var placeholder: String
    /// Most graphemes the editor accepts; typing or pasting beyond it is refused.
    public var maxLength: Int?
    /// Changes with every change to the text; keys the wrapped rows in `wrapCache`.
    private var revision = WrapCache.nextRevision()
    let wrapCache = WrapCache()

    public init(_ text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        editing = TextEditing(text); self.placeholder = placeholder; self.maxLength = maxLength
        if let maxLength, editing.chars.count > maxLength { editing.chars.removeLast(editing.chars.count - maxLength); editing.cursor = maxLength }
    }

    public var text: String {
        get { editing.text }
        set { editing = TextEditing(newValue); topRow = 0; goalColumn = nil; revision = WrapCache.nextRevision() }
    }

    /// Equal when they show the same: the cache and its revision are bookkeeping.
    public static func == (a: TextEditorState, b: TextEditorState) -> Bool {
        a.editing == b.editing && a.topRow == b.topRow && a.goalColumn == b.goalColumn
            && a.placeholder == b.placeholder && a.maxLength == b.maxLength
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(editing); hasher.combine(topRow); hasher.combine(goalColumn)
        hasher.combine(placeholder); hasher.combine(maxLength)
    }

    /// The text wrapped at `width`, from the cache when the text has not changed since.
    func wrapped(width: Int) -> SoftWrap {
        wrapCache.wrap(editing.chars, revision: revision, width: max(1, width))
    }
    /// Cursor as a grapheme index into `text` (newlines count as one).
    public var cursor: Int {
        get { editing.cursor }
        set { editing.cursor = min(max(0, newValue), editing.chars.count); goalColumn = nil }
    }

    /// The cursor's screen row and column within the wrapped text of this width.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let wrap = wrapped(width: width)
        let row = wrap.row(of: editing.cursor)
        return (row, GraphemeColumns.width(editing.chars[wrap.rows[row].start..<editing.cursor]))
    }

    /// Edits and motions for a viewport of `width` x `height`. Enter inserts a newline; Esc cancels.
    public mutating func handle(_ key: Key, width: Int, height: Int) -> KeyOutcome {
        topRow = visibleTopRow(width: width, height: height)   // motions start from what the user sees
        let wrap = wrapped(width: width)
        let (row, column) = cursorPosition(width: width)
        let page = max(1, height - 1)
        var outcome: KeyOutcome
        var keepsGoal = false
        switch key {
        case .up, .down, .pageUp, .pageDown:
            let delta = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -page : page
            let target = min(max(0, row + delta), wrap.rows.count - 1)
            let goal = goalColumn ?? column
            if target == row {   // at the top or bottom already: go to that end, like most editors
                editing.cursor = delta < 0 ? 0 : editing.chars.count
            } else {
                editing.cursor = wrap.index(inRow: target, column: goal, chars: editing.chars)
                goalColumn = goal; keepsGoal = true
            }
            outcome = .consumed
        case .home: editing.cursor = wrap.rows[row].start; outcome = .consumed
        case .end: editing.cursor = wrap.index(inRow: row, column: .max, chars: editing.chars); outcome = .consumed
        case .enter: outcome = insert("\n")
        case .char(let c) where c != "\t": outcome = insert(String(c))
        case .escape: return .cancelled
        default:
            guard let edit = editing.apply(key) else { return .ignored }
            outcome = edit
        }
        if !keepsGoal { goalColumn = nil }
        if outcome == .changed { revision = WrapCache.nextRevision() }
        topRow = visibleTopRow(width: width, height: height)
        return outcome
    }

    /// Inserts at the cursor unless that would pass `maxLength`.
    private mutating func insert(_ text: String) -> KeyOutcome {
        if let maxLength, editing.chars.count >= maxLength { return .consumed }
        editing.insert(text)
        return .changed
    }

    /// The top row to draw: the stored one, moved just enough to show the cursor, and never so far
    /// down that rows stay empty under the text while text above is hidden (a taller or wider
    /// viewport after a resize shows all it can).
    public func visibleTopRow(width: Int, height: Int) -> Int {
        guard height > 0 else { return 0 }
        let row = cursorPosition(width: width).row
        let rowCount = wrapped(width: width).rows.count
        var top = min(topRow, max(0, rowCount - height))
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        return max(0, top)
    }

    /// Draws the wrapped text; when focused the hardware cursor goes to the cursor cell.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme, focused: Bool) {
        guard !rect.isEmpty else { return }
        let style = theme[focused ? .inputFocused : .input]
        buffer.fill(rect, style: style)
        if editing.chars.isEmpty, !placeholder.isEmpty {
            var muted = theme[.muted]; muted.background = style.background
            buffer.put(placeholder, x: rect.x, y: rect.y, style: muted, maxWidth: rect.width)
        }
        let wrap = wrapped(width: rect.width)
        let top = visibleTopRow(width: rect.width, height: rect.height)
        for (i, row) in wrap.rows.dropFirst(top).prefix(rect.height).enumerated() {
            GraphemeColumns.draw(editing.chars[row.start..<row.end], skip: 0, width: rect.width,
                                 x: rect.x, y: rect.y + i, style: style, into: &buffer)
        }
        if focused {
            let (row, column) = cursorPosition(width: rect.width)
            buffer.cursor = (rect.x + min(column, rect.width - 1), rect.y + row - top)
        }
    }
}
