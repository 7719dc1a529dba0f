/// A deliberately simple email check: one @, a sane local part, a dotted domain with a real-looking
/// top-level domain, and no placeholder addresses (none@none.com, test@example.com).
public enum EmailAddress {
    /// Domains reserved for examples and tests, and the usual "no email" stand-ins.
    static let placeholderDomains: Set<String> = [
        "example.com", "example.org", "example.net", "none.com", "noemail.com", "nomail.com", "na.com",
        "test.com", "unknown.com", "email.none", "localhost",
    ]
    static let placeholderTLDs: Set<String> = ["test", "invalid", "example", "localhost", "none"]
    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-")

    public static func problem(with raw: String) -> String? {
        isPlainASCIIAddress(raw) ? nil : checkedProblem(with: raw)
    }

    /// Every check, character by character.
    static func checkedProblem(with raw: String) -> String? {
        let text = raw.trimmingSpaces
        let shown = "Email '\(text)'"
        let example = "e.g. name@example.ca"
        if PlaceholderCheck.isPlaceholder(text) {
            return "\(shown) is a placeholder: enter the client's real address, or leave it empty until known."
        }
        if text.contains(where: \.isWhitespace) { return "\(shown) contains a space: an address has none, \(example)." }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "\(shown) needs exactly one @ between name and domain, \(example)." }
        let local = parts[0], domain = parts[1].lowercased()
        guard !local.isEmpty, !domain.isEmpty else { return "\(shown) needs a name before the @ and a domain after it, \(example)." }
        if local.count > 64 || text.count > 254 { return "\(shown) is too long to be an email address; check it." }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..")
            || !local.allSatisfy({ $0.isLetter || $0.isNumber || localSymbols.contains($0) }) {
            return "\(shown): the part before the @ may hold letters, digits and . _ - + only (no dots at the ends or twice in a row)."
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-")
                && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
            return "\(shown): the domain after the @ is not valid (like gmail.com or rogers.com); check it."
        }
        let tld = labels.last!
        guard tld.count >= 2, tld.allSatisfy(\.isLetter) else {
            return "\(shown): the domain must end with a real ending like .ca or .com; check it."
        }
        if placeholderDomains.contains(domain) || placeholderTLDs.contains(String(tld))
            || PlaceholderCheck.isPlaceholder(String(local)) {
            return "\(shown) is a placeholder: enter the client's real address, or leave it empty until known."
        }
        return nil
    }

    /// True for an address the checks above would pass, told over bytes for visible ASCII (nearly
    /// every address); anything else goes through them, which word the message.
    static func isPlainASCIIAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 254, let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at <= 64,
              bytes.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else { return false }
        let local = bytes[..<at], domain = bytes[(at + 1)...]
        guard local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
              local.allSatisfy({ $0.isASCIILetterOrDigit || asciiLocalSymbols.contains($0) }),
              !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") }) else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { $0.isASCIILetterOrDigit || $0 == UInt8(ascii: "-") }
        }) else { return false }
        let tld = labels.last!
        guard tld.count >= 2, tld.allSatisfy(\.isASCIILetter) else { return false }
        let lowerDomain = String(decoding: domain.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let lowerTLD = String(decoding: tld.map { $0 | 0x20 }, as: UTF8.self)
        return !placeholderDomains.contains(lowerDomain) && !placeholderTLDs.contains(lowerTLD)
            && PlaceholderCheck.asciiVerdict(text) == false
            && PlaceholderCheck.asciiVerdict(String(decoding: local, as: UTF8.self)) == false
    }

    private static let asciiLocalSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)
}
