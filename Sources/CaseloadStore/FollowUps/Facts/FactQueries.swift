/// The SQL of the follow-up facts, one query per kind of fact. Each reads one covering index
/// (migration v5) and returns stored values as they are: dates and instants are parsed from their
/// bytes by `StoredTime`, which costs less than asking SQLite to compute them.
///
/// Placeholders (`FactScopeFilter`): `/*scope*/` is the scope's filter on `client c`. The other facts
/// of a scoped load are read for the clients of `temp.follow_up_scope` (`/*scoped*/` and
/// `/*scope x*/`), which holds the ids the client query returned: the scope is worked out once, not
/// once per query. The whole queue needs no filter at all, and rows about clients the client query
/// did not return are ignored by the engine anyway (`FactRows.swift`).
enum FactQueries {
    static let clients = """
        SELECT c.id, c.last_name, c.first_name, c.preferred_name, c.cams_reference, c.caseworker_id, c.site_id,
               c.referral_source, c.referral_received_on, c.status, c.sa_caseworker_name
        FROM client c /*index*/
        WHERE (c.status <> 'Closed' OR EXISTS (SELECT 1 FROM manual_follow_up m WHERE m.client_id = c.id AND m.completed_on IS NULL))
        /*scope*/
        """

    /// chase a referral only while the client is still Referred: other clients' attempts
    /// are never read (this query always joins `client`, through the small `client_referral_chase`,
    /// and filters it itself: a few hundred referrals, not the whole scope).
    static let contactAttempts = """
        SELECT a.client_id, a.attempted_at, a.result
        FROM client c JOIN contact_attempt a ON a.client_id = c.id
        WHERE c.status = 'Referred' AND c.referral_source IN ('RASP', 'TRF', 'OW') /*scope*/
        """

    static let saCommunications = """
        SELECT n.client_id, max(n.interaction_at) FROM /*scoped*/ case_note n
        WHERE n.type = 'SA Communication' /*scope n*/ GROUP BY n.client_id
        """

    /// Newest first within each client, in the index's own order: the loader keeps each client's
    /// first row, its latest assessment (cheaper than SQLite's GROUP BY with max(id)).
    static let assessments = """
        SELECT a.id, a.client_id, a.module2_completed_on, a.submitted_at FROM /*scoped*/ assessment a
        WHERE 1 /*scope a*/ ORDER BY a.client_id, a.id DESC
        """

    static let checkpoints = """
        SELECT k.id, k.employment_id, e.client_id, k.month, e.start_date, k.due_on
        FROM /*scoped*/ employment e JOIN checkpoint k ON k.employment_id = e.id
        WHERE k.recorded_on IS NULL /*scope e*/
        """

    /// A client's first appointment is the earliest one that was not cancelled or moved.
    static let noShows = """
        SELECT a.id, a.client_id, a.day,
               a.id = (SELECT b.id FROM appointment b WHERE b.client_id = a.client_id
                       AND b.status NOT IN ('Cancelled', 'Rescheduled') ORDER BY b.day, b.start_minute, b.id LIMIT 1)
        FROM /*scoped*/ appointment a
        WHERE a.status = 'No Show' /*scope a*/
        """

    static let onHoldPlans = """
        SELECT p.id, p.client_id, p.on_hold_since, i.id, i.type, i.expected_end, i.actual_end
        FROM /*scoped*/ action_plan p JOIN plan_item i ON i.plan_id = p.id
        WHERE p.status = 'Active - On Hold' AND i.is_cancelled = 0 AND i.expected_end IS NOT NULL
          AND i.type IN ('Training', 'Education', 'Better Jobs Ontario') /*scope p*/
        """

    /// The partial index lets a caseworker's load go client by client (the planner would rather walk
    /// every submitted support).
    static let pendingSupports = """
        SELECT s.id, s.client_id, s.category, s.amount_cents, s.submitted_on
        FROM /*scoped*/ financial_support s INDEXED BY financial_support_submitted
        WHERE s.status = 'Submitted' AND s.submitted_on IS NOT NULL /*scope s*/
        """

    static let pbfEmployments = """
        SELECT e.client_id, max(e.start_date) FROM /*scoped*/ employment e
        WHERE e.is_pbf_eligible = 1 /*scope e*/ GROUP BY e.client_id
        """

    static let manualFollowUps = """
        SELECT m.id, m.client_id, m.owner_id, m.title, m.due_on, m.created_by, m.completion_note, m.version
        FROM /*scoped*/ manual_follow_up m WHERE m.completed_on IS NULL /*scope m*/
        """
}

extension FactQueries {
    /// The clients of a scoped load, for the queries after the client query. A TEMP table: written
    /// on the reading connection, gone with it, never in the database file.
    static let createScopeTable = "CREATE TEMP TABLE IF NOT EXISTS follow_up_scope (id INTEGER PRIMARY KEY)"
    static let fillScopeTable = """
        INSERT INTO temp.follow_up_scope (id) SELECT c.id FROM client c
        WHERE (c.status <> 'Closed' OR EXISTS (SELECT 1 FROM manual_follow_up m WHERE m.client_id = c.id AND m.completed_on IS NULL))
        /*scope*/
        """
    static let emptyScopeTable = "DELETE FROM temp.follow_up_scope"
}
