import Foundation
import Testing

/// `caseload backup` when things go wrong: no folder, a full disk, a kill part-way. The file named
/// on the command line is either a complete copy or absent, and nothing else is left behind except,
/// after a kill, the temporary `FILE.partial-PID`. A full disk is a small tmpfs; a write error and
/// a kill are made with a file-size limit (prlimit --fsize): past it writes fail with EFBIG, and
/// the process gets SIGXFSZ, which kills it unless ignored.
@Suite(.timeLimit(.minutes(6)))
struct BackupFailureTests {
    @Test func a_missing_folder_is_refused_and_never_created() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder)
        let target = folder.appendingPathComponent("no/such/copy.sqlite").path
        let r = try Caseload.run(["backup", "--db", db, target])
        #expect(r.status == 1)
        #expect(r.errorOutput == "caseload: Backup to \(target) failed, nothing was written there: there is no folder "
                + "\(folder.path)/no/such; create it first or choose another file\n", "\(r.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("no").path))
    }

    @Test(.enabled(if: SmallDisk.isAvailable, "needs root to mount a small tmpfs"))
    func a_full_disk_says_so_and_leaves_nothing_behind() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 100)
        let disk = try SmallDisk(kilobytes: 128)   // the copy needs about 500 KB
        defer { disk.unmount() }
        let target = disk.path + "/copy.sqlite"
        let r = try Caseload.run(["backup", "--db", db, target])
        #expect(r.status == 1, "\(r.errorOutput)")
        #expect(r.errorOutput == "caseload: Backup to \(target) failed, nothing was written there: "
                + "the disk is full; free some space or back up to another disk\n", "\(r.errorOutput)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)   // no copy, no journal
    }

    /// Past a file-size limit a write fails with EFBIG, which SQLite reports as an I/O error.
    @Test func a_write_error_is_named_and_leaves_nothing_behind() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 100)
        let target = folder.appendingPathComponent("copy.sqlite").path
        let r = try ProcessRunner.run("/bin/sh", ["-c", "trap '' XFSZ; exec prlimit --fsize=65536 --core=0 \"$@\"", "sh",
                                                  try E2EEnvironment.product(), "backup", "--db", db, target])
        #expect(r.status == 1, "\(r.errorOutput)")
        #expect(r.errorOutput == "caseload: Backup to \(target) failed, nothing was written there: "
                + "the disk could not be written (input/output error); check the disk or back up to another one\n", "\(r.errorOutput)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("copy") }
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test func a_killed_backup_never_leaves_a_partial_copy_under_the_real_name() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 100)
        let target = folder.appendingPathComponent("copy.sqlite").path
        // A fresh log folder: the limit must strike the copy, not the start line of a long log file.
        let killed = try ProcessRunner.run("/usr/bin/env", ["XDG_STATE_HOME=\(folder.path)/state", "/usr/bin/prlimit", "--fsize=65536",
                                                           "--core=0", try E2EEnvironment.product(), "backup", "--db", db, target])
        #expect(killed.status == 128 + SIGXFSZ, "not killed: \(killed.status) \(killed.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasPrefix("copy.sqlite.partial-") },
                "the kill did not strike the copy")
        // The next backup to the same name goes through and is complete.
        #expect(try Caseload.run(["backup", "--db", db, target]).status == 0)
        #expect(try Caseload.run(["check", "--db", target]).output.contains("healthy (100 clients"))
    }
}
