import Foundation
import Testing

/// Issue #16 item 1: who acts is the login running the process. `--user` may name someone else only
/// on a database made by `caseload demo` (the title bar then says DEMO); every audit row names the
/// login as well as the staff member.
@Suite(.timeLimit(.minutes(6)))
struct IdentityTests {
    static let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)

    @Test func userIsRefusedOnARealDatabaseWithOneLine() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        #expect(try Caseload.run(["staff", "add", "mokafor", "--name", "Margaret Okafor", "--role", "admin", "--db", db]).status == 0)

        let asOther = try Caseload.run(["staff", "add", "boss", "--name", "Boss", "--role", "admin", "--db", db, "--user", "mokafor"])
        #expect(asOther.status == 1)
        #expect(asOther.errorOutput == "caseload: --user works only on a demo database (made by `caseload demo`); here you act as "
                + "your login, \(Self.login), so leave --user out\n")
        #expect(try !Caseload.run(["staff", "list", "--db", db]).output.contains("boss"), "nothing was added")
        // Naming yourself is no impersonation.
        #expect(try Caseload.run(["lists", "show", "communication", "--db", db, "--user", Self.login]).status == 0)
    }

    @Test func onADemoDatabaseUserActsAndTheAuditNamesTheRealLogin() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let added = try Caseload.run(["staff", "add", "boss", "--name", "Boss", "--role", "caseworker", "--db", db, "--user", "mokafor"])
        #expect(added.status == 0, "\(added.errorOutput)")
        let row = try ProcessRunner.run("/usr/bin/sqlite3", [db, """
            SELECT staff.username || ' ' || audit.login FROM audit JOIN staff ON staff.id = audit.staff_id
            WHERE audit.record_type = 'staff' ORDER BY audit.id DESC LIMIT 1
            """])
        #expect(row.output == "mokafor \(Self.login)\n", "\(row.errorOutput)")
    }

    @Test(.needsTmux) func theTitleBarSaysDemoOnlyOnADemoDatabase() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try Caseload.tui(db: try Caseload.demoDatabase(in: folder, clients: 20), user: "arahman")
        defer { demo.kill() }
        try await demo.waitFor("Aisha Rahman (Caseworker)")
        #expect(try demo.capture().split(separator: "\n").first?.hasPrefix(" DEMO │ ") == true)

        let real = try TmuxSession([try E2EEnvironment.product(), "--db", try Caseload.newDatabase(in: folder)])
        defer { real.kill() }
        try await real.waitFor("(Administrator)")
        #expect(try !real.capture().contains("DEMO"))
    }
}
