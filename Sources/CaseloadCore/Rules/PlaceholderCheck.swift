import Foundation

/// R-06 / SOP 3: text that stands in for missing information ("N/A", "unknown", "TBD", "xxxx") instead of
/// the information itself. Shared by intake validation and the CaMS import.
public enum PlaceholderCheck {
    /// Compared after lowercasing and dropping everything but letters and digits, so "N/A", "n.a."
    /// and "n a" are all "na".
    public static let words: Set<String> = [
        "na", "nan", "unknown", "unk", "unkn", "notknown", "dontknow", "idk", "tbd", "tba", "tbc", "none",
        "null", "nil", "test", "testing", "asdf", "asdfg", "asdfgh", "qwerty", "dummy", "fake", "placeholder",
        "notapplicable", "notavailable", "noname", "nofirstname", "nolastname", "fnu", "lnu", "missing",
        "abc", "abcd", "123", "1234", "12345", "123456", "refused", "declined", "noemail", "nophone",
        "nomail", "noaddress", "nofixedaddress", "nfa",
    ]

    /// True for empty or blank text, text without a letter or digit ("-", "?", "..."), a listed word
    /// in any case or punctuation, or one character repeated ("aaaa", "xxx", "0000").
    public static func isPlaceholder(_ text: String) -> Bool {
        asciiVerdict(text) ?? generalVerdict(text)
    }

    /// The verdict for ASCII text (nearly every cell of an extract), over bytes and without building
    /// the key unless it is short enough to be a listed word; nil for other text, or for a listed
    /// word that may be a name (the general path decides those).
    static func asciiVerdict(_ text: String) -> Bool? {
        var keyLength = 0, first: UInt8 = 0, allSame = true
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            guard byte.isASCIILetterOrDigit else { continue }
            let key = byte.isASCIIDigit ? byte : byte | 0x20   // ASCII letters lowercased
            if keyLength == 0 { first = key } else if key != first { allSame = false }
            keyLength += 1
        }
        if keyLength == 0 { return true }
        if keyLength <= longestWord {
            let key = String(decoding: text.utf8.compactMap(asciiKeyByte), as: UTF8.self)
            if words.contains(key) { return alsoNames.contains(key) ? nil : true }
        }
        return keyLength >= 3 && allSame
    }

    private static func asciiKeyByte(_ byte: UInt8) -> UInt8? {
        if byte.isASCIIDigit { return byte }
        return byte.isASCIILetter ? byte | 0x20 : nil
    }

    static let longestWord = words.map(\.utf8.count).max()!

    static func generalVerdict(_ text: String) -> Bool {
        let key = normalized(text)
        if key.isEmpty { return true }
        if words.contains(key) { return !isRealName(text.trimmingCharacters(in: .whitespacesAndNewlines), key: key) }
        return key.count >= 3 && Set(key).count == 1
    }

    /// Words that are also real names (the Korean surname Na, the Turkish given name Nil, Nan):
    /// written as a name, capitalised with nothing else, they are names; "N/A", "NA", "nil" are not.
    static let alsoNames: Set<String> = ["na", "nil", "nan"]

    static func isRealName(_ trimmed: String, key: String) -> Bool {
        guard alsoNames.contains(key), trimmed.count == key.count, let first = trimmed.first else { return false }
        return first.isUppercase && trimmed.dropFirst().allSatisfy(\.isLowercase)
    }

    /// Lowercased letters and digits only.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
