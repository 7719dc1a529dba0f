import Foundation

/// Dollars and cents as whole cents: parsed from what people type and shown back, never through
/// floating point, so a total of ten thousand amounts is exact.
public enum Money {
    /// "$1,234.56", "1234.5", "250", "$ 12.00" → cents; nil for anything else (negative amounts,
    /// three decimals, misplaced commas, letters). Commas must group thousands when present.
    public static func cents(parsing text: String) -> Int? {
        var s = text.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("$") { s = String(s.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let whole = String(parts[0])
        guard !whole.isEmpty, let dollars = wholeDollars(whole) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit) else { return nil }
            fraction = Int(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        let (scaled, overflow) = dollars.multipliedReportingOverflow(by: 100)
        guard !overflow, scaled <= Int.max - fraction else { return nil }
        return scaled + fraction
    }

    /// 123456 → "$1,234.56".
    public static func dollars(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let units = magnitude / 100, rest = magnitude % 100
        var digits = String(units), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return "\(sign)$\(digits)\(grouped).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// Plain decimal for CSV and JSON ("1234.56"): no symbol, no grouping.
    public static func plain(cents: Int) -> String {
        let magnitude = cents.magnitude
        return "\(cents < 0 ? "-" : "")\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }

    private static func wholeDollars(_ text: String) -> Int? {
        if text.contains(",") {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = text.filter { $0 != "," }
        guard digits.count <= 15, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
