/// Replaces the layout when the terminal is below the minimum size.
public enum TooSmallView {
    /// The message, e.g. `Terminal too small: need 80x24, have 60x20`.
    public static func message(need: Size, have: Size) -> String {
        "Terminal too small: need \(need.width)x\(need.height), have \(have.width)x\(have.height)"
    }

    /// Whether a terminal of `have` is below `need`.
    public static func isTooSmall(_ have: Size, need: Size) -> Bool { have.width < need.width || have.height < need.height }

    /// Draws the message centred, word-wrapped to the width; safe at any size, including 0x0.
    public static func render(into buffer: inout ScreenBuffer, need: Size, theme: Theme = .default) {
        let area = buffer.area
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme[.normal])
        let text = message(need: need, have: Size(width: buffer.width, height: buffer.height))
        let lines = wrapWords(text, width: area.width)
        let top = max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line, x: max(0, (area.width - line.terminalWidth) / 2), y: top + i, style: theme[.warning])
        }
    }

    /// Greedy word wrap; a word longer than the width is cut into pieces.
    static func wrapWords(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ").map(String.init) {
            var word = word
            while word.terminalWidth > width {   // hard-split long words
                if !current.isEmpty { lines.append(current); current = "" }
                let head = String(word.prefix(width)); lines.append(head); word = String(word.dropFirst(width))
            }
            if current.isEmpty { current = word }
            else if current.terminalWidth + 1 + word.terminalWidth <= width { current += " " + word }
            else { lines.append(current); current = word }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
