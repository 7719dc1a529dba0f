/// Why a theme file could not be used; every message names the file and, where known, the line.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `NAME.toml` in any of the searched directories.
    case notFound(name: String, searched: [String])
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(file: String)
    /// The file was read but has problems (bad TOML, unknown roles, bad colours…).
    case invalid(file: String, issues: [ThemeIssue])

    public var description: String {
        switch self {
        case let .notFound(name, searched):
            return "theme \"\(name)\" not found (looked for \(name).toml in: \(searched.joined(separator: ", ")))"
        case let .unreadable(file):
            return "\(file): cannot read the theme file"
        case let .invalid(file, issues):
            return issues.map { issue in
                let place = issue.line.map { ":\($0)" + (issue.column.map { ":\($0)" } ?? "") } ?? ""
                return "\(file)\(place): \(issue.message)"
            }.joined(separator: "\n")
        }
    }
}

/// One problem in a theme file, with its 1-based line (and column, for syntax errors) when known.
public struct ThemeIssue: Equatable, Sendable {
    public var line: Int?
    public var column: Int?
    public var message: String
    public init(line: Int?, column: Int? = nil, message: String) {
        self.line = line; self.column = column; self.message = message
    }
}
