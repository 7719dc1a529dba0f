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
}
