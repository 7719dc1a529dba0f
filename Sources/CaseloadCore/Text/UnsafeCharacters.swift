/// Characters that must never reach a terminal from the data: a name or note holding
/// `ESC ] 0 ; … BEL` retitles the window, `ESC [ 2 J` clears the screen, OSC 52 sets the clipboard,
/// and the bidirectional overrides make text read differently from what it is ("Trojan Source").
public enum UnsafeCharacters {
    /// C0 controls (but tab, line feed and carriage return, which `allowingLineBreaks` allows),
    /// DEL, C1 controls (U+0080–U+009F: U+009B is a CSI on its own), and the bidi embedding,
    /// override and isolate controls (U+202A–U+202E, U+2066–U+2069).
    public static func isUnsafe(_ scalar: Unicode.Scalar, allowingLineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return !allowingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The text as it may be printed: every unsafe character becomes U+FFFD, so it shows that
    /// something was there without doing anything. Multi-line output keeps its line breaks.
    public static func neutralised(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, allowingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar, allowingLineBreaks: keepingLineBreaks) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// For a free-text field at input: nil when the value is clean, else what to tell the person
    /// ("Address contains a control character (ESC, U+001B) at character 4: remove it.").
    /// Only multi-line fields (a note's body) may hold tabs and line breaks.
    public static func problem(in value: String, field label: String, multiLine: Bool = false) -> String? {
        problem(in: value, multiLine: multiLine).map { "\(label) \($0)" }
    }

    /// The same without the field's name, for a message that names it otherwise (the import's
    /// `line N: column: reason`): "contains a control character (ESC, U+001B) at character 4: remove it."
    public static func problem(in value: String, multiLine: Bool = false) -> String? {
        // Bytes first (the import asks this of every cell): every unsafe character is a byte below
        // 0x20, DEL, or starts with 0xC2 (C1) or 0xE2 (bidi); clean ASCII and most accents pass here.
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return nil }
        for (offset, scalar) in value.unicodeScalars.enumerated() where isUnsafe(scalar, allowingLineBreaks: multiLine) {
            return "contains a control character (\(name(scalar))) at character \(offset + 1): remove it."
        }
        return nil
    }

    /// "ESC, U+001B"; bidi controls by their role, others by code point.
    static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x1B: return "ESC, \(code)"
        case 0x07: return "BEL, \(code)"
        case 0x7F: return "DEL, \(code)"
        case 0x09: return "tab, \(code)"
        case 0x0A, 0x0D: return "line break, \(code)"
        case 0x202A...0x202E, 0x2066...0x2069: return "text-direction control, \(code)"
        default: return code
        }
    }

    /// A CSV cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a leading tab or
    /// carriage return) is prefixed with `'`, so opening the export never executes data.
    public static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
