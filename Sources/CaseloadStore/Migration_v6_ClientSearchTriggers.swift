import GRDB

/// v6: a bulk write may fill the client search index once at the end instead of row by row.
/// Frozen once released.
///
/// FTS5 writes its pending terms to disk at every statement that touches it, so the insert trigger
/// costs a small segment and a merge per client: most of a 100,000-row import's time. While a row
/// sits in `client_search_deferral` the insert trigger does nothing; the bulk writer puts the row
/// there and takes it out again inside its own transaction, after indexing its new clients in one
/// statement (`Database.deferringClientSearchIndex`). No other connection ever sees the row, so
/// every committed client stays searchable, and edits made in the sqlite3 shell keep the index too.
/// Updates and deletes keep their triggers unchanged.
enum ClientSearchTriggersV6 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE client_search_deferral (
                id INTEGER PRIMARY KEY CHECK (id = 1)
            ) STRICT;

            DROP TRIGGER client_fts_after_insert;
            CREATE TRIGGER client_fts_after_insert AFTER INSERT ON client
            WHEN NOT EXISTS (SELECT 1 FROM client_search_deferral) BEGIN
                \(ClientSearchV2.insertRow(from: "new"));
            END;
            """)
    }
}
