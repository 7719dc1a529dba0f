/// The tables whose writes go to the change feed, and which client each row concerns. One line per
/// table: a table added later (a new record kind) joins the feed by a line here and a migration that
/// calls `ChangeFeedTriggers.create(for:in:)` for it.
///
/// `client` is an SQL expression over `ROW` (the written row; `NEW` or `OLD` in the trigger): the
/// client the row belongs to, or NULL for rows that concern no one client (staff, sites, closure
/// days, value lists, settings, employers), which every screen takes as "reload everything".
/// `place` says where an appointment is (`site/day`), so a day sheet skips other days' changes.
///
/// Left out: the audit trail and the access log (appended beside every change or view, never shown
/// as a list to refresh), the search index (derived from `client`), drafts and the feed itself.
public struct ChangeFeedTable: Sendable {
    public let table: String
    public let client: String
    public let place: String

    public init(_ table: String, client: String = "NULL", place: String = "NULL") {
        self.table = table; self.client = client; self.place = place
    }

    /// Every table screens show, as of the migration that made the feed.
    static let v18: [ChangeFeedTable] = [
        ChangeFeedTable("client", client: "ROW.id"),
        ChangeFeedTable("assessment", client: "ROW.client_id"),
        ChangeFeedTable("action_plan", client: "ROW.client_id"),
        ChangeFeedTable("plan_item", client: "(SELECT client_id FROM action_plan WHERE id = ROW.plan_id)"),
        ChangeFeedTable("appointment", client: "ROW.client_id", place: "ROW.site_id || '/' || ROW.day"),
        ChangeFeedTable("case_note", client: "ROW.client_id"),
        ChangeFeedTable("contact_attempt", client: "ROW.client_id"),
        ChangeFeedTable("consent_record", client: "ROW.client_id"),
        ChangeFeedTable("employment", client: "ROW.client_id"),
        ChangeFeedTable("checkpoint", client: "(SELECT client_id FROM employment WHERE id = ROW.employment_id)"),
        ChangeFeedTable("financial_support", client: "ROW.client_id"),
        ChangeFeedTable("manual_follow_up", client: "ROW.client_id"),
        ChangeFeedTable("follow_up_action", client: FollowUpActionClient.sql),
        ChangeFeedTable("client_access_grant", client: "ROW.client_id"),
        // The case lifecycle (v14), outcomes (v15) and supports (v16) came before the feed.
        ChangeFeedTable("client_status_change", client: "ROW.client_id"),
        ChangeFeedTable("referral_out", client: "ROW.client_id"),
        ChangeFeedTable("outcome_correction", client: "ROW.client_id"),
        ChangeFeedTable("duplicate_confirmation", client: "ROW.client_id"),
        ChangeFeedTable("client_merge", client: "ROW.kept_client_id"),
        ChangeFeedTable("employer_registration_follow_up", client: "(SELECT client_id FROM manual_follow_up WHERE id = ROW.follow_up_id)"),
        ChangeFeedTable("employer"),
        ChangeFeedTable("staff"),
        ChangeFeedTable("site"),
        ChangeFeedTable("closure_day"),
        ChangeFeedTable("value_list_entry"),
        ChangeFeedTable("setting"),
    ]
}

/// The client a completion or snooze concerns, from its item key ("R-08:checkpoint:17"): the
/// subject's id, looked up in the subject's table.
enum FollowUpActionClient {
    static let sql: String = {
        let subjects: [(subject: String, lookup: (String) -> String)] = [
            ("client", { $0 }),
            ("assessment", { "(SELECT client_id FROM assessment WHERE id = \($0))" }),
            ("checkpoint", { "(SELECT e.client_id FROM checkpoint k JOIN employment e ON e.id = k.employment_id WHERE k.id = \($0))" }),
            ("appointment", { "(SELECT client_id FROM appointment WHERE id = \($0))" }),
            ("plan", { "(SELECT client_id FROM action_plan WHERE id = \($0))" }),
            ("support", { "(SELECT client_id FROM financial_support WHERE id = \($0))" }),
            ("followup", { "(SELECT client_id FROM manual_follow_up WHERE id = \($0))" }),
            ("employment", { "(SELECT client_id FROM employment WHERE id = \($0))" }),
            ("referral", { "(SELECT client_id FROM referral_out WHERE id = \($0))" }),
        ]
        let cases = subjects.map { s in
            let marker = ":\(s.subject):"
            // CAST reads the leading digits of "42:2025-12-24" as 42.
            let id = "CAST(substr(ROW.item_key, instr(ROW.item_key, '\(marker)') + \(marker.count)) AS INTEGER)"
            return "WHEN instr(ROW.item_key, '\(marker)') > 0 THEN \(s.lookup(id))"
        }
        return "(CASE " + cases.joined(separator: " ") + " END)"
    }()
}
