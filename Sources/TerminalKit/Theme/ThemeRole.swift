/// What a piece of the screen means; themes decide how each role looks.
/// Raw values are the keys used in theme files.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case normal, title, header
    case selected, selectedUnfocused = "selected-unfocused"
    case muted, border
    case input, inputFocused = "input-focused"
    case label, error, warning, overdue, success
    case footerKey = "footer-key", footerText = "footer-text"
    case tabActive = "tab-active", tabInactive = "tab-inactive"
    case dialog, dialogBorder = "dialog-border"
    case statusInfo = "status-info", statusError = "status-error"

    /// Looks a role up by its file key, forgiving `selected_unfocused` and `selectedUnfocused` spellings.
    public init?(fileKey: String) {
        let wanted = Self.normalized(fileKey)
        guard let role = Self.allCases.first(where: { Self.normalized($0.rawValue) == wanted }) else { return nil }
        self = role
    }

    private static func normalized(_ s: String) -> String {
        s.lowercased().filter { $0 != "-" && $0 != "_" }
    }
}
