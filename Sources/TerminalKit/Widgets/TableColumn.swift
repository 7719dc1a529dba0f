/// One column of a `Table`: its title and how it takes space.
public struct TableColumn: Hashable, Sendable {
    public enum Sizing: Hashable, Sendable {
        /// Always exactly this many columns.
        case fixed(Int)
        /// As wide as its content (within min/max); shrinks to `minWidth` when tight, takes spare room when wide.
        case flexible
    }
    public enum Alignment: Hashable, Sendable { case left, right, center }

    public var title: String
    public var sizing: Sizing
    public var minWidth: Int
    public var maxWidth: Int?
    public var alignment: Alignment

    public init(_ title: String, sizing: Sizing = .flexible, minWidth: Int = 3, maxWidth: Int? = nil, alignment: Alignment = .left) {
        self.title = title; self.sizing = sizing; self.minWidth = max(0, minWidth); self.maxWidth = maxWidth; self.alignment = alignment
    }

    /// Fits `text` into `width` columns: truncated with `…` and padded per the alignment.
    func format(_ text: String, width: Int) -> String {
        let cut = text.truncated(toWidth: width)
        let pad = max(0, width - cut.terminalWidth)
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center: return String(repeating: " ", count: pad / 2) + cut + String(repeating: " ", count: pad - pad / 2)
        }
    }
}

/// Column widths from content and the available width.
public enum TableLayout {
    /// Widths for `columns` holding `rows`, with `gap` columns between them, in `available` columns.
    /// Flexible columns shrink (widest first, not below their minimum) when space is short; spare
    /// space goes first to columns whose content their maximum cut, then is shared up to each
    /// maximum; columns past the edge get width 0.
    public static func widths(columns: [TableColumn], rows: [[String]], available: Int, gap: Int = 1) -> [Int] {
        let content = columns.indices.map { i in rows.reduce(columns[i].title.terminalWidth) { max($0, i < $1.count ? $1[i].terminalWidth : 0) } }
        var widths = columns.enumerated().map { i, column -> Int in
            switch column.sizing {
            case .fixed(let n): return max(0, n)
            case .flexible: return min(max(content[i], column.minWidth), column.maxWidth ?? .max)
            }
        }
        let room = available - gap * max(0, columns.count - 1)
        let flexible = columns.indices.filter { columns[$0].sizing == .flexible }
        var excess = widths.reduce(0, +) - room
        while excess > 0 {
            guard let widest = flexible.filter({ widths[$0] > columns[$0].minWidth }).max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1; excess -= 1
        }
        // Spare room first goes to columns whose text was cut at their maximum, so a wide screen
        // shows whole names rather than blank space in the one unbounded column.
        while excess < 0 {
            let cut = flexible.filter { widths[$0] < content[$0] }
            guard !cut.isEmpty else { break }
            for i in cut where excess < 0 { widths[i] += 1; excess += 1 }
        }
        while excess < 0 {
            let growing = flexible.filter { widths[$0] < (columns[$0].maxWidth ?? .max) }
            guard !growing.isEmpty else { break }
            for i in growing where excess < 0 { widths[i] += 1; excess += 1 }
        }
        // Still too wide: clip from the right so the leftmost (most important) columns stay whole.
        var used = 0
        for i in widths.indices {
            let start = used + (i > 0 ? gap : 0)
            widths[i] = max(0, min(widths[i], available - start))
            used = start + widths[i]
        }
        return widths
    }
}
