import GRDB

/// v13: a supervisor's grant of one client of another site to one staff member (caseworkers read
/// and write only their own site's clients otherwise). Frozen once released.
enum CrossSiteGrantsV13 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE client_access_grant (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                granted_by INTEGER REFERENCES staff(id) ON DELETE SET NULL,
                granted_at TEXT NOT NULL,
                UNIQUE (staff_id, client_id)
            ) STRICT;
            """)
    }
}
