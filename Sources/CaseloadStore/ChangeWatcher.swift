import Foundation
import GRDB

/// Tells the UI what someone committed since it last looked, so screens refresh only what the
/// change concerns. Uses its own connection and `PRAGMA data_version`, which changes when any
/// *other* connection commits — other caseload processes, and this process's own pool writer too.
/// Idle costs that one pragma per tick: the change feed (`change_feed`) is read only when the
/// version moved, and then only the entries after the last one seen. Not thread-safe: keep it on
/// the loop that asks.
///
/// Commits that only append to the access log (another terminal opened a profile) write no feed
/// entry, so they are no change.
public final class ChangeWatcher {
    private let connection: DatabaseQueue
    private var lastVersion: Int
    /// The feed's sequence number up to which changes were reported.
    public private(set) var position: Int64

    init(path: String, busyTimeout: TimeInterval) throws {
        var config = CaseloadDatabase.configuration(busyTimeout: busyTimeout)
        config.label = "caseload.change-watcher"
        do {
            connection = try DatabaseQueue(path: path, configuration: config)
            (lastVersion, position) = try connection.read { db in (try Self.dataVersion(db), try ChangeFeed.head(db)) }
        } catch {
            throw StoreError(opening: path, error)
        }
    }

    /// What changed since the last call; nil when nothing did (or only views were recorded).
    /// `.everything` when the feed was pruned past this watcher.
    public func changes() throws -> DatabaseChange? {
        let read: ChangeFeedRead
        do {
            // Outside a transaction: the pragma alone, no BEGIN/COMMIT around it (ten times a second).
            let version = try connection.inDatabase(Self.dataVersion)
            guard version != lastVersion else { return nil }
            // The version and the entries from one read: a commit after it moves the version again.
            (lastVersion, read) = try connection.read { db in (try Self.dataVersion(db), try ChangeFeed.read(after: position, db)) }
        } catch { throw StoreError(using: "database", error) }
        position = read.head
        let change = read.change
        return change.isEmpty ? nil : change
    }

    /// True once after each batch of commits that changed something.
    public func hasChanged() throws -> Bool { try changes() != nil }

    /// A cached statement: asked ten times a second, so not prepared each time.
    private static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
    }
}

extension CaseloadDatabase {
    /// A watcher on this file with its own connection.
    public func makeChangeWatcher() throws -> ChangeWatcher {
        try ChangeWatcher(path: path, busyTimeout: 5)
    }
}
