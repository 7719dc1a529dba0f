import CaseloadCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #16 item 2: every command run as every role, and as an unknown and a deactivated account,
/// on a demo database, against the one permission table in the domain (`StaffRole.allows`). A
/// command added without a permission, or with the wrong one, shows up here as a difference.
@Suite(.timeLimit(.minutes(6)))
struct RoleMatrixTests {
    /// One invocation of a command and what it needs.
    struct Command: CustomStringConvertible, Sendable {
        let arguments: @Sendable (_ tag: String, _ folder: URL) -> [String]
        /// Every permission it needs (none: any active account), in the order they are asked.
        let permissions: [Permission]
        let name: String
        var description: String { name }
    }

    static let commands: [Command] = [
        Command(arguments: { _, _ in ["followups", "--format", "csv"] }, permissions: [.viewFollowUps], name: "followups"),
        Command(arguments: { _, _ in ["followups", "--caseworker", "jmacdonald"] }, permissions: [.viewFollowUps, .viewTeamFollowUps], name: "followups --caseworker"),
        Command(arguments: { tag, folder in ["backup", folder.appendingPathComponent("copy-\(tag).sqlite").path] },
                permissions: [.backupDatabase], name: "backup"),
        Command(arguments: { _, _ in ["check"] }, permissions: [.checkDatabase], name: "check"),
        Command(arguments: { _, _ in ["staff", "list"] }, permissions: [.viewStaffList], name: "staff list"),
        Command(arguments: { tag, _ in ["staff", "add", "new\(tag)", "--name", "New \(tag)", "--role", "caseworker"] },
                permissions: [.manageStaff], name: "staff add"),
        Command(arguments: { _, folder in ["import", "cams", folder.appendingPathComponent("extract.csv").path, "--dry-run"] },
                permissions: [.importClients], name: "import cams --dry-run"),
        Command(arguments: { _, _ in ["audit-sample", "--count", "2", "--seed", "1"] }, permissions: [.drawAuditSample], name: "audit-sample"),
        Command(arguments: { _, _ in ["audit", "--client", "1", "--format", "csv"] }, permissions: [.viewAudit], name: "audit --client"),
        Command(arguments: { _, _ in ["lists", "show", "communication"] }, permissions: [], name: "lists show"),
        Command(arguments: { tag, _ in ["lists", "add", "type", "Matrix \(tag)"] }, permissions: [.manageValueLists], name: "lists add"),
        Command(arguments: { _, _ in ["calendar", "closures", "--from", "2026-01-01", "--through", "2026-01-31"] }, permissions: [],
                name: "calendar closures"),
        Command(arguments: { _, _ in ["calendar", "close", "2027-03-03", "--reason", "Training"] }, permissions: [.manageCalendar],
                name: "calendar close"),
        Command(arguments: { _, _ in ["calendar", "substitutes"] }, permissions: [], name: "calendar substitutes"),
        // The demo's own file, shared with the test's own group: an administrator decides who shares it.
        Command(arguments: { _, folder in ["setup", "shared", "--group", ownGroup, databasePath(in: folder)] }, permissions: [.shareDatabase],
                name: "setup shared"),
        // A St. Thomas client of the seeded demo, to a London Central caseworker.
        Command(arguments: { _, _ in ["grant", "806133243", "arahman"] }, permissions: [.grantClientAccess], name: "grant"),
        Command(arguments: { _, _ in ["grant", "806133243", "arahman", "--revoke"] }, permissions: [.grantClientAccess], name: "grant --revoke"),
        // #20: money for the finance office; front desk sees none.
        Command(arguments: { _, _ in ["supports", "--from", "2026-04-01", "--to", "2027-03-31", "--format", "csv"] },
                permissions: [.viewMoney], name: "supports"),
        Command(arguments: { _, _ in ["supports", "--from", "2026-04-01", "--to", "2027-03-31", "--by", "site"] },
                permissions: [.viewMoney], name: "supports --by site"),
        Command(arguments: { _, _ in ["report", "monthly", "--month", "2026-11", "--format", "csv"] }, permissions: [.viewReports], name: "report monthly"),
        Command(arguments: { _, _ in ["report", "sa-contacts", "--from", "2026-11-01", "--to", "2026-11-30"] }, permissions: [.viewReports],
                name: "report sa-contacts"),
        Command(arguments: { _, folder in ["reconcile", "cams", folder.appendingPathComponent("extract.csv").path] }, permissions: [.viewReports],
                name: "reconcile cams"),
        // The plan only (no --yes): every run sees the same caseload.
        Command(arguments: { _, _ in ["transfer", "--from", "arahman", "--to", "jmacdonald", "--reason", "Matrix"] },
                permissions: [.reassignClient], name: "transfer"),
        // Two demo files without a CaMS reference (found at setup: `mergePair`); only a supervisor
        // may merge, so only one run merges them.
        Command(arguments: { _, folder in ["merge"] + mergePair(in: folder) + ["--reason", "Matrix", "--yes"] },
                permissions: [.mergeClients], name: "merge"),
    ]

    /// `--keep A --retire B`, as written at setup from the demo database (`writeMergePair`).
    static func mergePair(in folder: URL) -> [String] {
        let ids = ((try? String(contentsOf: folder.appendingPathComponent("merge-pair.txt"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
        return ["--keep", ids.first ?? "1", "--retire", ids.dropFirst().first ?? "2"]
    }

    static func writeMergePair(db: String, in folder: URL) throws {
        let sqlite = try #require(ProcessRunner.which("sqlite3"))
        let ids = try ProcessRunner.run(sqlite, [db, "SELECT id FROM client WHERE cams_reference IS NULL ORDER BY id LIMIT 2"]).output
        try #require(ids.split(separator: "\n").count == 2)
        try ids.write(to: folder.appendingPathComponent("merge-pair.txt"), atomically: true, encoding: .utf8)
    }

    /// The test's primary group: the database's owner is always in it.
    static var ownGroup: String { String(cString: getgrgid(getegid())!.pointee.gr_name) }

    /// The demo database, in a folder of its own (`setup shared` shares only such a folder).
    static func databasePath(in folder: URL) -> String { folder.appendingPathComponent("db/demo.sqlite").path }

    static func demoDatabase(in folder: URL) throws -> String {
        // 40: the first demo files without a CaMS reference (the merge's pair) come after the 20th.
        let db = try Caseload.demoDatabase(in: folder.appendingPathComponent("db"), clients: 40)
        #expect(db == databasePath(in: folder))
        return db
    }

    /// Demo accounts by role; nil role: no such account (`nobody`) or a deactivated one (`stremblay`).
    static let people: [(username: String, role: StaffRole?)] = [
        ("ebrooks", .frontDesk), ("arahman", .caseworker), ("dlee", .supervisor), ("mokafor", .admin), ("nobody", nil), ("stremblay", nil),
    ]

    @Test func everyCommandAsEveryRoleFollowsThePermissionTable() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Self.demoDatabase(in: folder)
        try "cams_reference,first_name,last_name,date_of_birth\n381920475,Matrix,Person,1990-05-06\n"
            .write(to: folder.appendingPathComponent("extract.csv"), atomically: true, encoding: .utf8)
        #expect(try Caseload.run(["staff", "deactivate", "stremblay", "--db", db, "--user", "mokafor"]).status == 0)
        try Self.writeMergePair(db: db, in: folder)

        var differences: [String] = []
        for person in Self.people {
            for command in Self.commands {
                let r = try Caseload.run(command.arguments(person.username, folder) + ["--db", db, "--user", person.username])
                let denied = person.role.flatMap { role in command.permissions.first { !role.allows($0) } }
                let expected = person.role != nil && denied == nil
                let refusedCleanly = r.status == 1 && r.output.isEmpty && r.errorOutput.hasPrefix("caseload: ")
                    && r.errorOutput.split(separator: "\n").count == 1
                if expected && r.status != 0 {
                    differences.append("\(person.username) \(command): refused but allowed by the table: \(r.errorOutput)")
                } else if !expected && !refusedCleanly {
                    differences.append("\(person.username) \(command): not refused (status \(r.status)): \(r.output.prefix(200))")
                } else if !expected, let role = person.role, let permission = denied, !r.errorOutput.contains(permission.refusal) {
                    differences.append("\(person.username) (\(role)) \(command): refused without the table's reason: \(r.errorOutput)")
                }
            }
        }
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// The done-when's last line: by no command does a front-desk login get a note body, an amount
    /// or another person's identity (client names come only with the day sheet, in the screens).
    @Test func frontDeskGetsNoNoteMoneyOrIdentityFromAnyCommand() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Self.demoDatabase(in: folder)
        try "cams_reference,first_name,last_name\n381920475,Matrix,Person\n"
            .write(to: folder.appendingPathComponent("extract.csv"), atomically: true, encoding: .utf8)
        let queue = try Caseload.run(["followups", "--format", "json", "--db", db, "--user", "dlee"]).output
        let items = try JSONSerialization.jsonObject(with: Data(queue.utf8)) as? [[String: Any]] ?? []
        let clientNames = Set(items.compactMap { $0["client_name"] as? String })
        #expect(!clientNames.isEmpty)
        for command in Self.commands {
            let r = try Caseload.run(command.arguments("fd", folder) + ["--db", db, "--user", "ebrooks"])
            let printed = r.output + r.errorOutput
            #expect(!printed.contains("$"), "\(command) printed an amount")
            for name in clientNames where !name.isEmpty { #expect(!printed.contains(name), "\(command) printed \(name)") }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("copy-fd.sqlite").path))
    }

    /// Restore replaces the whole file, so it is not in the matrix above: asked here directly.
    @Test func onlyAnAdministratorRestores() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        #expect(try Caseload.run(["backup", copy, "--db", db, "--user", "mokafor"]).status == 0)
        for user in ["ebrooks", "arahman", "dlee"] {
            let r = try Caseload.run(["restore", copy, "--db", db, "--user", user])
            #expect(r.status == 1 && r.errorOutput == "caseload: \(Permission.restoreDatabase.refusal)\n", "\(user): \(r.errorOutput)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains("replaced") })
        let r = try Caseload.run(["restore", copy, "--db", db, "--user", "mokafor"])
        #expect(r.status == 0, "\(r.errorOutput)")
    }
}
