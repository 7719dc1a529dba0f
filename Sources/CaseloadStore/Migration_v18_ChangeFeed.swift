import GRDB

/// v18: the change feed (issue #23). Frozen once released.
enum ChangeFeedV18 {
    static func migrate(_ db: Database) throws {
        try ChangeFeedTriggers.createFeed(in: db)
        for table in ChangeFeedTable.v18 { try ChangeFeedTriggers.create(for: table, in: db) }
    }
}
