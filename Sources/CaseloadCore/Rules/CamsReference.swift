/// The CaMS client reference (domain.md §3): an opaque string of 6 to 12 digits, never a number
/// (leading zeros matter). The one rule the intake, linking and the CaMS import all apply, so a
/// reference one of them refuses is refused by all.
public enum CamsReference {
    public static let digitCount = 6...12

    public enum Verdict: Sendable, Equatable {
        case valid
        /// Not 6 to 12 ASCII digits.
        case notDigits
        /// One digit repeated ("000000", "111111111"): R-06's dummy digits.
        case placeholder
    }

    /// As stored: white space dropped (CaMS screens group the digits, people copy them so), nothing
    /// else changed. Nil when nothing is left.
    public static func normalized(_ raw: String) -> String? {
        // Nearly every reference has no space: keep it as it is.
        if !raw.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 >= 0x80 }) { return raw.isEmpty ? nil : raw }
        let kept = raw.filter { !$0.isWhitespace }
        return kept.isEmpty ? nil : kept
    }

    /// The verdict on a normalized reference, told over bytes (an import checks 100,000 of them).
    public static func verdict(_ reference: String) -> Verdict {
        let bytes = reference.utf8
        guard digitCount.contains(bytes.count), let first = bytes.first else { return .notDigits }
        var allSame = true
        for byte in bytes {
            guard byte.isASCIIDigit else { return .notDigits }
            if byte != first { allSame = false }
        }
        return allSame ? .placeholder : .valid
    }
}
