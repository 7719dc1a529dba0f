import GRDB

/// The triggers that write the change feed in the same transaction as each write (so no code path,
/// the sqlite3 shell included, can change a shown table without a feed entry), and the pruning.
enum ChangeFeedTriggers {
    /// The feed keeps at least this many newest entries; a session further behind reloads everything.
    static let kept: Int64 = 10_000
    /// Pruning runs once per this many entries (a range delete on the primary key), so the table
    /// stays under `kept + pruneEvery` rows.
    static let pruneEvery: Int64 = 1_000

    /// The feed table and its pruning trigger.
    static func createFeed(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE change_feed (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                client_id INTEGER,
                place TEXT
            ) STRICT;
            CREATE TRIGGER change_feed_prune AFTER INSERT ON change_feed
            WHEN NEW.seq % \(pruneEvery) = 0 BEGIN
                DELETE FROM change_feed WHERE seq <= NEW.seq - \(kept);
            END;
            """)
    }

    /// After each insert, update and delete of `table`: one entry per client the row concerns
    /// (an update that moves a row to another client, or an appointment to another day, records
    /// both; UNION keeps one when they are the same). Paused while a bulk write defers the search
    /// index (`deferringClientSearchIndex` records one entry for the whole batch instead).
    static func create(for table: ChangeFeedTable, in db: Database) throws {
        func entry(_ row: String) -> String {
            "SELECT '\(table.table)', \(table.client.replacingOccurrences(of: "ROW.", with: "\(row).")), \(table.place.replacingOccurrences(of: "ROW.", with: "\(row)."))"
        }
        let unlessBulk = "WHEN NOT EXISTS (SELECT 1 FROM client_search_deferral)"
        try db.execute(sql: """
            CREATE TRIGGER change_feed_after_insert_\(table.table) AFTER INSERT ON \(table.table) \(unlessBulk) BEGIN
                INSERT INTO change_feed (kind, client_id, place) \(entry("NEW"));
            END;
            CREATE TRIGGER change_feed_after_update_\(table.table) AFTER UPDATE ON \(table.table) \(unlessBulk) BEGIN
                INSERT INTO change_feed (kind, client_id, place) \(entry("NEW")) UNION \(entry("OLD"));
            END;
            CREATE TRIGGER change_feed_after_delete_\(table.table) AFTER DELETE ON \(table.table) \(unlessBulk) BEGIN
                INSERT INTO change_feed (kind, client_id, place) \(entry("OLD"));
            END;
            """)
    }
}
