import Foundation
import Testing

/// `--today` (hidden) runs the interface at a fixed day for scenarios, on demo databases only: on the
/// agency's records it is refused before anything opens, with the reason and what to do.
@Suite(.timeLimit(.minutes(6)))
struct FixedDayOptionTests {
    @Test func todayIsRefusedOnARealDatabase() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        let r = try Caseload.run(["--db", db, "--today", "2026-11-16"])
        #expect(r.status != 0)
        #expect(r.errorOutput.contains("--today works only on a demo database (made by `caseload demo`); real records keep real dates, so leave --today out"),
                "\(r.errorOutput)")
    }

    @Test func aDayThatIsNoDateIsRefusedOnADemoDatabaseToo() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let r = try Caseload.run(["--db", db, "--user", "arahman", "--today", "2026-02-30"])
        #expect(r.status != 0)
        #expect(r.errorOutput.contains("--today '2026-02-30' is not a date: use YYYY-MM-DD with a real day"), "\(r.errorOutput)")
    }

    @Test func todayIsNoOptionOfTheCommands() throws {
        let r = try Caseload.run(["followups", "--today", "2026-11-16"])
        #expect(r.status != 0)
        #expect(r.status == 2)
        #expect(r.errorOutput.contains("--today is for the full-screen interface only"), "\(r.errorOutput)")
    }
}
