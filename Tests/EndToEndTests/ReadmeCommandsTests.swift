import Foundation
import Testing

/// Issue #17 item 6: the README's command list names every subcommand `caseload --help` offers
/// (`calendar` was missing), so nobody has to find a command by reading the source.
@Suite(.timeLimit(.minutes(6)))
struct ReadmeCommandsTests {
    @Test func every_subcommand_of_the_help_is_in_the_readmes_command_list() throws {
        let help = try Caseload.run(["--help"])
        #expect(help.status == 0)
        let section = help.output.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        // A subcommand's line starts with two spaces and its name; wrapped text starts with more.
        // The list ends at the first blank line.
        let lines = section.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { !$0.isEmpty }
        let names = lines.compactMap { line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(names.count > 10 && names.contains("calendar"), "\(names)")
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardized, encoding: .utf8)
        // The command table's rows: "| `caseload NAME …` | what it does |".
        let listed = Set(readme.split(separator: "\n").filter { $0.hasPrefix("| `caseload ") }
            .compactMap { $0.dropFirst("| `caseload ".count).split(whereSeparator: { " `[".contains($0) }).first.map(String.init) })
        for name in names {
            #expect(listed.contains(name), "README's command list lacks `caseload \(name)`")
        }
    }
}
