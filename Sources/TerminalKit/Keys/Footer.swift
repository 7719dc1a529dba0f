/// The bottom line of key hints (`F1 Help  / Search  n Note`), generated from a keymap's
/// `showInFooter` bindings, fitting as many whole hints as the width allows.
public struct Footer<Action: Sendable>: Sendable {
    public var keymap: Keymap<Action>
    public init(_ keymap: Keymap<Action>) { self.keymap = keymap }

    /// Gap between hints.
    static var separator: String { "  " }

    /// The bindings that fit in `width` columns, in table order.
    public func visibleBindings(width: Int) -> [KeyBinding<Action>] {
        var used = 0, out: [KeyBinding<Action>] = []
        for b in keymap.bindings where b.showInFooter {
            let w = b.footerKey.terminalWidth + 1 + b.help.terminalWidth + (out.isEmpty ? 0 : Self.separator.count)
            if used + w > width { break }
            used += w; out.append(b)
        }
        return out
    }

    /// Keys in `.footerKey`, help in `.footerText`; disabled actions drawn muted.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.footerText])
        var x = rect.x
        for (i, b) in visibleBindings(width: rect.width).enumerated() {
            if i > 0 { x += buffer.put(Self.separator, x: x, y: rect.y, style: theme[.footerText], clip: rect) }
            x += buffer.put(b.footerKey, x: x, y: rect.y, style: theme[b.isEnabled ? .footerKey : .muted], clip: rect)
            x += buffer.put(" " + b.help, x: x, y: rect.y, style: theme[b.isEnabled ? .footerText : .muted], clip: rect)
        }
    }
}
