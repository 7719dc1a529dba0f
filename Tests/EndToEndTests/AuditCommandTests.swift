import Foundation
import Testing

/// Issue #16 item 4: `caseload audit --client REF` on a demo database shows who changed the client
/// (an import) and who opened its profile, including a session killed right after opening it.
@Suite(.timeLimit(.minutes(6)))
struct AuditCommandTests {
    struct Line: Decodable { let source: String, action: String, staff_username: String?, login: String?, record: String, when: String, what: String }

    @Test(.needsTmux) func theHistoryShowsTheImportAndAViewFromAKilledSession() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let csv = folder.appendingPathComponent("extract.csv")
        try "cams_reference,first_name,last_name,date_of_birth\n381920475,Audrey,Trail,1990-05-06\n".write(to: csv, atomically: true, encoding: .utf8)
        let imported = try Caseload.run(["import", "cams", csv.path, "--db", db, "--user", "mokafor"])
        #expect(imported.status == 0, "\(imported.errorOutput)")

        // A supervisor opens the profile, and the terminal goes away at once (SIGHUP).
        let session = try Caseload.tui(db: db, user: "dlee")
        defer { session.kill() }
        try await session.waitFor("/ Search")
        try session.type("/381920475")
        try await session.waitFor("Trail")
        try session.sendKeys("Enter")
        try await session.waitFor("1 Summary")
        let pid = try session.programPID()
        session.kill()
        let clock = ContinuousClock(), deadline = clock.now + .seconds(10)
        while TerminalHangupTests.isRunning(pid) && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }

        let json = try Caseload.run(["audit", "--client", "381920475", "--format", "json", "--db", db, "--user", "dlee"])
        #expect(json.status == 0, "\(json.errorOutput)")
        let lines = try JSONDecoder().decode([Line].self, from: Data(json.output.utf8))
        #expect(lines.first?.action == "view-profile" && lines.first?.staff_username == "dlee", "newest first: \(json.output)")
        #expect(lines.contains { $0.source == "change" && $0.action == "insert" && $0.record.hasPrefix("client #") && $0.staff_username == "mokafor" })
        #expect(lines.allSatisfy { $0.login != nil && $0.when.count == "2026-01-15 14:00:00".count })

        // The command's own run is an export, listed the next time; CSV and table say the same.
        let csvOut = try Caseload.run(["audit", "--client", "381920475", "--format", "csv", "--db", db, "--user", "mokafor"])
        #expect(csvOut.status == 0, "\(csvOut.errorOutput)")
        let rows = csvOut.output.split(separator: "\r\n")
        #expect(rows.first == "at,when,source,staff_name,staff_username,login,action,record,detail")
        #expect(rows.dropFirst().first?.contains(",view,Daniel Lee,dlee,") == true, "\(csvOut.output)")
        #expect(rows.dropFirst().first?.contains(",export,") == true && rows.dropFirst().first?.contains("audit json; ") == true)
        let table = try Caseload.run(["audit", "--client", "381920475", "--db", db, "--user", "dlee"])
        #expect(table.status == 0 && table.output.contains("opened the profile") && table.output.contains("added client #"), "\(table.output)")

        // Other roles are refused with the table's reason; an unknown client is named.
        let caseworker = try Caseload.run(["audit", "--client", "381920475", "--db", db, "--user", "arahman"])
        #expect(caseworker.status == 1 && caseworker.output.isEmpty && caseworker.errorOutput.contains("supervisors and administrators"))
        let unknown = try Caseload.run(["audit", "--client", "999999999", "--db", db, "--user", "dlee"])
        #expect(unknown.status == 1 && unknown.errorOutput.contains("no client with the CaMS reference or number '999999999'"))
    }

    @Test(.needsSQLite3) func exportsAreRecordedWithScopeAndRowCount() throws {
        let sqlite = try #require(ProcessRunner.which("sqlite3"))   // the row is read straight from the file
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let csv = try Caseload.run(["followups", "--format", "csv", "--db", db, "--user", "dlee"])
        #expect(csv.status == 0, "\(csv.errorOutput)")
        let itemCount = csv.output.split(separator: "\r\n").count - 1
        let backup = try Caseload.run(["backup", folder.appendingPathComponent("copy.sqlite").path, "--db", db, "--user", "mokafor"])
        #expect(backup.status == 0, "\(backup.errorOutput)")
        let rows = try ProcessRunner.run(sqlite, [db, "SELECT s.username || '|' || l.kind || '|' || l.detail FROM access_log l JOIN staff s ON s.id = l.staff_id ORDER BY l.id"])
        #expect(rows.output.split(separator: "\n") == [
            "dlee|export|followups csv; scope: everyone; as of \(Self.today()); \(itemCount) row\(itemCount == 1 ? "" : "s")",
            "mokafor|export|backup to \(folder.appendingPathComponent("copy.sqlite").path)",
        ], "\(rows.output)")
    }

    private static func today() -> String {
        var calendar = Calendar(identifier: .gregorian); calendar.timeZone = TimeZone(identifier: "America/Toronto")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
