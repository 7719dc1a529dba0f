import TOMLKit

/// Reads the theme file format:
/// ```toml
/// name = "default"
/// [markers]
/// overdue = "!"
/// [roles]
/// error = { fg = "red", bg = "default", attrs = ["bold"] }
/// selected = "black on cyan"        # shorthand: attributes, a foreground, `on` a background
/// ```
/// Colours: black…white, bright-black…bright-white, default, or 0–255.
public enum ThemeParser {
    /// Parses `text`; roles the file leaves out come from `base` (the default theme unless told).
    /// Throws `ThemeError.invalid` listing every problem with its line.
    public static func parse(_ text: String, file: String, base: Theme? = Theme.default) throws -> Theme {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            let at = error.source.begin
            throw ThemeError.invalid(file: file, issues: [ThemeIssue(line: at.line, column: at.column, message: "TOML syntax error: \(error.description)")])
        }
        let lines = SourceLines(text)
        var issues: [ThemeIssue] = []
        var theme = base ?? Theme(name: "", styles: [:])
        theme.name = fileStem(file)

        for (key, value) in table {
            switch key {
            case "name":
                if let name = value.string { theme.name = name } else {
                    issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: nil), message: "name must be a string"))
                }
            case "description": break
            case "markers":
                guard let markers = value.table else {
                    issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: nil), message: "markers must be a table")); continue
                }
                parseMarkers(markers, into: &theme.markers, lines: lines, issues: &issues)
            case "roles":
                guard let roles = value.table else {
                    issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: nil), message: "roles must be a table")); continue
                }
                for (roleKey, spec) in roles {
                    let line = lines.line(ofKey: roleKey, inTable: "roles")
                    guard let role = ThemeRole(fileKey: roleKey) else {
                        issues.append(ThemeIssue(line: line, message: "unknown role \"\(roleKey)\" (known roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")))"))
                        continue
                    }
                    do { theme[role] = try style(from: spec) } catch let problem as StyleProblem {
                        issues.append(ThemeIssue(line: line, message: "role \"\(roleKey)\": \(problem.message)"))
                    }
                }
            default:
                issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: nil), message: "unknown key \"\(key)\" (expected name, description, [markers], [roles])"))
            }
        }
        guard issues.isEmpty else {
            throw ThemeError.invalid(file: file, issues: issues.sorted { ($0.line ?? .max) < ($1.line ?? .max) })
        }
        return theme
    }

    private static func parseMarkers(_ table: TOMLTable, into markers: inout ThemeMarkers, lines: SourceLines, issues: inout [ThemeIssue]) {
        for (key, value) in table {
            guard let text = value.string else {
                issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: "markers"), message: "marker \"\(key)\" must be a string")); continue
            }
            switch key {
            case "overdue": markers.overdue = text
            case "selected": markers.selected = text
            case "warning": markers.warning = text
            case "error": markers.error = text
            default:
                issues.append(ThemeIssue(line: lines.line(ofKey: key, inTable: "markers"), message: "unknown marker \"\(key)\" (known: overdue, selected, warning, error)"))
            }
        }
    }

    struct StyleProblem: Error { var message: String }

    /// A role's value: a `{ fg, bg, attrs }` table or the shorthand string.
    static func style(from value: TOMLValueConvertible) throws -> Style {
        if let text = value.string { return try style(shorthand: text) }
        guard let table = value.table else { throw StyleProblem(message: "expected a string or { fg, bg, attrs } table") }
        var style = Style()
        for (key, item) in table {
            switch key {
            case "fg": style.foreground = try color(item, what: "fg")
            case "bg": style.background = try color(item, what: "bg")
            case "attrs":
                guard let array = item.array else { throw StyleProblem(message: "attrs must be an array of names") }
                for entry in array {
                    guard let name = entry.string, let attr = ColorName.attribute(name) else {
                        throw StyleProblem(message: "unknown attribute \(entry.debugDescription) (use bold, reverse, underline, dim, italic)")
                    }
                    style.attributes.insert(attr)
                }
            default: throw StyleProblem(message: "unknown field \"\(key)\" (use fg, bg, attrs)")
            }
        }
        return style
    }

    private static func color(_ value: TOMLValueConvertible, what: String) throws -> Color {
        if let name = value.string, let c = ColorName.color(name) { return c }
        if let index = value.int, let c = ColorName.color(index: index) { return c }
        throw StyleProblem(message: "bad \(what) colour \(value.debugDescription) (use a name like red or bright-cyan, default, or 0-255)")
    }

    /// `"bold red"`, `"black on cyan"`, `"reverse"`, `"default"`.
    static func style(shorthand: String) throws -> Style {
        var style = Style()
        var words = shorthand.split(separator: " ").map(String.init)[...]
        var sawForeground = false
        while let word = words.popFirst() {
            if word == "on" {
                guard let next = words.popFirst(), let c = ColorName.color(next) else {
                    throw StyleProblem(message: "\"on\" must be followed by a colour in \"\(shorthand)\"")
                }
                style.background = c
            } else if let attr = ColorName.attribute(word) {
                style.attributes.insert(attr)
            } else if !sawForeground, let c = ColorName.color(word) {
                style.foreground = c; sawForeground = true
            } else {
                throw StyleProblem(message: "bad colour or attribute \"\(word)\" in \"\(shorthand)\"")
            }
        }
        return style
    }

    private static func fileStem(_ file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }
}

/// Finds the line a key was written on, since TOMLKit keeps positions only for syntax errors.
struct SourceLines {
    private let lines: [String]
    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// 1-based line of `key = …` inside `[table]` (or at top level), or of a `[table.key]` header.
    func line(ofKey key: String, inTable table: String?) -> Int? {
        var current: String? = nil
        for (i, raw) in lines.enumerated() {
            let line = raw.strippingSpaces
            if line.hasPrefix("[") {
                let header = line.dropFirst().prefix(while: { $0 != "]" }).strippingSpaces
                if let table, header == "\(table).\(key)" || header == "\(table).\"\(key)\"" { return i + 1 }
                current = header
                continue
            }
            guard current == table else { continue }
            for spelled in [key, "\"\(key)\""] where line.hasPrefix(spelled) {
                if line.dropFirst(spelled.count).strippingSpaces.hasPrefix("=") { return i + 1 }
            }
        }
        return nil
    }
}
