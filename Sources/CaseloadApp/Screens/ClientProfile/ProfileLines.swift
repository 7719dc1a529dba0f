import TerminalKit

/// A piece of a line in one role ("Phone" as a label, the number as normal text).
struct Span: Hashable, Sendable {
    var text: String
    var role: ThemeRole
    init(_ text: String, _ role: ThemeRole = .normal) { self.text = text; self.role = role }
}

/// One screen line of a read-only view, built once per frame from the data and the width.
struct StyledLine: Hashable, Sendable {
    var spans: [Span]

    init(_ spans: [Span]) { self.spans = spans }
    init(_ text: String, _ role: ThemeRole = .normal) { spans = [Span(text, role)] }

    static let blank = StyledLine([])
    static func heading(_ text: String) -> StyledLine { StyledLine(text, .header) }

    /// `Label       value`, the value wrapped under itself when it is wider than the line. A label
    /// as wide as its column still gets a space before the value ("attestation not needed").
    static func field(_ label: String, _ value: String, labelWidth: Int, width: Int, role: ThemeRole = .normal) -> [StyledLine] {
        let labelWidth = max(labelWidth, label.terminalWidth + 1)
        let rows = TextWrap.wrap(value, width: max(10, width - labelWidth))
        return rows.enumerated().map { i, row in
            StyledLine([Span((i == 0 ? label : "").padded(toWidth: labelWidth), .label), Span(row, role)])
        }
    }

    var text: String { spans.map(\.text).joined() }
}

/// Draws lines from a scroll offset, clipped to the rectangle.
enum LinesView {
    /// The furthest the view can scroll so the last line sits on the last row.
    static func maxScroll(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }

    static func render(_ lines: [StyledLine], scroll: Int, into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let top = min(max(0, scroll), maxScroll(lineCount: lines.count, height: rect.height))
        // A cut-off list looks complete: when more lines follow, the last row says so instead.
        let hidden = lines.count - top - rect.height
        let rows = hidden > 0 && rect.height > 1 ? rect.height - 1 : rect.height
        for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            var x = rect.x
            for span in line.spans where x < rect.maxX {
                // Cut text ends in "…" so it never reads as complete.
                x += buffer.put(span.text.truncated(toWidth: rect.maxX - x), x: x, y: rect.y + row, style: theme[span.role], clip: rect)
            }
        }
        if rows < rect.height {
            let more = "↓ \(hidden + 1) more line\(hidden == 0 ? "" : "s") (↓, PgDn)"
            buffer.put(more, x: rect.maxX - more.terminalWidth, y: rect.maxY - 1, style: theme[.muted], clip: rect)
        }
    }
}

/// Word wrapping by terminal columns (wide characters count 2), for values and note bodies.
enum TextWrap {
    /// Rows of at most `width` columns: broken at spaces, mid-word only when a word is too wide.
    /// Newlines in the text start new rows; an empty text gives one empty row.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var rows: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var row = "", rowWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = Substring(word)
                let gap = row.isEmpty ? 0 : 1
                if rowWidth + gap + word.terminalWidth <= width {
                    if gap == 1 { row += " " }
                    row += word; rowWidth += gap + word.terminalWidth
                    continue
                }
                if !row.isEmpty { rows.append(row); row = ""; rowWidth = 0 }
                // A word wider than the row is cut into row-sized pieces.
                while word.terminalWidth > width {
                    var piece = "", used = 0
                    while let c = word.first, used + TextWidth.of(c) <= width { piece.append(c); used += TextWidth.of(c); word = word.dropFirst() }
                    if piece.isEmpty, let c = word.first { piece.append(c); word = word.dropFirst() }
                    rows.append(piece)
                }
                row = String(word); rowWidth = word.terminalWidth
            }
            rows.append(row)
        }
        return rows
    }
}
