import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #16 item 3, the command itself with the test's own group (any login is in its own primary
/// group, so this runs without root); two real logins on one file are SharedHostTests.
@Suite(.timeLimit(.minutes(6)))
struct SetupSharedCommandTests {
    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o7777
    }

    @Test func setupSharedCreatesTheGroupsDatabaseAndCheckNamesWhatOthersCouldRead() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("agency/agency.sqlite").path
        let made = try Caseload.run(["setup", "shared", "--group", RoleMatrixTests.ownGroup, db])
        #expect(made.status == 0, "\(made.errorOutput)")
        #expect(made.output.hasPrefix("Created \(db) with group \(RoleMatrixTests.ownGroup)"), "\(made.output)")
        #expect(Self.mode(folder.appendingPathComponent("agency").path) == 0o2770)
        #expect(Self.mode(db) == 0o660)
        #expect(Self.mode(db + "-sessions") == 0o640)
        // Whoever ran it is its first administrator, and the database is healthy, modes included.
        #expect(try Caseload.run(["staff", "list", "--db", db]).output.contains("admin"))
        let healthy = try Caseload.run(["check", "--db", db])
        #expect(healthy.status == 0 && healthy.output.contains("healthy (0 clients"), "\(healthy.output)")
        // Every later run makes its files the group's: the log beside it, and a backup copy.
        let copies = folder.appendingPathComponent("copies").path
        try FileManager.default.createDirectory(atPath: copies, withIntermediateDirectories: false)
        let backup = try Caseload.run(["backup", "--to", copies, "--db", db])
        let copy = try #require(backup.output.firstMatch(of: /to (\S+\.sqlite) \(checked/)).1
        #expect(Self.mode(String(copy)) == 0o640)
        #expect(Self.mode(folder.appendingPathComponent("agency/caseload.log").path) == 0o660)

        chmod(db, 0o664)
        let unsafe = try Caseload.run(["check", "--db", db])
        #expect(unsafe.status == 1)
        // (SQLite gives the -wal and -shm the database's mode, so they are named too.)
        #expect(unsafe.output.hasPrefix("\(db): ") && unsafe.output.contains(" problems found\n"), "\(unsafe.output)")
        #expect(unsafe.output.contains("\n  - file modes: everyone can read \(db) (mode 0664); "
                                       + "run `caseload setup shared --group \(RoleMatrixTests.ownGroup) \(db)`"), "\(unsafe.output)")
        // Running it again puts that right, on the existing database.
        let again = try Caseload.run(["setup", "shared", "--group", RoleMatrixTests.ownGroup, db])
        #expect(again.status == 0 && again.output.hasPrefix("Shared \(db)"), "\(again.errorOutput)")
        #expect(Self.mode(db) == 0o660)
        #expect(try Caseload.run(["check", "--db", db]).status == 0)
    }

    /// Whatever a running caseload makes is never others': umask 007 beside a shared database, 077
    /// elsewhere, whatever umask it was started with (read from the running program's /proc status).
    @Test(.needsTmux) func theProgramsUmaskKeepsWhatItMakesFromOthers() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let privateDB = try Caseload.newDatabase(in: folder)
        let sharedDB = folder.appendingPathComponent("agency/agency.sqlite").path
        #expect(try Caseload.run(["setup", "shared", "--group", RoleMatrixTests.ownGroup, sharedDB]).status == 0)
        for (db, expected) in [(privateDB, "0077"), (sharedDB, "0007")] {
            let session = try TmuxSession(["/bin/sh", "-c", "umask 000; exec \"$0\" --db \"$1\"", try E2EEnvironment.product(), db])
            defer { session.kill() }
            try await session.waitFor("(Administrator)")
            let status = try String(contentsOfFile: "/proc/\(try session.programPID())/status", encoding: .utf8)
            #expect(status.contains("Umask:\t\(expected)\n"), "\(db): \(status.split(separator: "\n").filter { $0.hasPrefix("Umask") })")
        }
    }

    @Test func aMissingGroupOrAFolderWithOtherFilesIsRefusedAndNothingChanges() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("agency/agency.sqlite").path
        let noGroup = try Caseload.run(["setup", "shared", "--group", "clt-no-such-group", db])
        #expect(noGroup.status == 1 && noGroup.errorOutput.hasPrefix("caseload: there is no group 'clt-no-such-group' on this host; nothing changed"),
                "\(noGroup.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agency").path))

        // The test's own folder holds other things: sharing it would give them away.
        try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let crowded = try Caseload.run(["setup", "shared", "--group", RoleMatrixTests.ownGroup, folder.appendingPathComponent("agency.sqlite").path])
        #expect(crowded.status == 1 && crowded.errorOutput.contains("holds other files (notes.txt)"), "\(crowded.errorOutput)")
        #expect(Self.mode(folder.path) == 0o700)

        let twice = try Caseload.run(["setup", "shared", "--group", RoleMatrixTests.ownGroup, db, "--db", db + "x"])
        #expect(twice.status == 2 && twice.errorOutput.contains("give the database once"), "\(twice.errorOutput)")
    }
}
