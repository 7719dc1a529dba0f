/// North American phone numbers as intake accepts them: 10 digits with an optional +1 or 1 in front;
/// spaces, dashes, dots and brackets allowed; no letters; no dummy numbers.
public enum PhoneNumber {
    /// The 10 digits of a valid number ("5195550123"), or nil.
    public static func digits(of text: String) -> String? {
        problem(with: text) == nil ? tenDigits(text.trimmingSpaces) : nil
    }

    /// What is wrong with a number, worded for the user, or nil when it is fine.
    public static func problem(with raw: String) -> String? {
        isPlainASCIINumber(raw) ? nil : checkedProblem(with: raw)
    }

    /// Every check, character by character.
    static func checkedProblem(with raw: String) -> String? {
        let text = raw.trimmingSpaces
        let shown = "Phone '\(text)'"
        if !text.contains(where: \.isNumber) && PlaceholderCheck.isPlaceholder(text) {
            return "\(shown) is a placeholder: enter the client's real number, or leave it empty until known."
        }
        if text.contains(where: \.isLetter) {
            return "\(shown) contains letters: enter digits only (spaces, dashes, dots and brackets are fine), e.g. 519-555-0123."
        }
        if let bad = text.enumerated().first(where: { i, c in !(c.isASCII && c.isNumber) && !" -.()".contains(c) && !(c == "+" && i == 0) }) {
            return "\(shown) contains '\(bad.element)': use digits with spaces, dashes, dots or brackets, e.g. 519-555-0123."
        }
        var digits = text.filter(\.isNumber)
        if text.hasPrefix("+") && !digits.hasPrefix("1") {
            return "\(shown) is not a North American number: only +1 numbers (Canada, US) are accepted."
        }
        if isDummy(digits) {
            return "\(shown) is a dummy number: enter the client's real number, or leave it empty until known."
        }
        if digits.count == 11 && digits.hasPrefix("1") { digits.removeFirst() }
        guard digits.count == 10 else {
            return "\(shown) has \(digits.count) digit\(digits.count == 1 ? "" : "s"): enter 10 digits including the area code, e.g. 519-555-0123."
        }
        let area = digits.first!, exchange = digits[digits.index(digits.startIndex, offsetBy: 3)]
        if area == "0" || area == "1" { return "\(shown): an area code cannot start with 0 or 1; check the number." }
        if exchange == "0" || exchange == "1" { return "\(shown): the 3 digits after the area code cannot start with 0 or 1; check the number." }
        return nil
    }

    /// True for a number the checks above would pass, told over bytes (digits, spaces, dashes, dots,
    /// brackets, a leading +); anything else goes through them, which word the message.
    static func isPlainASCIINumber(_ text: String) -> Bool {
        var digits: [Int] = []
        digits.reserveCapacity(11)
        var index = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: digits.append(Int(byte - 0x30))
            case UInt8(ascii: "+") where index == 0: break
            case UInt8(ascii: " ") where index > 0, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): break
            default: return false
            }
            index += 1
        }
        guard text.utf8.last != UInt8(ascii: " ") else { return false }
        if text.utf8.first == UInt8(ascii: "+") && digits.first != 1 { return false }
        if isDummy(digits) { return false }
        if digits.count == 11 && digits.first == 1 { digits.removeFirst() }
        return digits.count == 10 && digits[0] > 1 && digits[3] > 1
    }

    /// One digit repeated (000-000-0000, 111-1111, 555-555-5555) or a run of 7 or more digits counting
    /// up or down, wrapping 9 to 0 (123-456-7890, 1-234-567-8901, 987-654-3210).
    static func isDummy(_ digits: String) -> Bool {
        isDummy(digits.compactMap(\.wholeNumberValue))
    }

    static func isDummy(_ values: [Int]) -> Bool {
        if values.count >= 3 && values.allSatisfy({ $0 == values[0] }) { return true }
        guard values.count >= 7 else { return false }
        let steps = zip(values, values.dropFirst()).lazy.map { ($1 - $0 + 10) % 10 }
        return steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == 9 }
    }

    private static func tenDigits(_ text: String) -> String {
        let digits = text.filter(\.isNumber)
        return digits.count == 11 ? String(digits.dropFirst()) : digits
    }
}
