import Foundation
import Testing

/// `caseload demo` killed part-way must not leave some of its clients: the next `demo` would refuse
/// the file ("already holds N clients") and `check` would call the half-made demo healthy. Killed
/// here by a file-size limit (SIGXFSZ) of 11 MB, while 5,000 clients make about 19 MB: committing
/// in batches of 2,000, the old writer had 4,000 clients in the file by then.
@Suite(.timeLimit(.minutes(6)))
struct DemoInterruptionTests {
    @Test func a_killed_demo_leaves_no_clients_and_can_simply_be_run_again() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("demo.sqlite").path
        let demo = ["demo", "--db", db, "--clients", "5000", "--seed", "7"]
        let killed = try ProcessRunner.run("/usr/bin/prlimit", ["--fsize=11000000", "--core=0", try E2EEnvironment.product()] + demo,
                                           timeout: .seconds(120))
        #expect(killed.status == 128 + SIGXFSZ, "not killed: \(killed.status) \(killed.output)")

        #expect(try Caseload.run(["check", "--db", db]).output.contains("healthy (0 clients"))
        let again = try Caseload.run(demo, timeout: .seconds(120))
        #expect(again.status == 0, "\(again.errorOutput)")
        #expect(try Caseload.run(["check", "--db", db]).output.contains("healthy (5000 clients"))
    }
}
