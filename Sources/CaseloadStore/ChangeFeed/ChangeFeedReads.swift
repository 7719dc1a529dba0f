import GRDB

/// What the feed holds after a reader's position.
public enum ChangeFeedRead: Equatable, Sendable {
    /// The entries after the position, oldest first (none when nothing was written), and the new head.
    case entries([ChangeFeedEntry], head: Int64)
    /// Entries after the position were pruned (or the file went back in time, a restore): the
    /// reader cannot know what changed and reloads everything from `head`.
    case prunedPast(head: Int64)

    public var head: Int64 {
        switch self {
        case .entries(_, let head), .prunedPast(let head): return head
        }
    }

    /// As a screen takes it.
    public var change: DatabaseChange {
        switch self {
        case .entries(let entries, _): return DatabaseChange(entries)
        case .prunedPast: return .everything
        }
    }
}

enum ChangeFeed {
    /// The newest entry's sequence number (0 before the first write). The AUTOINCREMENT counter,
    /// not max(seq), so it never goes back even if every entry were pruned.
    static func head(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'change_feed'") ?? 0
    }

    /// The entries after `position` (a head read earlier), in one read.
    static func read(after position: Int64, _ db: Database) throws -> ChangeFeedRead {
        let head = try head(db)
        if head == position { return .entries([], head: head) }
        let oldest = try Int64.fetchOne(db, sql: "SELECT min(seq) FROM change_feed") ?? (head + 1)
        // Pruned past the reader (the entry right after it is gone), or a head behind the reader.
        if position > head || oldest > position + 1 { return .prunedPast(head: head) }
        let entries = try Row.fetchAll(db, sql: "SELECT seq, kind, client_id, place FROM change_feed WHERE seq > ? ORDER BY seq",
                                       arguments: [position]).map {
            ChangeFeedEntry(seq: $0[0], kind: $0[1], clientID: $0[2], place: $0[3])
        }
        return .entries(entries, head: head)
    }
}

extension CaseloadDatabase {
    /// The feed's head now: where a new reader starts.
    public func changeFeedHead() throws -> Int64 {
        try read { db in try ChangeFeed.head(db) }
    }

    /// What was committed after `position` (see `ChangeWatcher` for the cheap way to ask often).
    public func changes(after position: Int64) throws -> ChangeFeedRead {
        try read { db in try ChangeFeed.read(after: position, db) }
    }
}
