import CaseloadCore
import Foundation
import GRDB

/// An open Caseload database: one `DatabasePool` (WAL) on a file shared by everyone working on the
/// same host. All reads and writes go through the named functions in this module's extensions.
public final class CaseloadDatabase: Sendable {
    /// The file, as given to `open(path:)`; shown in messages.
    public let path: String
    let pool: DatabasePool
    /// For reads on two connections that must see the same commit (`readConcurrently`).
    let commitGate: CommitGate
    /// Held while open, so `restore` never replaces the file under a session (SessionLock).
    let sessionLock: SessionLock

    private init(path: String, pool: DatabasePool, sessionLock: SessionLock) {
        self.path = path
        self.pool = pool
        self.sessionLock = sessionLock
        commitGate = CommitGate(path: path)
    }

    /// Opens (creating and migrating when needed) the database at `path`.
    /// - Parameter busyTimeout: how long to wait for another process's write before giving up.
    /// - Throws: `StoreError` — folder not creatable, not writable, not a database, locked, schema too
    ///   new, being restored.
    public static func open(path: String, busyTimeout: TimeInterval = 5) throws -> CaseloadDatabase {
        try DatabaseFile.prepare(path: path)
        let sessionLock = try SessionLock.share(databasePath: path)
        let config = configuration(busyTimeout: busyTimeout)
        do {
            // Check with a plain connection first: opening a DatabasePool writes to the file (GRDB
            // makes sure the WAL exists), and a refused file must be left exactly as it was.
            let probe = try DatabaseQueue(path: path, configuration: config)
            defer { try? probe.close() }
            try probe.read { try refuseIncompatible($0, path: path) }
        } catch {
            throw StoreError(opening: path, error)
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try makeSavesDurable(pool)
            try CaseloadMigrations.migrator.migrate(pool)
        } catch {
            throw StoreError(opening: path, error)
        }
        return CaseloadDatabase(path: path, pool: pool, sessionLock: sessionLock)
    }

    static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "caseload"
        // Temporary tables (a follow-up queue's scope) in memory, not in a temporary file: set when
        // the connection opens, because SQLite refuses the change once a temporary database exists.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
        return config
    }

    /// A save Caseload reports as done survives a power cut: in WAL mode, NORMAL (GRDB's choice)
    /// may lose the last commits when the machine loses power; FULL syncs the WAL at each commit.
    /// The writer is the only connection that commits, and GRDB sets NORMAL on it when the pool
    /// opens, so FULL is set after that. caseload-bench's "save" figure shows what it costs.
    private static func makeSavesDurable(_ pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
    }

    /// How commits reach the disk. Caseload always uses `.full`; the benchmark sets `.normal` on a
    /// scratch file to show what durability costs.
    public enum Durability: String, Sendable { case full = "FULL", normal = "NORMAL" }

    public func setDurability(_ durability: Durability) throws {
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = \(durability.rawValue)") }
    }

    /// Refuses a file migrated by a newer caseload (never migrate down) or made by another program.
    static func refuseIncompatible(_ db: Database, path: String) throws {
        let migrator = CaseloadMigrations.migrator
        if try migrator.hasBeenSuperseded(db) {
            let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            throw StoreError.schemaTooNew(path: path, unknownMigrations: unknown)
        }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'table'") ?? 0
        if try tables > 0 && !db.tableExists("grdb_migrations") {
            throw StoreError.foreignDatabase(path: path)
        }
    }

    /// Closes every connection; further use throws. The WAL is folded into the main file first:
    /// GRDB closes the writer before the (read-only) readers, so SQLite's own checkpoint-on-close
    /// cannot run, and a file copied with `cp` afterwards would miss the recent changes.
    public func close() throws {
        do {
            commitGate.shut()
            _ = try pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            try pool.close()
            sessionLock.release()
        } catch {
            throw StoreError(using: path, error)
        }
    }

    /// The migrations applied to this file, in order (for `caseload integrity` and support).
    public func appliedMigrations() throws -> [String] {
        try read { try CaseloadMigrations.migrator.appliedMigrations($0) }
    }

    // MARK: Access with error translation

    /// A read on a snapshot; SQLite errors become `StoreError`. Failures and slow reads are logged
    /// under the caller's name (`operation`).
    func read<T>(_ body: (Database) throws -> T, operation: String = #function) throws -> T {
        // Inside `snapshot`: join its transaction instead of opening another (GRDB forbids nesting).
        if let snapshot = snapshotConnection { return try body(snapshot) }
        do { return try StoreLog.timed(operation, path: path) { try pool.read(body) } } catch {
            let translated = StoreError(using: path, error)
            StoreLog.failed(translated, during: operation, path: path)
            throw translated
        }
    }

    /// One write transaction: the change and its audit rows commit together or not at all.
    func write<T>(_ body: (Database) throws -> T, operation: String = #function) throws -> T {
        // A write from inside a read snapshot would wait on itself; screens write from `.write` effects.
        precondition(!isInSnapshot, "\(operation): a write inside a read snapshot")
        do { return try StoreLog.timed(operation, path: path) { try pool.write(body) } } catch {
            let translated = StoreError(using: path, error)
            StoreLog.failed(translated, during: operation, path: path)
            throw translated
        }
    }
}

extension StoreError {
    /// Translates a failure while opening into what the person should do about it.
    init(opening path: String, _ error: any Error) {
        if let store = error as? StoreError { self = store; return }
        guard let db = error as? DatabaseError else {
            self = .sqlite(code: -1, message: String(describing: error)); return
        }
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            self = .notWritable(path: path, reason: db.message ?? "\(db.resultCode)")
        default: self = StoreError(using: path, error)
        }
    }

    /// Translates a failure during normal work; StoreErrors thrown inside a transaction pass through.
    init(using path: String, _ error: any Error) {
        if let store = error as? StoreError { self = store; return }
        guard let db = error as? DatabaseError else {
            self = .sqlite(code: -1, message: String(describing: error)); return
        }
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .notADatabase(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .locked(path: path)
        case .SQLITE_READONLY: self = .notWritable(path: path, reason: db.message ?? "read-only")
        default: self = .sqlite(code: db.extendedResultCode.rawValue, message: db.message ?? "\(db.resultCode)")
        }
    }
}
