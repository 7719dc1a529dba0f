/// Why an end-to-end step failed. Every failure that happens while an app is on screen carries
/// the screen, so the test log shows what the user would have seen.
struct E2EError: Error, CustomStringConvertible {
    var message: String
    var screen: String?

    var description: String {
        guard let screen else { return message }
        let width = screen.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        let rule = String(repeating: "─", count: max(20, width))
        return "\(message)\nScreen:\n┌\(rule)\n│" + screen.replacingOccurrences(of: "\n", with: "\n│") + "\n└\(rule)"
    }

    static let tmuxMissing = E2EError(message: """
        tmux is not installed, and CASELOAD_REQUIRE_E2E=1 says the end-to-end tests must run. \
        Install it (apt-get install -y tmux).
        """)
}
