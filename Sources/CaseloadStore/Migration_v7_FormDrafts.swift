import GRDB

/// v7: unsaved typing kept when a session ends without a save (an SSH drop, SIGTERM), one row per
/// staff member, form and subject. Frozen once released.
enum FormDraftsV7 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE form_draft (
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                form TEXT NOT NULL CHECK (form <> ''),
                subject TEXT NOT NULL,
                fields TEXT NOT NULL CHECK (json_valid(fields)),
                saved_at TEXT NOT NULL,
                PRIMARY KEY (staff_id, form, subject)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
