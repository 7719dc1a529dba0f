import GRDB

/// The clients whose record lacks a fact intake requires (`IntakeGap`, kept by a CaMS import): a
/// social-assistance referral without the SA caseworker's name, or a client under 18 when the record
/// was created without the attestation. A partial index, so the follow-up queue finds the few
/// such clients without reading the others; the follow-up query repeats its condition word for word
/// (`FactQueries.intakeGapCondition`), which is how SQLite knows the index holds every row it wants.
enum IntakeGapsV10 {
    /// The date of birth is compared with the UTC day of `created_at`, one day loose (`>=`): the
    /// agency's day can be the day before, and the rules decide on the agency's day.
    static let condition = """
        ((sa_caseworker_name IS NULL OR sa_caseworker_name = '') AND referral_source IN ('OW', 'ODSP', 'RASP', 'TRF')) \
        OR (under18_attestation = 0 AND date_of_birth >= date(created_at, '-18 years'))
        """

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX client_intake_gaps ON client(id) WHERE \(condition)")
    }
}
