/// A modal yes/no question drawn centred over the screen: y/Y yes, n/N/Esc no, Enter the default.
public struct ConfirmDialog: Hashable, Sendable {
    public enum Answer: Hashable, Sendable { case yes, no }

    public var title: String
    public var message: [String]
    public var yesLabel: String
    public var noLabel: String
    /// What Enter means; destructive questions default to no.
    public var defaultAnswer: Answer

    public init(title: String, message: [String], yesLabel: String = "[Y]es", noLabel: String = "[N]o", defaultAnswer: Answer = .no) {
        self.title = title; self.message = message; self.yesLabel = yesLabel; self.noLabel = noLabel; self.defaultAnswer = defaultAnswer
    }

    /// The answer a key gives, or nil for keys the dialog swallows (it is modal).
    public func answer(for key: Key) -> Answer? {
        switch key {
        case .char("y"), .char("Y"): return .yes
        case .char("n"), .char("N"), .escape: return .no
        case .enter: return defaultAnswer
        default: return nil
        }
    }

    /// The button row; the default answer is marked with `<…>` so it does not rely on colour.
    var buttons: String {
        let yes = defaultAnswer == .yes ? "<\(yesLabel)>" : yesLabel
        let no = defaultAnswer == .no ? "<\(noLabel)>" : noLabel
        return "\(yes) / \(no)"
    }

    /// Draws the dialog centred in `area` (usually the whole screen), clipped to it.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool = false) {
        let contentWidth = ([title.terminalWidth + 2, buttons.terminalWidth] + message.map(\.terminalWidth)).max() ?? 0
        let size = Size(width: contentWidth + 4, height: message.count + 4)
        let rect = area.centered(size)
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard !inner.isEmpty else { return }
        let body = inner.inset(left: 1, right: 1)
        for (i, line) in message.enumerated() where i < body.height - 1 {
            buffer.put(line.truncated(toWidth: body.width), x: body.x, y: body.y + i, style: theme[.dialog])
        }
        let b = buttons.truncated(toWidth: body.width)
        buffer.put(b, x: body.x + (body.width - b.terminalWidth) / 2, y: inner.maxY - 1, style: theme[.dialog], clip: inner)
    }
}
