import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Holds SQLite's write lock for an instant, so that readers beginning meanwhile all see the same
/// commit. The SQLite on Debian is built without the snapshot API (`sqlite3_snapshot_open`), which
/// would pin one commit for several connections; while this gate is closed nobody can commit, which
/// pins it just as well. It never waits for the lock: when someone else is writing, it says so.
///
/// A bare SQLite connection: GRDB rightly refuses to leave a transaction open between two accesses,
/// and this one must stay open from `close` to `open`.
final class CommitGate: Sendable {
    private let path: String
    /// Opened at first use (most processes never read concurrently).
    private let connection = Mutex<Connection?>(nil)

    init(path: String) { self.path = path }

    /// Takes the write lock. False when another connection is writing, or the lock cannot be had at
    /// all (a read-only file, say). Call `open` after a true.
    func close() -> Bool {
        connection.withLock { connection in
            if connection == nil { connection = Connection(path: path) }
            return connection?.execute("BEGIN IMMEDIATE") ?? false
        }
    }

    /// Lets writers in again. The gate wrote nothing: there is nothing to commit.
    func open() {
        connection.withLock { _ = $0?.execute("ROLLBACK") }
    }

    func shut() {
        connection.withLock { $0 = nil }
    }

    /// The connection, closed when dropped.
    private final class Connection: @unchecked Sendable {
        // @unchecked: only used under the gate's mutex.
        let handle: OpaquePointer

        init?(path: String) {
            var handle: OpaquePointer?
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle else {
                sqlite3_close_v2(handle)
                return nil
            }
            // No busy timeout (SQLite's default): a gate that has to wait is not worth having.
            self.handle = handle
        }

        deinit { sqlite3_close_v2(handle) }

        func execute(_ sql: String) -> Bool { sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK }
    }
}

extension CaseloadDatabase {
    /// The thread of `readConcurrently`'s second reader. A queue of its own, so it never waits for
    /// a free thread of the shared pool (which on two cores may be busy with the follow-up rules).
    private static let secondReader = DispatchQueue(label: "caseload.second-reader", qos: .userInitiated)

    /// Runs `first` (on this thread) and `second` (on another) at once, each on its own reading
    /// connection, both seeing the same commit; returns when both are done. False, having run
    /// neither, when that commit cannot be pinned right now (`CommitGate`): the caller reads on one
    /// connection instead. Both bodies run to their end even if one throws; the first error is rethrown.
    func readConcurrently(_ first: (Database) throws -> Void,
                          _ second: @escaping @Sendable (Database) throws -> Void,
                          operation: String = #function) throws -> Bool {
        // Inside a screen's snapshot the reads join its one transaction instead (see `snapshot`).
        guard !isInSnapshot, commitGate.close() else { return false }
        let start = ContinuousClock.now
        defer { StoreLog.logIfSlow(operation, since: start, path: path) }
        let secondBegan = DispatchSemaphore(value: 0), secondDone = DispatchGroup()
        // On the way out, whatever happened: the gate opens, then the second reader is waited for.
        defer { secondDone.wait() }
        var gateIsClosed = true
        defer { if gateIsClosed { commitGate.open() } }

        let secondError = Mutex<(any Error)?>(nil)
        let pool = self.pool
        Self.secondReader.async(group: secondDone) {
            var began = false
            do {
                try pool.read { db in
                    try Self.beginView(db)
                    began = true
                    secondBegan.signal()
                    try second(db)
                }
            } catch {
                secondError.withLock { $0 = error }
            }
            if !began { secondBegan.signal() }
        }

        do {
            try pool.read { db in
                try Self.beginView(db)
                secondBegan.wait()
                commitGate.open()
                gateIsClosed = false
                try first(db)
            }
        } catch {
            throw StoreError(using: path, error)
        }
        secondDone.wait()
        if let error = secondError.withLock({ $0 }) { throw StoreError(using: path, error) }
        return true
    }

    /// A read transaction takes its view of the file at its first read, which must come while the
    /// gate is closed. GRDB's own check of the schema at the start of a read may already be that
    /// read; this one does not rely on it.
    private static func beginView(_ db: Database) throws {
        try db.execute(sql: "SELECT 1 FROM sqlite_schema LIMIT 1")
    }
}
