import Foundation
import Testing

/// Output that cannot be written (a full disk; here /dev/full, which refuses every write with
/// "No space left on device") ends with status 1 and one line saying so, never 0 and a cut-off file.
@Suite(.timeLimit(.minutes(6)))
struct OutputFailureTests {
    /// `caseload ARGS > /dev/full`.
    private func runIntoFullDisk(_ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run("/bin/sh", ["-c", "exec \"$@\" > /dev/full", "sh", try E2EEnvironment.product()] + arguments,
                              timeout: .seconds(60))
    }

    @Test func every_kind_of_output_checks_its_writes() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 40)
        for arguments in [["staff", "list", "--db", db],
                          ["followups", "--format", "csv", "--db", db],   // large: written while running
                          ["followups", "--format", "json", "--db", db],
                          ["check", "--db", db],                          // small: only written at exit
                          ["lists", "--db", db]] {
            let r = try runIntoFullDisk(arguments)
            #expect(r.status == 1, "\(arguments) exited \(r.status)")
            // The reason is named when the last write failed; output larger than the buffer failed earlier, during `print`.
            #expect(r.errorOutput.hasPrefix("caseload: could not write all of the output")
                    && r.errorOutput.hasSuffix(": it is incomplete; free some disk space or write it elsewhere, then run the command again\n")
                    && r.errorOutput.split(separator: "\n").count == 1, "\(arguments): \(r.errorOutput)")
            #expect(r.output.isEmpty)
        }
    }

    @Test func help_into_a_full_disk_fails_too() throws {
        let r = try runIntoFullDisk(["staff", "--help"])
        #expect(r.status == 1, "\(r.status)")
        #expect(r.errorOutput == "caseload: could not write all of the output (No space left on device): it is incomplete; "
                + "free some disk space or write it elsewhere, then run the command again\n", "\(r.errorOutput)")
    }

    /// A real full disk: `followups --format csv > /full/x.csv`.
    @Test(.enabled(if: SmallDisk.isAvailable, "needs root to mount a small tmpfs"))
    func a_report_written_to_a_full_disk_fails() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 200)
        let full = try Caseload.run(["followups", "--format", "csv", "--db", db])
        let disk = try SmallDisk(kilobytes: 8)
        defer { disk.unmount() }
        #expect(full.output.utf8.count > 16_384, "the report is too small to fill the disk: \(full.output.utf8.count) bytes")
        let r = try ProcessRunner.run("/bin/sh", ["-c", "exec \"$@\" > \(disk.path)/x.csv", "sh", try E2EEnvironment.product(),
                                                  "followups", "--format", "csv", "--db", db])
        #expect(r.status == 1)
        #expect(r.errorOutput.hasPrefix("caseload: could not write all of the output") && r.errorOutput.contains("it is incomplete"),
                "\(r.errorOutput)")
    }
}
