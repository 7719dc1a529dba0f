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
        let result: T
        do {
            result = try body()
        } catch {
            try? execute(sql: "DELETE FROM client_search_deferral")
            throw error
        }
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
}
