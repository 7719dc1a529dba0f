import Foundation
import GRDB
import Testing
@testable import CaseloadStore
#if canImport(Glibc)
import Glibc
#endif

/// Opening a database that this process already has open must not take the first connection's
/// POSIX locks away (`OpenDatabaseFiles`): without its read lock, another process closing its last
/// connection checkpoints and removes the WAL under it, and its later commits are lost.
@Suite struct OpenTwiceLockTests {
    /// This process's POSIX locks on the file at `path`, from Linux's /proc/locks; nil elsewhere.
    static func locks(on path: String) -> [String]? {
        guard let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return [] }
        let pid = getpid()
        // "6: POSIX  ADVISORY  READ 30395 fe:00:16237245 1073741826 1073742335" (blocked waiters have "->")
        return text.split(separator: "\n").filter { line in
            let field = line.split(separator: " ")
            guard field.count >= 6, field[1] == "POSIX", Int32(field[4]) == pid else { return false }
            return field[5].split(separator: ":").last.flatMap { UInt64($0) } == UInt64(info.st_ino)
        }.map(String.init)
    }

    @Test func openingTheFileAgainKeepsTheFirstConnectionsLocks() throws {
        let f = try Fixture()
        _ = try f.db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM client") }
        guard let before = Self.locks(on: f.path) else { return }   // not Linux: nothing to read
        #expect(!before.isEmpty, "an open WAL connection holds a read lock on the database file")

        let again = try f.openAgain()
        #expect(Self.locks(on: f.path)?.isEmpty == false, "the second open checked the file without closing a descriptor of it")
        _ = try SchemaVersion.of(fileAt: f.path)
        #expect(Self.locks(on: f.path)?.isEmpty == false, "so did the schema check")
        try again.close()
        #expect(Self.locks(on: f.path)?.isEmpty == false, "and closing the second open left the first one's locks")
        #expect(try f.db.scalar("SELECT count(*) FROM staff") == 4)
    }

    @Test func aClosedFileIsCheckedAgain() throws {
        let folder = try TempFolder()
        let path = folder.path("caseload.sqlite")
        let db = try CaseloadDatabase.open(path: path)
        #expect(OpenDatabaseFiles.isOpen(path))
        try db.close()
        #expect(!OpenDatabaseFiles.isOpen(path), "the header is read again once nobody here has the file open")
        try Data("not a database, just text that is long enough".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try CaseloadDatabase.open(path: path) }
    }
}
