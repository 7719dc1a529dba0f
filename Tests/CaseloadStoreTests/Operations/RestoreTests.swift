import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// `caseload restore FILE`: only while nobody has the database open, only a backup that passes its
/// checks, and the replaced file is kept.
@Suite("Restoring a backup")
struct RestoreTests {
    @Test func refusedWhileASessionHasTheDatabaseOpenThenDoneOnceItClosed() throws {
        let fixture = try Fixture()
        try fixture.client("Clara", "Tessier")
        let backup = fixture.folder.path("before.sqlite")
        try fixture.db.backup(to: backup, by: fixture.admin)
        try fixture.client("Marie", "Tessier")

        let session = try fixture.openAgain()   // as another person's caseload would
        #expect(storeError { _ = try CaseloadDatabase.restore(backup: backup, over: fixture.path) } == .databaseInUse(path: fixture.path))
        try fixture.db.close()
        #expect(storeError { _ = try CaseloadDatabase.restore(backup: backup, over: fixture.path) } == .databaseInUse(path: fixture.path))
        #expect(try session.clientCount() == 2)   // nothing was changed under it
        try session.close()

        let restored = try CaseloadDatabase.restore(backup: backup, over: fixture.path, now: Date(timeIntervalSince1970: 1_765_000_000))
        let kept = try #require(restored.replacedKeptAs)
        #expect(kept == fixture.path + ".replaced-2025-12-06-054640Z")
        let reopened = try CaseloadDatabase.open(path: fixture.path)
        #expect(try reopened.clientCount() == 1)
        try reopened.close()
        let replaced = try CaseloadDatabase.open(path: kept)
        #expect(try replaced.clientCount() == 2)
        try replaced.close()
        #expect(try posixPermissions(fixture.path) == 0o600)
    }

    @Test func sessionsWaitWhileARestoreHoldsTheDatabase() throws {
        let fixture = try Fixture()
        try fixture.db.close()
        let restore = try #require(try SessionLock.exclusive(databasePath: fixture.path))
        #expect(storeError { _ = try CaseloadDatabase.open(path: fixture.path) } == .restoreInProgress(path: fixture.path))
        restore.release()
        try CaseloadDatabase.open(path: fixture.path).close()
    }

    @Test func aBackupThatIsNotAHealthyCaseloadDatabaseChangesNothing() throws {
        let fixture = try Fixture()
        try fixture.client("Clara", "Tessier")
        let garbage = fixture.folder.path("garbage.sqlite")
        FileManager.default.createFile(atPath: garbage, contents: Data(repeating: 0x41, count: 8192))
        let damaged = fixture.folder.path("damaged.sqlite")
        try fixture.db.execute("INSERT INTO client_search_deferral (id) VALUES (1)")
        try fixture.db.backup(to: damaged, by: fixture.admin)
        try fixture.db.execute("DELETE FROM client_search_deferral")
        try fixture.db.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))

        for (backup, expected) in [(garbage, "is not a Caseload database"), (damaged, "failed its checks (search index"),
                                   (fixture.folder.path("missing.sqlite"), "there is no backup")] {
            guard case .restoreFailed(_, let reason)? = storeError({ _ = try CaseloadDatabase.restore(backup: backup, over: fixture.path) }) else {
                Issue.record("\(backup) was not refused"); continue
            }
            #expect(reason.contains(expected), "\(reason)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.path)) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path("data"))
        #expect(!left.contains { $0.contains("restoring") || $0.contains("replaced") }, "\(left)")
    }
}
