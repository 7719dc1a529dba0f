/// Colour and attribute names accepted in theme files.
enum ColorName {
    static let basic = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `red`, `bright-red`, `default`, or an index 0–255 written as text.
    static func color(_ name: String) -> Color? {
        let n = name.lowercased().strippingSpaces
        if n == "default" { return .default }
        if let i = basic.firstIndex(of: n) { return .indexed(UInt8(i)) }
        for prefix in ["bright-", "bright_", "bright"] where n.hasPrefix(prefix) {
            if let i = basic.firstIndex(of: String(n.dropFirst(prefix.count))) { return .indexed(UInt8(i + 8)) }
        }
        if let v = Int(n), (0...255).contains(v) { return .indexed(UInt8(v)) }
        return nil
    }

    static func color(index: Int) -> Color? {
        (0...255).contains(index) ? .indexed(UInt8(index)) : nil
    }

    static func attribute(_ name: String) -> Attributes? {
        switch name.lowercased() {
        case "bold": return .bold
        case "reverse": return .reverse
        case "underline": return .underline
        case "dim": return .dim
        case "italic": return .italic
        default: return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading or trailing spaces and tabs.
    var strippingSpaces: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
