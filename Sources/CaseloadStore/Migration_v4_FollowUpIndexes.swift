import GRDB

/// Partial indexes for the follow-up queue's fact queries, so computing the whole queue reads only
/// the few rows each rule cares about (no-shows, SA communications, submitted supports, open items).
enum FollowUpIndexesV4 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX case_note_sa_communication ON case_note(client_id, interaction_at) WHERE type = 'SA Communication';
            CREATE INDEX appointment_no_show ON appointment(client_id) WHERE status = 'No Show';
            CREATE INDEX financial_support_submitted ON financial_support(client_id) WHERE status = 'Submitted';
            CREATE INDEX manual_follow_up_open ON manual_follow_up(client_id) WHERE completed_on IS NULL;
            CREATE INDEX employment_pbf ON employment(client_id, start_date) WHERE is_pbf_eligible = 1;
            CREATE INDEX action_plan_on_hold ON action_plan(client_id) WHERE status = 'Active - On Hold';
            CREATE INDEX client_by_referral ON client(referral_source, caseworker_id);
            """)
    }
}
