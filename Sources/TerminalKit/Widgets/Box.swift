/// The characters a border is drawn with.
public struct BorderGlyphs: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

    /// `─│┌┐└┘`, drawn by ncursesw in any UTF-8 terminal.
    public static let unicode = BorderGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    /// `-|+` for terminals whose codeset is not UTF-8.
    public static let ascii = BorderGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")

    /// The Unicode set, or the ASCII one when `ascii` is true.
    public static func glyphs(ascii: Bool) -> BorderGlyphs { ascii ? .ascii : .unicode }
}

/// A bordered rectangle with an optional title in the top edge.
public struct Box: Sendable {
    public var title: String?
    public var borderRole: ThemeRole
    public var fillRole: ThemeRole?
    public var glyphs: BorderGlyphs

    public init(title: String? = nil, borderRole: ThemeRole = .border, fillRole: ThemeRole? = nil, ascii: Bool = false) {
        self.title = title; self.borderRole = borderRole; self.fillRole = fillRole; self.glyphs = .glyphs(ascii: ascii)
    }

    /// Draws the border (and fill) and returns the inner rectangle for the content.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        if let fillRole { buffer.fill(rect, style: theme[fillRole]) }
        let style = theme[borderRole]
        let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
        buffer.put("\(glyphs.topLeft)\(inner)\(glyphs.topRight)", x: rect.x, y: rect.y, style: style)
        buffer.put("\(glyphs.bottomLeft)\(inner)\(glyphs.bottomRight)", x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(String(glyphs.vertical), x: rect.x, y: row, style: style)
            buffer.put(String(glyphs.vertical), x: rect.maxX - 1, y: row, style: style)
        }
        if let title, rect.width > 4 {
            buffer.put(" \(title.truncated(toWidth: rect.width - 4)) ", x: rect.x + 1, y: rect.y, style: theme[.title])
        }
        return rect.inset(by: 1)
    }
}
