import GRDB

/// v8: every audit row names the operating-system login that ran the process as well as the staff
/// member, so a row written with `--user` on a demo database still says who really acted.
/// Older rows keep NULL: who ran them was not recorded. Frozen once released.
enum AuditLoginV8 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE audit ADD COLUMN login TEXT CHECK (login IS NULL OR trim(login) <> '')")
    }
}
