import Foundation
import GRDB

/// Tells the UI that someone committed to the database since it last looked, so screens can reload.
/// Uses its own connection and `PRAGMA data_version`, which changes when any *other* connection
/// commits — other caseload processes, and this process's own pool writer too. Cheap enough to call
/// on every idle tick of the input loop. Not thread-safe: keep it on the loop that asks.
///
/// Commits that only append to the access log (another terminal opened a profile) are not changes
/// anyone needs to reload for: when `data_version` moves, the watcher also compares the newest
/// audit and access-log ids, and ignores the commit when only the access log grew. Every data
/// change writes an audit row in its own transaction, so a change is never mistaken for a view.
public final class ChangeWatcher {
    private let connection: DatabaseQueue
    private var lastVersion: Int
    private var lastMarks: Marks

    private struct Marks: Equatable { var audit: Int64; var access: Int64 }

    init(path: String, busyTimeout: TimeInterval) throws {
        var config = CaseloadDatabase.configuration(busyTimeout: busyTimeout)
        config.label = "caseload.change-watcher"
        do {
            connection = try DatabaseQueue(path: path, configuration: config)
            lastVersion = try connection.read(Self.dataVersion)
            lastMarks = try connection.read(Self.marks)
        } catch {
            throw StoreError(opening: path, error)
        }
    }

    /// True once after each batch of commits by other connections.
    public func hasChanged() throws -> Bool {
        let version: Int, marks: Marks
        do {
            version = try connection.read(Self.dataVersion)
            guard version != lastVersion else { return false }
            marks = try connection.read(Self.marks)
        } catch { throw StoreError(using: "database", error) }
        defer { lastVersion = version; lastMarks = marks }
        let onlyViewsRecorded = marks.audit == lastMarks.audit && marks.access != lastMarks.access
        return !onlyViewsRecorded
    }

    private static func marks(_ db: Database) throws -> Marks {
        let row = try Row.fetchOne(db, sql: "SELECT (SELECT ifnull(max(id), 0) FROM audit), (SELECT ifnull(max(id), 0) FROM access_log)")
        return Marks(audit: row?[0] ?? 0, access: row?[1] ?? 0)
    }

    private static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }
}

extension CaseloadDatabase {
    /// A watcher on this file with its own connection.
    public func makeChangeWatcher() throws -> ChangeWatcher {
        try ChangeWatcher(path: path, busyTimeout: 5)
    }
}
