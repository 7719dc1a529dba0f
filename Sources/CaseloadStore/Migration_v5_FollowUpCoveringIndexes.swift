import GRDB

/// Covering indexes for the follow-up queue's fact queries: each query reads only a small index in
/// client order and never visits a table row (100,000 clients: ~25 MB of index pages instead of
/// random lookups into the client, appointment and note tables). Where a new index extends an
/// older one column for column (same leading columns, same WHERE), the older one is dropped: the new
/// one serves its queries too, and each insert maintains one index instead of two.
///
/// Partial indexes repeat their WHERE column: this SQLite (3.40) counts a partial index as covering
/// only when every column the query names is in the index.
enum FollowUpCoveringIndexesV5 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX client_follow_up_facts ON client(caseworker_id, id, status, referral_source, referral_received_on,
                site_id, cams_reference, sa_caseworker_name, last_name, first_name, preferred_name);
            CREATE INDEX client_referral_chase ON client(status, referral_source, caseworker_id);

            CREATE INDEX contact_attempt_follow_up ON contact_attempt(client_id, attempted_at, result);
            DROP INDEX contact_attempt_by_client;

            CREATE INDEX case_note_sa_communication_follow_up ON case_note(client_id, interaction_at, type)
                WHERE type = 'SA Communication';
            DROP INDEX case_note_sa_communication;

            CREATE INDEX assessment_follow_up ON assessment(client_id, id DESC, module2_completed_on, submitted_at);
            DROP INDEX assessment_by_client;

            CREATE INDEX checkpoint_open_follow_up ON checkpoint(employment_id, recorded_on, month, due_on)
                WHERE recorded_on IS NULL;
            CREATE INDEX employment_pbf_follow_up ON employment(client_id, start_date, is_pbf_eligible)
                WHERE is_pbf_eligible = 1;
            DROP INDEX employment_pbf;

            CREATE INDEX appointment_by_client_order ON appointment(client_id, day, start_minute, id, status);
            DROP INDEX appointment_by_client;
            CREATE INDEX appointment_no_show_follow_up ON appointment(client_id, status, day) WHERE status = 'No Show';
            DROP INDEX appointment_no_show;

            CREATE INDEX action_plan_on_hold_follow_up ON action_plan(client_id, status, on_hold_since)
                WHERE status = 'Active - On Hold';
            DROP INDEX action_plan_on_hold;
            CREATE INDEX plan_item_training_follow_up ON plan_item(plan_id, is_cancelled, type, expected_end, actual_end)
                WHERE is_cancelled = 0 AND expected_end IS NOT NULL AND type IN ('Training', 'Education', 'Better Jobs Ontario');
            """)
    }
}
