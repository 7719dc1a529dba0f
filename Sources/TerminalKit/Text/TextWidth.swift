/// Terminal columns, measured per grapheme exactly as ncursesw (glibc `wcwidth`) measures them:
/// CJK and emoji take 2, combining marks 0. `String.count` is never a width.
public enum TextWidth {
    /// Width of one Unicode scalar: 0, 1 or 2.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }   // fast path for Latin text
        if contains(WidthTables.zeroWidth, v) { return 0 }
        if contains(WidthTables.doubleWidth, v) { return 2 }
        return 1
    }

    /// Width of one grapheme: its base scalar's width; an emoji presentation selector widens it to 2.
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }   // most of any text, without its scalars
        var width = 0
        for s in c.unicodeScalars {
            if s.value == 0xFE0F { return 2 }
            if width == 0 { width = of(scalar: s) }
        }
        return width
    }

    public static func of(_ s: some StringProtocol) -> Int {
        if let ascii = asciiWidth(s) { return ascii }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The width of all-ASCII text (a byte is a grapheme; controls take 0), or nil when any byte is
    /// not ASCII. Most of what a screen draws is ASCII, and bytes are far cheaper than graphemes.
    @inline(__always)
    static func asciiWidth(_ s: some StringProtocol) -> Int? {
        var width = 0
        for byte in s.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < ranges[mid].lowerBound { hi = mid - 1 } else if v > ranges[mid].upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}

extension StringProtocol {
    /// Columns this text takes in a terminal.
    public var terminalWidth: Int { TextWidth.of(self) }

    /// The text cut to at most `width` columns, ending in `…` when something was cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(self) <= width { return String(self) }
        if let ascii = TextWidth.asciiWidth(self), ascii == utf8.count {
            // Printable ASCII: one byte, one column, so cutting is slicing.
            let room = width - TextWidth.of(ellipsis)
            return room >= 0 ? String(decoding: utf8.prefix(room), as: UTF8.self) + ellipsis : String(decoding: utf8.prefix(width), as: UTF8.self)
        }
        let room = width - TextWidth.of(ellipsis)
        var out = "", used = 0
        for c in self {
            let w = TextWidth.of(c)
            if used + w > room { break }
            out.append(c); used += w
        }
        return room >= 0 ? out + ellipsis : out
    }

    /// The text cut or padded with spaces to exactly `width` columns.
    public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
        let t = truncated(toWidth: width)
        let pad = String(repeating: " ", count: Swift.max(0, width - TextWidth.of(t)))
        return alignRight ? pad + t : t + pad
    }
}
