extension StringProtocol {
    /// Trimmed of spaces, tabs and newlines (Unicode whitespace), without Foundation.
    /// Slices between the first and last non-space characters: no copies (the import runs it per cell).
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
