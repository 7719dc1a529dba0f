import Foundation
import GRDB

/// One moment of the database for a whole screen load: every store read made inside
/// `snapshot { … }` on this thread joins one read transaction, so a screen never shows two
/// commits side by side (a note counted on one tab and missing on the next).
extension CaseloadDatabase {
    public func snapshot<T>(_ body: () throws -> T, operation: String = #function) throws -> T {
        if isInSnapshot { return try body() }   // already inside one
        return try read({ db in
            try SnapshotConnection.$current.withValue(SnapshotConnection(db, of: self)) { try body() }
        }, operation: operation)
    }

    /// True while the calling thread reads inside `snapshot` (tests and writes check it).
    public var isInSnapshot: Bool { snapshotConnection != nil }

    /// The snapshot's connection when the calling thread reads inside one of this database's.
    var snapshotConnection: Database? {
        guard let current = SnapshotConnection.current, current.owner == ObjectIdentifier(self) else { return nil }
        return current.db
    }
}

/// The connection of the snapshot the current thread is reading in, if any. A class box because
/// `Database` is not Sendable; it never leaves the thread that opened it (task-local values are
/// not inherited by the dispatch threads that concurrent reads use, which read on their own).
final class SnapshotConnection: @unchecked Sendable {
    @TaskLocal static var current: SnapshotConnection?
    let db: Database
    /// The `CaseloadDatabase` whose snapshot this is: another open of the file (a second connection,
    /// as another process would have) reads and writes on its own.
    let owner: ObjectIdentifier
    init(_ db: Database, of database: CaseloadDatabase) { self.db = db; owner = ObjectIdentifier(database) }
}
