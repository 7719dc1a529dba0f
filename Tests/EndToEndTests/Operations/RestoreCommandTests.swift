import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `caseload restore FILE` is refused while someone has the database open in caseload, and works
/// once they have quit — or once their session crashed, which must never block it.
@Suite(.timeLimit(.minutes(6)))
struct RestoreCommandTests {
    @Test(.needsTmux) func refused_while_a_session_is_open_and_not_blocked_by_a_crashed_one() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let backup = folder.appendingPathComponent("monday.sqlite").path
        #expect(try Caseload.run(["backup", "--db", db, backup]).status == 0)
        #expect(try Caseload.run(["staff", "add", "later", "--name", "Added Later", "--role", "caseworker", "--db", db, "--user", "mokafor"]).status == 0)

        let session = try Caseload.tui(db: db, user: "dlee")
        defer { session.kill() }
        try await session.waitFor("/ Search")
        let refused = try Caseload.run(["restore", "--db", db, backup])
        #expect(refused.status == 1)
        #expect(refused.errorOutput == "caseload: \(db) is open in a caseload session or command; nothing was changed: "
                + "ask everyone to quit caseload, then run the restore again\n", "\(refused.errorOutput)")
        #expect(try Caseload.run(["staff", "list", "--db", db]).output.contains("later"))

        // The session dies without closing anything: its lock goes with it.
        let pid = try session.programPID()
        kill(pid, SIGKILL)
        let clock = ContinuousClock(), deadline = clock.now + .seconds(5)
        while kill(pid, 0) == 0 && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }

        let restored = try Caseload.run(["restore", "--db", db, backup])
        #expect(restored.status == 0, "\(restored.errorOutput)")
        let kept = try #require(restored.output.firstMatch(of: /kept as (\S+): remove it/)).1
        #expect(!(try Caseload.run(["staff", "list", "--db", db]).output.contains("later")))
        #expect(try Caseload.run(["staff", "list", "--db", String(kept)]).output.contains("later"))
        #expect(try Caseload.run(["check", "--db", db]).output.contains("healthy (20 clients"))
    }
}
