import CaseloadCore

/// The SQL of the follow-up facts for one scope, one query per kind of fact. Each reads one covering
/// index (migration v5) and returns stored values as they are: dates and instants are parsed from
/// their bytes by `StoredTime`, which costs less than asking SQLite to compute them.
///
/// The whole queue reads every row, with no join: rows about clients the client query did not return
/// are ignored by the engine anyway (`FactRows.swift`). A scoped load selects its clients with the
/// same conditions twice: in the client query, and into `temp.follow_up_scope` (`ScopeTable`), whose
/// ids every other query walks. The scope is worked out once per connection, not once per query.
struct FactQueries {
    /// A query and the values of its `?`s.
    struct Query {
        let sql: String
        var arguments: [Int64] = []
    }

    /// Conditions on `client c` that select some of a scope's clients; a scope is one or two of them,
    /// which never select the same client.
    private struct Branch {
        var sql: String
        var arguments: [Int64] = []
    }

    let isEveryone: Bool
    private let branches: [Branch]

    init(_ scope: FollowUpScope) {
        isEveryone = scope.caseworkerID == nil && scope.siteID == nil && scope.clientID == nil && scope.clientIDs == nil
        var others = "", args: [Int64] = []
        // A client with no site counts at every site, as site access treats them (else a site's
        // queue would silently leave them out).
        if let id = scope.siteID { others += " AND (c.site_id = ? OR c.site_id IS NULL)"; args += [id] }
        if let id = scope.clientID { others += " AND c.id = ?"; args += [id] }
        if let ids = scope.clientIDs {
            others += " AND c.id IN (\(ids.isEmpty ? "" : Array(repeating: "?", count: ids.count).joined(separator: ", ")))"
            args += ids
        }
        if let id = scope.caseworkerID {
            // A caseworker's queue also holds hand-made follow-ups they own for someone else's client
            // (who is showable, having one open). Two branches, so each is one index range.
            branches = [
                Branch(sql: "c.caseworker_id = ? AND \(Self.showable)\(others)", arguments: [id] + args),
                Branch(sql: """
                    c.id IN (SELECT m2.client_id FROM manual_follow_up m2 WHERE m2.owner_id = ? AND m2.completed_on IS NULL) \
                    AND c.caseworker_id IS NOT ?\(others)
                    """, arguments: [id, id] + args),
            ]
        } else {
            branches = [Branch(sql: Self.showable + others, arguments: args)]
        }
    }

    /// `select` over `client c` once per branch, as one query.
    private func union(_ select: (String) -> String) -> Query {
        Query(sql: branches.map { select($0.sql) }.joined(separator: " UNION ALL "), arguments: branches.flatMap(\.arguments))
    }

    /// The scope table before a fact table (CROSS JOIN keeps it the outer loop: one index lookup per
    /// client, in id order), and the join condition for the fact table's alias.
    private var scoped: String { isEveryone ? "" : "temp.follow_up_scope scope CROSS JOIN" }
    private func scope(_ alias: String) -> String { isEveryone ? "" : "AND \(alias).client_id = scope.id" }

    /// Closed clients raise nothing, unless someone still owns a hand-made follow-up for them.
    private static let showable = """
        (c.status <> 'Closed' OR EXISTS (SELECT 1 FROM manual_follow_up m WHERE m.client_id = c.id AND m.completed_on IS NULL))
        """

    private static let clientColumns = """
        c.id, c.last_name, c.first_name, c.preferred_name, c.cams_reference, c.caseworker_id, c.site_id,
        c.referral_source, c.referral_received_on, c.status, c.sa_caseworker_name
        """

    /// A scope's clients, found through their own indexes. The whole list reads every client from its
    /// covering index, closed ones too: the loader drops closed clients without an open hand-made
    /// follow-up (`clientsWithOpenFollowUps`), which costs less than asking for each of them.
    var clients: Query {
        if isEveryone { return Query(sql: "SELECT \(Self.clientColumns) FROM client c INDEXED BY client_follow_up_facts") }
        return union { "SELECT \(Self.clientColumns) FROM client c WHERE \($0)" }
    }

    /// Writes the ids of a scoped load's clients, the client query's own, into the scope table, and
    /// whether social assistance referred each.
    var fillScope: Query {
        let select = union { "SELECT c.id, c.referral_source IN (\(Self.socialAssistanceSources)) FROM client c WHERE \($0)" }
        return Query(sql: "INSERT INTO temp.follow_up_scope (id, referred_by_sa) \(select.sql)", arguments: select.arguments)
    }

    /// `ReferralSource.isSocialAssistance` as an SQL list.
    private static let socialAssistanceSources = ReferralSource.allCases.filter(\.isSocialAssistance)
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Clients someone still owns a hand-made follow-up for (the whole list's closed clients count only then).
    static let clientsWithOpenFollowUps = Query(sql: "SELECT DISTINCT m.client_id FROM manual_follow_up m WHERE m.completed_on IS NULL")

    /// R-01 to R-04 chase a referral only while the client is still Referred: other clients' attempts
    /// are never read. This one filters `client` itself, through the small `client_referral_chase`:
    /// a few hundred referrals, not the whole scope.
    var contactAttempts: Query {
        let select = { (condition: String) in
            """
            SELECT a.client_id, a.attempted_at, a.result
            FROM client c JOIN contact_attempt a ON a.client_id = c.id
            WHERE c.status = 'Referred' AND c.referral_source IN ('RASP', 'TRF', 'OW') AND \(condition)
            """
        }
        return isEveryone ? Query(sql: select("1")) : union(select)
    }

    var saCommunications: Query {
        Query(sql: """
            SELECT n.client_id, max(n.interaction_at) FROM \(scoped) case_note n
            WHERE n.type = 'SA Communication' \(scope("n")) GROUP BY n.client_id
            """)
    }

    /// Newest first within each client, in the index's own order: the loader keeps each client's
    /// first row, its latest assessment (cheaper than SQLite's GROUP BY with max(id)). A scoped load
    /// orders by the scope's id, which its outer loop already gives: by `a.client_id` SQLite would
    /// sort every row again.
    var assessments: Query {
        Query(sql: """
            SELECT a.id, a.client_id, a.module2_completed_on, a.submitted_at, a.submitted_on FROM \(scoped) assessment a
            WHERE 1 \(scope("a")) ORDER BY \(isEveryone ? "a.client_id" : "scope.id"), a.id DESC
            """)
    }

    var checkpoints: Query {
        Query(sql: """
            SELECT k.id, k.employment_id, e.client_id, k.month, e.start_date, k.due_on
            FROM \(scoped) employment e JOIN checkpoint k ON k.employment_id = e.id
            WHERE k.recorded_on IS NULL \(scope("e"))
            """)
    }

    /// A client's first appointment is the earliest one that was not cancelled or moved. A scoped
    /// load asks only about clients referred by social assistance, the only ones R-11 concerns: that
    /// halves the lookups of first appointments. (The whole list reads no client per no-show.)
    var noShows: Query {
        Query(sql: """
            SELECT a.id, a.client_id, a.day,
                   a.id = (SELECT b.id FROM appointment b WHERE b.client_id = a.client_id
                           AND b.status NOT IN ('Cancelled', 'Rescheduled') ORDER BY b.day, b.start_minute, b.id LIMIT 1)
            FROM \(scoped) appointment a
            WHERE \(isEveryone ? "" : "scope.referred_by_sa AND") a.status = 'No Show' \(scope("a"))
            """)
    }

    var onHoldPlans: Query {
        Query(sql: """
            SELECT p.id, p.client_id, p.on_hold_since, i.id, i.type, i.expected_end, i.actual_end
            FROM \(scoped) action_plan p JOIN plan_item i ON i.plan_id = p.id
            WHERE p.status = 'Active - On Hold' AND i.is_cancelled = 0 AND i.expected_end IS NOT NULL
              AND i.type IN ('Training', 'Education', 'Better Jobs Ontario') \(scope("p"))
            """)
    }

    /// Through the partial index, so a scoped load goes client by client (the planner would rather
    /// walk every submitted support).
    var pendingSupports: Query {
        Query(sql: """
            SELECT s.id, s.client_id, s.category, s.amount_cents, s.submitted_on
            FROM \(scoped) financial_support s INDEXED BY financial_support_submitted
            WHERE s.status = 'Submitted' AND s.submitted_on IS NOT NULL \(scope("s"))
            """)
    }

    var pbfEmployments: Query {
        Query(sql: """
            SELECT e.client_id, max(e.start_date) FROM \(scoped) employment e
            WHERE e.is_pbf_eligible = 1 \(scope("e")) GROUP BY e.client_id
            """)
    }

    /// `IntakeGapsV10.condition` as written there: SQLite reads the partial index only for a WHERE
    /// that names its condition (the rules decide which gaps are real).
    static let intakeGapCondition = IntakeGapsV10.condition

    /// Records that may lack the SA caseworker's name or the under-18 attestation: a few rows of the
    /// partial index, each looked up in the scope table.
    var intakeGaps: Query {
        Query(sql: """
            SELECT c.id, c.created_at, c.date_of_birth, c.under18_attestation FROM client c INDEXED BY client_intake_gaps
            WHERE (\(Self.intakeGapCondition))\(isEveryone ? "" : " AND c.id IN (SELECT id FROM temp.follow_up_scope)")
            """)
    }

    /// R-22's milestones of SA-referred clients: jobs (with the employer's name) and financial
    /// supports once submitted (whatever was decided since). A scoped load walks its scope table and
    /// looks each client's rows up by index (CROSS JOIN keeps that order): left to itself, SQLite
    /// scanned every job and support of the agency and looked each one up in the scope.
    var saMilestones: Query {
        let sa = isEveryone ? "c.referral_source IN (\(Self.socialAssistanceSources))" : "scope.referred_by_sa"
        let (jobs, supports) = isEveryone
            ? ("client c JOIN employment e ON e.client_id = c.id", "client c JOIN financial_support s ON s.client_id = c.id")
            : ("temp.follow_up_scope scope CROSS JOIN employment e ON e.client_id = scope.id",
               "temp.follow_up_scope scope CROSS JOIN financial_support s ON s.client_id = scope.id")
        return Query(sql: """
            SELECT 0, e.id, e.client_id, e.start_date, r.name FROM \(jobs) JOIN employer r ON r.id = e.employer_id WHERE \(sa)
            UNION ALL
            SELECT 1, s.id, s.client_id, s.submitted_on, s.category FROM \(supports)
                WHERE \(sa) AND s.submitted_on IS NOT NULL AND s.status <> 'Draft'
            """)
    }

    /// R-24: referrals out still Made that have a follow-up date (the partial index's rows).
    var referralsOut: Query {
        Query(sql: """
            SELECT r.id, r.client_id, r.partner, r.service_type, r.made_on, r.follow_up_on
            FROM \(scoped) referral_out r INDEXED BY referral_out_follow_up
            WHERE r.status = 'Made' AND r.follow_up_on IS NOT NULL \(scope("r"))
            """)
    }

    var manualFollowUps: Query {
        Query(sql: """
            SELECT m.id, m.client_id, m.owner_id, m.title, m.due_on, m.created_by, m.completion_note, m.version
            FROM \(scoped) manual_follow_up m WHERE m.completed_on IS NULL \(scope("m"))
            """)
    }
}
