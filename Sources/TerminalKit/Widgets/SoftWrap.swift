/// Breaks text into screen rows of at most `width` columns: at a space when a word would cross
/// the edge, mid-word only when a word is wider than the row. Rows index into the grapheme array.
struct SoftWrap: Sendable {
    /// One screen row: graphemes `start..<end` (its newline, if any, is not included).
    struct Row: Hashable, Sendable { var start: Int; var end: Int }

    let rows: [Row]

    init(_ chars: [Character], width: Int) {
        let width = max(1, width)
        var rows: [Row] = []
        var lineStart = 0
        while true {
            let lineEnd = chars[lineStart...].firstIndex(of: "\n") ?? chars.count
            SoftWrap.wrapLine(chars, lineStart..<lineEnd, width: width, into: &rows)
            if lineEnd == chars.count { break }
            lineStart = lineEnd + 1
        }
        self.rows = rows
    }

    private static func wrapLine(_ chars: [Character], _ line: Range<Int>, width: Int, into rows: inout [Row]) {
        var start = line.lowerBound
        while true {
            var col = 0, i = start
            while i < line.upperBound {
                let w = TextWidth.of(chars[i])
                if col + w > width { break }
                col += w; i += 1
            }
            if i == line.upperBound {
                rows.append(Row(start: start, end: i))
                // A row filled to the edge leaves no cell for an end-of-line cursor: give it an empty row.
                if col == width { rows.append(Row(start: i, end: i)) }
                return
            }
            if i == start { i += 1 }              // a grapheme wider than the row still takes a row
            else if chars[i] == " " { i += 1 }    // the breaking space hangs past the edge, unseen
            else if let space = chars[start..<i].lastIndex(of: " ") { i = space + 1 }
            rows.append(Row(start: start, end: i))
            start = i
        }
    }

    /// The row holding `cursor`: the last row starting at or before it (row starts never decrease).
    func row(of cursor: Int) -> Int {
        var low = 0, high = rows.count   // the answer is the last index in low..<high with start <= cursor
        while high - low > 1 {
            let mid = (low + high) / 2
            if rows[mid].start <= cursor { low = mid } else { high = mid }
        }
        return low
    }

    /// The grapheme index in `row` nearest to `column` without passing it.
    func index(inRow row: Int, column: Int, chars: [Character]) -> Int {
        let r = rows[row]
        var col = 0, i = r.start
        while i < r.end, col + TextWidth.of(chars[i]) <= column { col += TextWidth.of(chars[i]); i += 1 }
        // A wrapped row's last index is the next row's start; stay on this row unless it ends the line.
        let isLineEnd = row + 1 >= rows.count || rows[row + 1].start != r.end
        if i == r.end, !isLineEnd, i > r.start { i -= 1 }
        return i
    }
}
