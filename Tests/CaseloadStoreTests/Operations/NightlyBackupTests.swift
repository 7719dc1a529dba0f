import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// `caseload backup --to DIR --keep N`: dated copies, each checked before it gets its name, and
/// exactly N of them kept; partial and unchecked files are never counted (nor removed).
@Suite("Nightly backups into a folder")
struct NightlyBackupTests {
    @Test func keepsExactlyTheNewestNCheckedCopiesAndIgnoresOtherFiles() throws {
        let fixture = try Fixture()
        try fixture.client("Clara", "Tessier")
        let folder = fixture.folder.path("nightly")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        // What a killed backup leaves, and somebody else's file: neither is a backup to count.
        let partial = folder + "/caseload-2099-01-01-000000Z.sqlite.partial-4242"
        FileManager.default.createFile(atPath: partial, contents: Data("half a copy".utf8))
        FileManager.default.createFile(atPath: folder + "/notes.txt", contents: Data())

        let night = Date(timeIntervalSince1970: 1_765_000_000)   // 2025-12-06 05:46:40 UTC
        var made: [String] = []
        for n in 0..<5 {
            // Two in the same second too: they must still sort in the order they were made.
            let result = try fixture.db.backup(into: folder, keep: 3, now: night.addingTimeInterval(n < 2 ? 0 : Double(n) * 86_400), by: fixture.admin)
            made.append(result.path)
            #expect(result.kept.count == min(n + 1, 3))
        }
        #expect(URL(fileURLWithPath: made[0]).lastPathComponent == "caseload-2025-12-06-054640Z.sqlite")
        #expect(URL(fileURLWithPath: made[1]).lastPathComponent == "caseload-2025-12-06-054640Z-2.sqlite")
        let backups = try BackupFolder(folder: folder, databasePath: fixture.path).backups()
        #expect(backups == Array(made.suffix(3)))
        let everything = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(everything == Set(made.suffix(3).map { URL(fileURLWithPath: $0).lastPathComponent }
                                  + ["caseload-2099-01-01-000000Z.sqlite.partial-4242", "notes.txt"]))
        for path in backups {
            let copy = try CaseloadDatabase.open(path: path)
            #expect(try copy.integrityReport().isEmpty)
            #expect(try copy.clientCount() == 1)
            try copy.close()
        }
    }

    @Test func aCopyThatFailsItsChecksIsNeverNamedAndNothingIsRemoved() throws {
        let fixture = try Fixture()
        try fixture.client("Clara", "Tessier")
        let folder = fixture.folder.path("nightly")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let first = try fixture.db.backup(into: folder, keep: 1, now: Date(timeIntervalSince1970: 1_765_000_000), by: fixture.admin)

        // A damage `caseload check` reports: the search index held off outside an import.
        try fixture.db.execute("INSERT INTO client_search_deferral (id) VALUES (1)")
        guard case .backupFailed(_, let reason)? = storeError({
            _ = try fixture.db.backup(into: folder, keep: 1, now: Date(timeIntervalSince1970: 1_765_086_400), by: fixture.admin)
        }) else { Issue.record("a copy failing its checks was not refused"); return }
        #expect(reason.contains("failed its checks") && reason.contains("search index"), "\(reason)")
        // The older, good copy is still the one backup; no temporary file or journal is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [URL(fileURLWithPath: first.path).lastPathComponent])
    }

    @Test func theCopyJustMadeIsKeptEvenWhenTheClockWentBack() throws {
        let fixture = try Fixture()
        let folder = fixture.folder.path("nightly")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        _ = try fixture.db.backup(into: folder, keep: 1, now: Date(timeIntervalSince1970: 1_765_086_400), by: fixture.admin)
        let older = try fixture.db.backup(into: folder, keep: 1, now: Date(timeIntervalSince1970: 1_765_000_000), by: fixture.admin)
        #expect(older.kept == [older.path])
        #expect(try BackupFolder(folder: folder, databasePath: fixture.path).backups() == [older.path])
    }
}
