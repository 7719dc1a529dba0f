/// The in-memory screen every view draws into. Writes clip to the buffer (and to an optional
/// clip rectangle); nothing here ever touches a terminal.
public struct ScreenBuffer: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should sit (the focused field), so screen readers follow focus.
    public var cursor: (x: Int, y: Int)?
    /// The dropdown list last drawn open, so the program can draw it once more over everything
    /// drawn after the form that owns it (a dialog's hint line, the status line, the footer).
    public var openPopup: OpenPopup?

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y) on one line, never past `maxWidth` columns nor the clip.
    /// A wide grapheme that would straddle the edge is replaced by a space. Returns columns used.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style,
                             maxWidth: Int = .max, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        guard y >= bounds.y, y < bounds.maxY else { return 0 }
        // Compare before adding: the default maxWidth (.max) plus any x > 0 would overflow.
        let limit = maxWidth >= bounds.maxX - x ? bounds.maxX : x + max(0, maxWidth)
        if let used = putASCII(text, x: x, y: y, style: style, limit: limit, minX: bounds.x) { return used }
        var col = x
        for g in text {
            let w = TextWidth.of(g)
            if w == 0 {   // a lone combining mark or control: attach nothing, draw nothing
                continue
            }
            if col + w > limit {
                if w == 2 && col < limit && col >= bounds.x { setCell(col, y, Cell(" ", style: style)) ; col += 1 }
                break
            }
            if col >= bounds.x {
                setCell(col, y, Cell(g, width: w, style: style))
                if w == 2 { setCell(col + 1, y, Cell(nil, style: style, isWideTail: true)) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// `put` for all-ASCII text, byte by byte: no grapheme breaking, no width tables. Nil (having
    /// drawn nothing) when the text holds anything else.
    private mutating func putASCII(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int, minX: Int) -> Int? {
        guard TextWidth.asciiWidth(text) != nil else { return nil }
        var col = x
        for byte in text.utf8 where byte >= 0x20 && byte != 0x7F {
            if col >= limit { break }
            if col >= minX { setCell(col, y, Cell(ascii: byte, style: style)) }
            col += 1
        }
        return max(0, col - x)
    }

    /// Paints every cell of `rect` with a blank in `style`.
    public mutating func fill(_ rect: Rect, style: Style, grapheme: Character = " ") {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let blank = Cell(grapheme, style: style)
        for yy in r.y..<r.maxY {
            // A wide grapheme cut by the rectangle's edge loses its other half too (a popup over CJK text).
            if cells[yy * width + r.x].isWideTail, r.x > 0 { cells[yy * width + r.x - 1] = Cell(" ", style: cells[yy * width + r.x - 1].style) }
            if r.maxX < width, cells[yy * width + r.maxX].isWideTail { cells[yy * width + r.maxX] = Cell(" ", style: cells[yy * width + r.maxX].style) }
            for xx in r.x..<r.maxX { cells[yy * width + xx] = blank }
        }
    }

    /// Keeps wide graphemes whole: overwriting half of one blanks the other half.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        if cells[i].isWideTail, x > 0, !cell.isWideTail { cells[i - 1] = Cell(" ", style: cells[i - 1].style) }
        // Only a new wide head rewrites the next cell itself; anything else would orphan the old tail.
        if cells[i].isWide, x + 1 < width, cell.isWideTail || !cell.isWide {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// The screen as plain text, one string per row, trailing spaces kept (snapshot tests read this).
    public func lines() -> [String] {
        (0..<height).map { row in
            var s = ""
            for col in 0..<width {
                let c = cells[row * width + col]
                if c.isWideTail { continue }
                s.append(c.grapheme ?? " ")
            }
            return s
        }
    }

    /// The screen as one string, trailing spaces trimmed per row: the form tests compare against.
    public var text: String {
        lines().map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}
