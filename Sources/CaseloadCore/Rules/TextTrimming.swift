extension StringProtocol {
    /// Trimmed of spaces, tabs and newlines (Unicode whitespace), without Foundation.
    var trimmingSpaces: String {
        String(self.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
