/// Graphemes plus a cursor, with the emacs-style edits shared by the text field and the editor.
/// The cursor is a grapheme index (0...count), so `é` written as e + U+0301 is one step.
struct TextEditing: Hashable, Sendable {
    var chars: [Character]
    var cursor: Int

    init(_ text: String) { chars = Array(text); cursor = chars.count }

    var text: String { String(chars) }

    /// Inserts text at the cursor; a combining mark joins the grapheme before it. Only that
    /// grapheme is read again with the new text: the rest of a long text is left as it is.
    mutating func insert(_ s: String) {
        let from = max(0, cursor - 1)
        let joined = Array(String(chars[from..<cursor]) + s)
        chars.replaceSubrange(from..<cursor, with: joined)
        cursor = from + joined.count
    }

    mutating func backspace() -> Bool {
        guard cursor > 0 else { return false }
        chars.remove(at: cursor - 1); cursor -= 1; return true
    }

    mutating func deleteForward() -> Bool {
        guard cursor < chars.count else { return false }
        chars.remove(at: cursor); return true
    }

    /// Start of the logical line holding the cursor.
    var lineStart: Int { chars[..<cursor].lastIndex(of: "\n").map { $0 + 1 } ?? 0 }
    /// End of the logical line holding the cursor (before its newline).
    var lineEnd: Int { chars[cursor...].firstIndex(of: "\n") ?? chars.count }

    /// ^K: deletes to the end of the line, or the newline itself when already there.
    mutating func killToLineEnd() -> Bool {
        let end = lineEnd
        if end == cursor { return deleteForward() }
        chars.removeSubrange(cursor..<end); return true
    }

    /// ^U: deletes from the start of the line to the cursor.
    mutating func killToLineStart() -> Bool {
        let start = lineStart
        guard start < cursor else { return false }
        chars.removeSubrange(start..<cursor); cursor = start; return true
    }

    /// ^W: deletes the word before the cursor and the spaces after it.
    mutating func deleteWordBack() -> Bool {
        var i = cursor
        while i > 0, chars[i - 1] == " " { i -= 1 }
        while i > 0, chars[i - 1] != " ", chars[i - 1] != "\n" { i -= 1 }
        guard i < cursor else { return false }
        chars.removeSubrange(i..<cursor); cursor = i; return true
    }

    /// The edits common to field and editor. Returns nil when the key is not an edit or motion.
    mutating func apply(_ key: Key) -> KeyOutcome? {
        func moved(_ to: Int) -> KeyOutcome { cursor = to; return .consumed }
        func edited(_ did: Bool) -> KeyOutcome { did ? .changed : .consumed }
        switch key {
        case .left, .ctrl("b"): return moved(max(0, cursor - 1))
        case .right, .ctrl("f"): return moved(min(chars.count, cursor + 1))
        case .ctrl("a"): return moved(lineStart)
        case .ctrl("e"): return moved(lineEnd)
        case .backspace, .ctrl("h"): return edited(backspace())
        case .delete, .ctrl("d"): return edited(deleteForward())
        case .ctrl("k"): return edited(killToLineEnd())
        case .ctrl("u"): return edited(killToLineStart())
        case .ctrl("w"): return edited(deleteWordBack())
        default: return nil
        }
    }
}
