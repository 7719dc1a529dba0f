import GRDB

/// v20: indexes for the monthly report (issue #21). Counting a month's activity read every case note
/// (about 550,000 rows with their texts at 100,000 clients) to find the tenth that fall in it; a
/// covering index by time reads just those. Frozen once released.
enum ReportIndexesV20 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX case_note_by_time ON case_note(interaction_at, type, client_id)")
    }
}
