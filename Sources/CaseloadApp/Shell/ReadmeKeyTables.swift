import CaseloadCore
import TerminalKit

/// The README's key tables, made from the screens' own key tables (the ones dispatch, the footer
/// and `?` read), so README.md cannot promise a key that a screen does not have. The test
/// `ReadmeKeyTablesTests` builds every screen as every role and compares this text with the
/// README's section between the markers; `CASELOAD_RECORD_README=1 swift test --skip-build
/// --filter ReadmeKeyTables` writes it there.
enum ReadmeKeyTables {
    static let begin = "<!-- keys:begin: generated from the screens' key tables; regenerate with CASELOAD_RECORD_README=1 swift test --skip-build --filter ReadmeKeyTables -->"
    static let end = "<!-- keys:end -->"

    /// One screen: its `?` table as each role that reaches it sees it, in each of its typical
    /// states (a profile tab, a selected row), numbered so the same state can be compared across roles.
    struct Screen {
        var title: String
        var tables: [(role: StaffRole, state: Int, keymap: Keymap<Int>)]
    }

    /// A heading and a `key | action | who` table per screen: one row per key (its actions joined
    /// when the help changes with the state), in the order first seen. "who" is the roles that may
    /// use the key: a role is left out when a permission refuses it, or when in the same state
    /// another role may use it and this one may not; a key every role waits for (a selected note)
    /// stays everyone's.
    static func markdown(_ screens: [Screen]) -> String {
        var out: [String] = []
        for screen in screens {
            var rows: [(keys: String, helps: [String], roles: Set<StaffRole>)] = []
            for table in screen.tables {
                for binding in table.keymap.bindings {
                    let keys = binding.keys.map { "`\(escaped($0.description))`" }.joined(separator: " ")
                    let index = rows.firstIndex { $0.keys == keys } ?? { rows.append((keys, [], [])); return rows.count - 1 }()
                    if !rows[index].helps.contains(binding.help) { rows[index].helps.append(binding.help) }
                    if !isRefused(binding, to: table.role, in: table.state, of: screen) { rows[index].roles.insert(table.role) }
                }
            }
            out.append("#### \(screen.title)")
            out.append("")
            out.append("| key | action | who |")
            out.append("|---|---|---|")
            for row in rows where !row.roles.isEmpty {
                out.append("| \(row.keys) | \(escaped(row.helps.joined(separator: " / "))) | \(who(row.roles)) |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private static func isRefused(_ binding: KeyBinding<Int>, to role: StaffRole, in state: Int, of screen: Screen) -> Bool {
        guard let reason = binding.disabledReason else { return false }
        if refusals.contains(where: { reason.contains($0) }) { return true }
        return screen.tables.contains { other in
            other.state == state && other.role != role
                && other.keymap.bindings.contains { $0.keys == binding.keys && $0.disabledReason == nil }
        }
    }

    /// `readme` with the text between the markers replaced by `tables`; nil when a marker is missing.
    static func replacingSection(in readme: String, with tables: String) -> String? {
        guard let start = readme.range(of: begin), let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex) else { return nil }
        return String(readme[..<start.upperBound]) + "\n" + tables + String(readme[stop.lowerBound...])
    }

    /// The text between the markers (as `replacingSection` writes it), or nil.
    static func section(of readme: String) -> String? {
        guard let start = readme.range(of: begin), let stop = readme.range(of: end, range: start.upperBound..<readme.endIndex) else { return nil }
        let text = readme[start.upperBound..<stop.lowerBound]
        return String(text.hasPrefix("\n") ? text.dropFirst() : text)
    }

    private static let refusals = Permission.allCases.map(\.refusal)

    private static func who(_ roles: Set<StaffRole>) -> String {
        if roles.count == StaffRole.allCases.count { return "everyone" }
        return StaffRole.allCases.filter(roles.contains).map { $0.title.lowercased() }.joined(separator: ", ")
    }

    /// A table cell may not hold a bare `|`.
    private static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
