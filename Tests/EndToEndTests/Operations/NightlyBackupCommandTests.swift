import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The cron line of README "Installing": `caseload backup --to DIR --keep N`, night after night,
/// including a night whose backup was killed part-way.
@Suite(.timeLimit(.minutes(6)))
struct NightlyBackupCommandTests {
    @Test func keeps_exactly_n_checked_copies_and_never_counts_a_partial_one() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 100)
        let nightly = folder.appendingPathComponent("nightly")
        // Owner-only, as a backups folder should be (`check` on a copy reports one others can enter).
        try FileManager.default.createDirectory(at: nightly, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])

        // A night whose backup was killed (file-size limit): it leaves only its temporary file. Its
        // log starts empty, so the limit strikes the copy, not a long log file.
        let killed = try ProcessRunner.run("/usr/bin/env", ["XDG_STATE_HOME=\(folder.path)/state", "/usr/bin/prlimit", "--fsize=65536", "--core=0",
                                                           try E2EEnvironment.product(), "backup", "--db", db, "--to", nightly.path, "--keep", "2"])
        #expect(killed.status == 128 + SIGXFSZ, "not killed: \(killed.status) \(killed.errorOutput)")
        let partial = try FileManager.default.contentsOfDirectory(atPath: nightly.path)
        #expect(!partial.isEmpty && partial.allSatisfy { $0.contains(".partial-") }, "\(partial)")   // and its journal

        var made: [String] = []
        for night in 1...4 {
            let r = try Caseload.run(["backup", "--db", db, "--to", nightly.path, "--keep", "2"])
            #expect(r.status == 0, "\(r.errorOutput)")
            let name = try #require(r.output.firstMatch(of: /to (\S+\.sqlite) \(checked: healthy\)/)).1
            made.append(String(name))
            #expect(r.output.hasSuffix("\(min(night, 2)) checked backup\(night == 1 ? "" : "s") in \(nightly.path)\n"), "\(r.output)")
        }
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: nightly.path))
        #expect(names == Set(made.suffix(2).map { URL(fileURLWithPath: $0).lastPathComponent } + partial), "\(names)")
        for copy in made.suffix(2) {
            #expect(try Caseload.run(["check", "--db", copy]).output.contains("healthy (100 clients"))
        }
    }

    @Test func mistakes_in_the_options_are_usage_errors() throws {
        for (arguments, message) in [(["backup", "--keep", "3", "x.sqlite"], "--keep needs --to FOLDER"),
                                     (["backup"], "give the FILE to write, or --to FOLDER for a dated copy"),
                                     (["backup", "x.sqlite", "--to", "/tmp"], "give a FILE or --to FOLDER, not both"),
                                     (["backup", "--to", "/tmp", "--keep", "0"], "--keep must be 1 or more")] {
            let r = try Caseload.run(arguments)
            #expect(r.status == 2 && r.errorOutput.hasPrefix("caseload: \(message)"), "\(arguments): \(r.errorOutput)")
        }
    }
}
