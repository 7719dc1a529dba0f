extension StringProtocol {
    /// Trimmed of spaces, tabs and newlines (Unicode whitespace), without Foundation.
    /// Slices between the first and last non-space characters: no copies (the import runs it per cell).
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// As `StringProtocol.trimmingSpaces`, but visible ASCII at both ends (nearly every value) is
    /// answered from two bytes, without walking Characters.
    var trimmingSpaces: String {
        if let head = utf8.first, let tail = utf8.last, (0x21...0x7E).contains(head), (0x21...0x7E).contains(tail) {
            return self
        }
        return self[...].trimmingSpaces
    }
}
