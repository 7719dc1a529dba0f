import GRDB

extension Database {
    /// Runs `body`, which inserts many clients, with the search index's insert trigger held off
    /// (see Migration_v6_ClientSearchTriggers), then indexes in one statement every client inserted
    /// meanwhile that `body` did not index itself (with `ClientSearchRow`): several times faster than
    /// the trigger row by row. Only inside a write transaction, which commits the clients and their
    /// index entries together or neither.
    /// - Parameter indexing: called once, just before the index is filled (for a progress bar).
    func deferringClientSearchIndex<T>(indexing: () -> Void = {}, _ body: () throws -> T) throws -> T {
        precondition(isInsideTransaction, "the search index may only be deferred inside a transaction")
        let lastID = try Int64.fetchOne(self, sql: "SELECT ifnull(max(id), 0) FROM client") ?? 0
        try execute(sql: "INSERT INTO client_search_deferral (id) VALUES (1)")
        let lifted = try liftPausedInsertTriggers()
        let result: T
        do {
            result = try body()
        } catch {
            try? restore(lifted)
            try? execute(sql: "DELETE FROM client_search_deferral")
            throw error
        }
        try restore(lifted)
        indexing()
        // New clients get ids above every existing one (rowid is max + 1), so the range is exactly them.
        try execute(sql: ClientSearchV11.insertRows(where: "id > ? AND id NOT IN (SELECT rowid FROM client_fts WHERE rowid > ?)"),
                    arguments: [lastID, lastID])
        try execute(sql: "DELETE FROM client_search_deferral")
        // The change feed was paused too (`ChangeFeedTriggers`): one entry for the whole batch,
        // which every open screen takes as "reload everything".
        try execute(sql: "INSERT INTO change_feed (kind, client_id) VALUES ('client', NULL)")
        return result
    }

    /// The insert triggers the deferral pauses, dropped for the bulk write (`restore` puts them back
    /// word for word, in the same transaction, so no other connection ever sees them gone). A paused
    /// trigger still runs per row: SQLite evaluates its WHEN inside the trigger's own sub-program,
    /// which at 100,000 clients and their records was a quarter of the import's time.
    private func liftPausedInsertTriggers() throws -> [(name: String, sql: String)] {
        let paused = try Row.fetchAll(self, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
              AND sql LIKE '%AFTER INSERT ON%' AND sql LIKE '%NOT EXISTS (SELECT 1 FROM client_search_deferral)%' ORDER BY name
            """).map { (name: $0[0] as String, sql: $0[1] as String) }
        for trigger in paused { try execute(sql: "DROP TRIGGER \(trigger.name.quotedDatabaseIdentifier)") }
        return paused
    }

    private func restore(_ triggers: [(name: String, sql: String)]) throws {
        for trigger in triggers { try execute(sql: trigger.sql) }
    }
}
