/// Scroll position of the help overlay.
public struct HelpOverlayState: Hashable, Sendable {
    public var scroll = 0
    public init() {}

    /// Up/Down/j/k/PgUp/PgDn/Home/End scroll; `?`, `q`, Esc and F1 close (`.cancelled`).
    /// Every other key is swallowed: the overlay is modal.
    public mutating func handle(_ key: Key, lineCount: Int, visibleRows: Int) -> KeyOutcome {
        let last = max(0, lineCount - visibleRows)
        switch key {
        case .char("?"), .char("q"), .escape, .function(1): return .cancelled
        case .up, .char("k"): scroll -= 1
        case .down, .char("j"): scroll += 1
        case .pageUp: scroll -= max(1, visibleRows - 1)
        case .pageDown: scroll += max(1, visibleRows - 1)
        case .home, .char("g"): scroll = 0
        case .end, .char("G"): scroll = last
        default: return .consumed
        }
        scroll = min(max(0, scroll), last)
        return .consumed
    }
}

/// The full key list, grouped, generated from the same keymap as the footer.
/// Disabled actions show why they are unavailable.
public struct HelpOverlay<Action: Sendable>: Sendable {
    public var keymap: Keymap<Action>
    public var title: String

    public init(_ keymap: Keymap<Action>, title: String = "Keys — ? or Esc to close") { self.keymap = keymap; self.title = title }

    /// The overlay's text lines: a heading per group, then `  keys   help` rows.
    public var lines: [String] {
        let keyWidth = keymap.bindings.map(\.keysLabel.terminalWidth).max() ?? 0
        var out: [String] = []
        for group in keymap.groups {
            if !out.isEmpty { out.append("") }
            out.append(group)
            for b in keymap.bindings where b.group == group {
                let help = b.disabledReason.map { "\(b.help) (unavailable: \($0))" } ?? b.help
                out.append("  " + b.keysLabel.padded(toWidth: keyWidth) + "  " + help)
            }
        }
        return out
    }

    /// Rows of text visible inside the overlay drawn in `area` (for `HelpOverlayState.handle`).
    public static func visibleRows(in area: Rect) -> Int { max(0, frame(in: area).height - 2) }

    static func frame(in area: Rect) -> Rect { area.width > 8 && area.height > 6 ? area.inset(top: 1, left: 2, bottom: 1, right: 2) : area }

    /// Draws a bordered box over `area` (usually the whole screen) with the visible part of `lines`.
    public func render(_ state: HelpOverlayState, into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, ascii: Bool = false) {
        let rect = Self.frame(in: area)
        let inner = Box(title: title, borderRole: .dialogBorder, fillRole: .dialog, ascii: ascii).render(into: &buffer, in: rect, theme: theme)
        guard !inner.isEmpty else { return }
        let all = lines
        let top = min(max(0, state.scroll), max(0, all.count - inner.height))
        let groups = Set(keymap.groups)
        for (i, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            let role: ThemeRole = groups.contains(line) ? .header : line.contains("(unavailable:") ? .muted : .dialog
            buffer.put(" " + line, x: inner.x, y: inner.y + i, style: theme[role], maxWidth: inner.width)
        }
        if top + inner.height < all.count, inner.width > 2 {   // more below: say so in the border
            buffer.put(" more ↓ ", x: inner.maxX - 8, y: rect.maxY - 1, style: theme[.dialogBorder], clip: rect)
        }
    }
}
