import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Opening a database file")
struct OpeningTests {
    @Test func migratesAnEmptyFileInANewFolder() throws {
        let folder = try TempFolder()
        let path = folder.path("new/nested/caseload.sqlite")
        let db = try CaseloadDatabase.open(path: path)

        #expect(try posixPermissions(folder.path("new/nested")) == 0o700)
        #expect(try posixPermissions(path) == 0o600)
        #expect(try db.scalar("PRAGMA journal_mode") == "wal")
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        #expect(try db.scalar("PRAGMA temp_store") == 2, "temporary tables (a queue's scope) stay in memory")
        // A reported save survives a power cut: the connection that commits syncs the WAL at each commit.
        #expect(try db.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        #expect(try db.appliedMigrations() == ["v1-schema", "v2-client-search", "v3-seed", "v4-follow-up-indexes", "v5-follow-up-covering-indexes",
                                               "v6-client-search-triggers", "v7-form-drafts", "v8-audit-login", "v9-assessment-submitted-on",
                                               "v10-intake-gaps", "v11-search-folding", "v12-access-log", "v13-cross-site-grants", "v14-case-lifecycle", "v15-outcome-evidence", "v16-employers-supports", "v18-change-feed", "v19-referral-declined", "v20-report-indexes"])

        let tables: [String] = try db.pool.read { try String.fetchAll($0, sql: """
            SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
            AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_fts%' AND name <> 'grdb_migrations' AND strict = 0
            """) }
        #expect(tables.isEmpty, "every table is STRICT")
        #expect(try db.valueList(.noteType).map(\.value) == ValueListKind.noteType.seedValues)
        #expect(try db.noteTemplate(forType: "Consent")?.contains("Consent topic") == true)
        #expect(try db.noteTemplate(forType: "Contact Attempt")?.contains("Method") == true)
        #expect(try db.sites().map(\.name) == ["Main office"])
        #expect(try db.observedSubstitutes())
        #expect(try db.integrityReport().isEmpty)
        #expect(try !db.hasStaff())
    }

    @Test func reopensAnExistingFileWithoutMigratingAgain() throws {
        let fixture = try Fixture()
        try fixture.client("Zoë", "Côté")
        try fixture.db.close()

        let again = try CaseloadDatabase.open(path: fixture.path)
        #expect(try again.clientCount() == 1)
        #expect(try again.scalar("SELECT count(*) FROM grdb_migrations") == 19)
        #expect(try again.scalar("SELECT count(*) FROM site") == 1, "seed ran once")
        #expect(try again.scalar("PRAGMA journal_mode") == "wal")
        #expect(try again.scalar("PRAGMA foreign_keys") == 1)
        #expect(try again.pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2, "FULL on every open")
    }

    @Test func refusesASchemaNewerThanThisBinaryAndChangesNothing() throws {
        let folder = try TempFolder()
        let path = folder.path("caseload.sqlite")
        let db = try CaseloadDatabase.open(path: path)
        try db.execute("INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
        try db.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try walSize(path) == 0, "close() folded the WAL into the file")

        let error = storeError { _ = try CaseloadDatabase.open(path: path) }
        #expect(error == .schemaTooNew(path: path, unknownMigrations: ["v99-from-the-future"]))
        #expect(error?.message.contains("use the newer caseload") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try walSize(path) == 0, "nothing was written to the WAL either")
        let reopened = try DatabaseQueue(path: path)
        #expect(try reopened.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
                == ["v1-schema", "v10-intake-gaps", "v11-search-folding", "v12-access-log", "v13-cross-site-grants", "v14-case-lifecycle", "v15-outcome-evidence", "v16-employers-supports", "v18-change-feed", "v19-referral-declined", "v2-client-search", "v20-report-indexes", "v3-seed", "v4-follow-up-indexes",
                    "v5-follow-up-covering-indexes", "v6-client-search-triggers", "v7-form-drafts", "v8-audit-login",
                    "v9-assessment-submitted-on", "v99-from-the-future"])
    }

    @Test func refusesAFileOfRandomBytes() throws {
        let folder = try TempFolder()
        let path = folder.path("caseload.sqlite")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let error = storeError { _ = try CaseloadDatabase.open(path: path) }
        #expect(error == .notADatabase(path: path))
        #expect(error?.message == "\(path) is not a Caseload database (file is corrupt or not SQLite): restore from a backup (caseload backup) or choose another --db")
    }

    @Test func refusesACorruptDatabaseWithAValidHeader() throws {
        let fixture = try Fixture()
        try fixture.db.close()
        // Keep the 100-byte header, scramble the rest of the schema page and the next pages.
        var data = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        for i in 100..<min(data.count, 16384) { data[i] = UInt8(truncatingIfNeeded: i &* 7919) }
        try data.write(to: URL(fileURLWithPath: fixture.path))

        let error = storeError { _ = try CaseloadDatabase.open(path: fixture.path) }
        #expect(error == .notADatabase(path: fixture.path))
    }

    @Test func refusesAnotherProgramsSQLiteFile() throws {
        let folder = try TempFolder()
        let path = folder.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE songs (title TEXT)") }
        try other.close()

        #expect(storeError { _ = try CaseloadDatabase.open(path: path) } == .foreignDatabase(path: path))
        #expect(try DatabaseQueue(path: path).read { try $0.tableExists("client") } == false)
    }

    @Test func refusesAReadOnlyFolder() throws {
        let folder = try TempFolder()
        let locked = folder.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try ReadOnly.make(locked)
        defer { ReadOnly.undo(locked) }
        #expect(ReadOnly.isReadOnly(locked), "could not make a read-only folder on this system")

        let path = locked + "/caseload.sqlite"
        let error = storeError { _ = try CaseloadDatabase.open(path: path) }
        guard case let .notWritable(reportedPath, _)? = error else {
            Issue.record("expected notWritable, got \(String(describing: error))"); return
        }
        #expect(reportedPath == locked)
        #expect(error?.message.contains("choose another --db") == true)
    }

    @Test func refusesAFolderThatCannotBeCreated() throws {
        let folder = try TempFolder()
        let file = folder.path("plain-file")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))

        let error = storeError { _ = try CaseloadDatabase.open(path: file + "/sub/caseload.sqlite") }
        guard case .folderNotCreatable? = error else {
            Issue.record("expected folderNotCreatable, got \(String(describing: error))"); return
        }
        #expect(error?.message.hasPrefix("Cannot create the folder \(file)/sub") == true)
    }

    @Test func refusesADatabaseLockedPastTheTimeout() throws {
        let folder = try TempFolder()
        let path = folder.path("caseload.sqlite")
        // Another process holding the write lock on a file that still needs migrating.
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: config)
        try holder.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "BEGIN EXCLUSIVE")
        }
        defer { try? holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }

        let started = Date()
        let error = storeError { _ = try CaseloadDatabase.open(path: path, busyTimeout: 0.3) }
        #expect(error == .locked(path: path))
        #expect(Date().timeIntervalSince(started) >= 0.25, "waited for the busy timeout first")
    }
}

func walSize(_ path: String) throws -> Int {
    guard FileManager.default.fileExists(atPath: path + "-wal") else { return 0 }
    return (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
}

/// Making a folder read-only even for root (who ignores permission bits): chmod, plus the
/// immutable attribute when running as root.
enum ReadOnly {
    static func make(_ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: path)
        if geteuid() == 0 { run("/usr/bin/chattr", "+i", path) }
    }

    static func undo(_ path: String) {
        if geteuid() == 0 { run("/usr/bin/chattr", "-i", path) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    }

    static func isReadOnly(_ path: String) -> Bool {
        let probe = path + "/probe"
        if FileManager.default.createFile(atPath: probe, contents: Data()) {
            try? FileManager.default.removeItem(atPath: probe)
            return false
        }
        return true
    }

    private static func run(_ tool: String, _ arguments: String...) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        try? process.run()
        process.waitUntilExit()
    }
}
