import Foundation
import Testing

/// One convention for mistakes in the command line (README, "Exit status"): status 2, a
/// `caseload: …` line with the mistake and one naming the help of the command that was meant.
@Suite(.timeLimit(.minutes(6)))
struct UsageErrorTests {
    @Test(arguments: [
        (["staff", "add", "x", "--name", "X"], "caseload staff add", "--role"),          // a missing option
        (["staff", "reactivate"], "caseload staff reactivate", "<username>"),            // a missing argument
        (["followups", "--format", "xml"], "caseload followups", "xml"),                  // a value not allowed
        (["audit-sample", "--count", "0"], "caseload audit-sample", "--count must be at least 1"),   // validate()
        (["demo", "--clients", "many"], "caseload demo", "many"),
        (["calendar", "close", "2026-01-02", "--reason", "x", "--bogus"], "caseload calendar close", "--bogus"),
        (["--colour"], "caseload", "--colour"),
        (["staf", "list"], "caseload", "staf"),
    ])
    func a_usage_mistake_is_two_lines_and_status_2(arguments: [String], command: String, mentioned: String) throws {
        let r = try Caseload.run(arguments)
        #expect(r.status == 2, "\(arguments): status \(r.status)")
        #expect(r.output.isEmpty)
        let lines = r.errorOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3 && lines[2].isEmpty, "\(arguments): \(r.errorOutput)")   // two lines, newline-terminated
        guard lines.count == 3 else { return }
        #expect(lines[0].hasPrefix("caseload: ") && lines[0].contains(mentioned) && !lines[0].contains("Error"), "\(lines[0])")
        #expect(lines[1] == "caseload: see `\(command) --help` for what it takes", "\(lines[1])")
    }

    @Test func help_goes_to_stdout_with_status_0() throws {
        let r = try Caseload.run(["staff", "reactivate", "--help"])
        #expect(r.status == 0 && r.errorOutput.isEmpty)
        #expect(r.output.contains("USAGE: caseload staff reactivate"), "\(r.output)")
    }

    @Test func a_refusal_is_still_one_line_and_status_1() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 5)
        let r = try Caseload.run(["staff", "add", "q", "--name", "Q", "--role", "boss", "--db", db, "--user", "mokafor"])
        #expect(r.status == 1)
        #expect(r.errorOutput == "caseload: unknown role 'boss': use one of frontdesk, caseworker, supervisor, admin\n")
    }

    @Test func an_administrator_reactivates_a_deactivated_account() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 5)
        #expect(try Caseload.run(["staff", "deactivate", "arahman", "--db", db, "--user", "mokafor"]).status == 0)
        let asInactive = try Caseload.run(["check", "--rebuild-search-index", "--db", db, "--user", "arahman"])
        #expect(asInactive.status == 1 && asInactive.errorOutput.contains("ask an administrator to reactivate it"), "\(asInactive.errorOutput)")

        let notAdmin = try Caseload.run(["staff", "reactivate", "arahman", "--db", db, "--user", "dlee"])
        #expect(notAdmin.status == 1 && notAdmin.errorOutput.contains("Only an administrator manages staff accounts"), "\(notAdmin.errorOutput)")
        let unknown = try Caseload.run(["staff", "reactivate", "nobody", "--db", db, "--user", "mokafor"])
        #expect(unknown.status == 1 && unknown.errorOutput == "caseload: no staff account 'nobody': see `caseload staff list`\n")

        let back = try Caseload.run(["staff", "reactivate", "arahman", "--db", db, "--user", "mokafor"])
        #expect(back.status == 0, "\(back.errorOutput)")
        #expect(back.output.hasPrefix("Reactivated arahman (Aisha Rahman, caseworker): they can sign in again."), "\(back.output)")
        let list = try Caseload.run(["staff", "list", "--db", db]).output
        #expect(list.split(separator: "\n").first { $0.hasPrefix("arahman") }?.hasSuffix("active") == true, "\(list)")
        #expect(try Caseload.run(["followups", "--db", db, "--user", "arahman"]).status == 0)

        let twice = try Caseload.run(["staff", "reactivate", "arahman", "--db", db, "--user", "mokafor"])
        #expect(twice.status == 0 && twice.output.contains("already active; nothing changed"), "\(twice.output)")
    }
}
