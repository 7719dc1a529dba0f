import GRDB

/// v12: the access log, apart from the audit trail: who opened a profile, read a note or exported
/// data, and when. Ids and counts only, never note text or names. Append-only like `audit`.
/// Frozen once released.
enum AccessLogV12 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE access_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                staff_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                login TEXT CHECK (login IS NULL OR trim(login) <> ''),
                kind TEXT NOT NULL CHECK (kind IN ('view-profile', 'read-note', 'export')),
                client_id INTEGER,
                note_id INTEGER,
                detail TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE INDEX access_log_by_client ON access_log(client_id, id);
            CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
                SELECT RAISE(ABORT, 'the access log is append-only');
            END;
            CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
                SELECT RAISE(ABORT, 'the access log is append-only');
            END;
            """)
    }
}
