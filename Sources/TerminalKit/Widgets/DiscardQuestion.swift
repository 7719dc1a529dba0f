/// Esc on a dialog that holds typed text asks before throwing it away: y discards, n or Esc goes
/// back to the text. A dialog keeps one and lets it see every key first.
public struct DiscardQuestion: Hashable, Sendable {
    public enum Verdict: Hashable, Sendable {
        /// Not asking, and not Esc on typed text: the dialog handles the key as usual.
        case passOn
        /// The key went to the question (it asked, or it was answered "no"): the dialog stays.
        case stay
        /// Answered yes: the dialog closes without saving.
        case discard
    }

    public private(set) var isAsking = false

    public init() {}

    public static let dialog = ConfirmDialog(title: "Discard what you typed?",
                                             message: ["It has not been saved.", "y discards it; n or Esc goes back to it."],
                                             defaultAnswer: .no)

    /// `escapeWouldDiscard`: Esc would close the dialog and lose text (false while Esc only closes a list).
    public mutating func filter(_ key: Key, escapeWouldDiscard: Bool) -> Verdict {
        if isAsking {
            switch Self.dialog.answer(for: key) {
            case .yes?: isAsking = false; return .discard
            case .no?: isAsking = false; return .stay
            case nil: return .stay
            }
        }
        if key == .escape, escapeWouldDiscard { isAsking = true; return .stay }
        return .passOn
    }

    /// Draws the question over the dialog while it is asked.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool) {
        guard isAsking else { return }
        buffer.cursor = nil
        Self.dialog.render(into: &buffer, in: area, theme: theme, ascii: ascii)
    }
}
