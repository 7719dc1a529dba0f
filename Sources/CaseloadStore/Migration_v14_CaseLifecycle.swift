import CaseloadCore
import GRDB

/// v14: carrying a case from referral to closure (issue #18). Frozen once released.
/// - `assessment` gains SOP 3's content (employment history, current status, goals, barriers).
/// - `client_status_change`: every change of a client's status with its day and reason.
/// - `referral_out`: referrals to other services and supports.
/// - `value_list_entry` is rebuilt so its kind CHECK allows `referral_service_type` (SQLite cannot
///   alter a CHECK), and that list is seeded.
enum CaseLifecycleV14 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE assessment ADD COLUMN employment_history TEXT;
            ALTER TABLE assessment ADD COLUMN current_employment_status TEXT;
            ALTER TABLE assessment ADD COLUMN employment_goals TEXT;
            ALTER TABLE assessment ADD COLUMN barriers TEXT;

            CREATE TABLE client_status_change (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                from_status TEXT CHECK (from_status IS NULL OR from_status IN ('Referred', 'Active', 'Monitoring', 'Closed')),
                to_status TEXT NOT NULL CHECK (to_status IN ('Referred', 'Active', 'Monitoring', 'Closed')),
                changed_on TEXT NOT NULL CHECK (date(changed_on) IS changed_on),
                reason TEXT NOT NULL CHECK (trim(reason) <> ''),
                staff_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX client_status_change_by_client ON client_status_change(client_id, id);

            CREATE TABLE referral_out (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                partner TEXT NOT NULL CHECK (trim(partner) <> ''),
                service_type TEXT NOT NULL CHECK (trim(service_type) <> ''),
                made_on TEXT NOT NULL CHECK (date(made_on) IS made_on),
                status TEXT NOT NULL CHECK (status IN ('Made', 'Connected', 'Not connected')),
                outcome_note TEXT,
                follow_up_on TEXT CHECK (date(follow_up_on) IS follow_up_on),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX referral_out_by_client ON referral_out(client_id, made_on);
            CREATE INDEX referral_out_follow_up ON referral_out(client_id, follow_up_on)
                WHERE status = 'Made' AND follow_up_on IS NOT NULL;

            CREATE TABLE value_list_entry_v14 (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('communication', 'note_type', 'plan_item_type', 'closure_reason',
                                                   'contact_method', 'support_category', 'end_reason',
                                                   'referral_service_type')),
                value TEXT NOT NULL CHECK (trim(value) <> ''),
                position INTEGER NOT NULL,
                is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
                template TEXT,
                UNIQUE (kind, value)
            ) STRICT;
            INSERT INTO value_list_entry_v14 (id, kind, value, position, is_active, template)
                SELECT id, kind, value, position, is_active, template FROM value_list_entry;
            DROP TABLE value_list_entry;
            ALTER TABLE value_list_entry_v14 RENAME TO value_list_entry;
            """)
        let insert = try db.makeStatement(sql: """
            INSERT INTO value_list_entry(kind, value, position, is_active) VALUES ('referral_service_type', ?, ?, 1)
            """)
        for (position, value) in serviceTypes.enumerated() {
            try insert.execute(arguments: [value, position + 1])
        }
    }

    /// domain.md §3's proposal, written out so a later change to `ValueListKind.seedValues` cannot alter this migration.
    static let serviceTypes = ["Housing", "Mental health and addictions", "Identification", "Legal", "Child care", "Training", "Other"]
}
