import Foundation
import GRDB

/// Tells the UI that someone committed to the database since it last looked, so screens can reload.
/// Uses its own connection and `PRAGMA data_version`, which changes when any *other* connection
/// commits — other caseload processes, and this process's own pool writer too. Cheap enough to call
/// on every idle tick of the input loop. Not thread-safe: keep it on the loop that asks.
public final class ChangeWatcher {
    private let connection: DatabaseQueue
    private var lastVersion: Int

    init(path: String, busyTimeout: TimeInterval) throws {
        var config = CaseloadDatabase.configuration(busyTimeout: busyTimeout)
        config.label = "caseload.change-watcher"
        do {
            connection = try DatabaseQueue(path: path, configuration: config)
            lastVersion = try connection.read(Self.dataVersion)
        } catch {
            throw StoreError(opening: path, error)
        }
    }

    /// True once after each batch of commits by other connections.
    public func hasChanged() throws -> Bool {
        let version: Int
        do { version = try connection.read(Self.dataVersion) } catch { throw StoreError(using: "database", error) }
        defer { lastVersion = version }
        return version != lastVersion
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
