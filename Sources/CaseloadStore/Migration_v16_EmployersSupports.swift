import GRDB

/// v16 (#20): employers get their contact details and the dates of their CaMS registration, their
/// registration form and their placement agreement; financial supports get the whole SOP 4 workflow
/// (plan item, several document references, the SSM's decision, payment, a later Ineligible
/// finding); employer supports get their own category list. SQLite cannot change a CHECK in place,
/// so `financial_support` and `value_list_entry` are rebuilt with their rows. Frozen once released.
enum EmployersSupportsV16 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE employer ADD COLUMN phone TEXT;
            ALTER TABLE employer ADD COLUMN email TEXT;
            ALTER TABLE employer ADD COLUMN address TEXT;
            ALTER TABLE employer ADD COLUMN sector TEXT;
            ALTER TABLE employer ADD COLUMN cams_registered_on TEXT CHECK (date(cams_registered_on) IS cams_registered_on);
            ALTER TABLE employer ADD COLUMN registration_form_on TEXT CHECK (date(registration_form_on) IS registration_form_on);
            ALTER TABLE employer ADD COLUMN placement_agreement_signed_on TEXT
                CHECK (date(placement_agreement_signed_on) IS placement_agreement_signed_on);
            ALTER TABLE employer ADD COLUMN notes TEXT;

            CREATE TABLE financial_support_v16 (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
                plan_item_id INTEGER REFERENCES plan_item(id) ON DELETE SET NULL,
                recipient TEXT NOT NULL CHECK (recipient IN ('Job Seeker', 'Employer')),
                employer_id INTEGER REFERENCES employer(id) ON DELETE RESTRICT,
                category TEXT NOT NULL CHECK (trim(category) <> ''),
                amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
                rationale TEXT,
                document_references TEXT,
                status TEXT NOT NULL CHECK (status IN ('Draft', 'Submitted', 'Approved', 'Declined', 'Paid', 'Ineligible')),
                created_on TEXT CHECK (date(created_on) IS created_on),
                submitted_on TEXT CHECK (date(submitted_on) IS submitted_on),
                decided_on TEXT CHECK (date(decided_on) IS decided_on),
                decided_by INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                ssm_reference TEXT,
                decline_reason TEXT,
                paid_on TEXT CHECK (date(paid_on) IS paid_on),
                payment_reference TEXT,
                ineligible_on TEXT CHECK (date(ineligible_on) IS ineligible_on),
                ineligible_cents INTEGER CHECK (ineligible_cents IS NULL OR ineligible_cents > 0),
                ineligible_reason TEXT,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            INSERT INTO financial_support_v16(id, client_id, recipient, employer_id, category, amount_cents, rationale,
                                              document_references, status, submitted_on, decided_by, version)
                SELECT id, client_id, recipient, employer_id, category, amount_cents, rationale,
                       document_reference, status, submitted_on, decided_by, version FROM financial_support;
            DROP TABLE financial_support;
            ALTER TABLE financial_support_v16 RENAME TO financial_support;
            CREATE INDEX financial_support_by_client ON financial_support(client_id);
            CREATE INDEX financial_support_by_status ON financial_support(status);
            CREATE INDEX financial_support_submitted ON financial_support(client_id) WHERE status = 'Submitted';
            CREATE INDEX financial_support_awaiting ON financial_support(submitted_on, id) WHERE status = 'Submitted';

            CREATE TABLE value_list_entry_v16 (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('communication', 'note_type', 'plan_item_type', 'closure_reason',
                                                   'contact_method', 'support_category', 'end_reason',
                                                   'referral_service_type', 'checkpoint_evidence', 'employer_support_category')),
                value TEXT NOT NULL CHECK (trim(value) <> ''),
                position INTEGER NOT NULL,
                is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
                template TEXT,
                UNIQUE (kind, value)
            ) STRICT;
            INSERT INTO value_list_entry_v16 SELECT id, kind, value, position, is_active, template FROM value_list_entry;
            DROP TABLE value_list_entry;
            ALTER TABLE value_list_entry_v16 RENAME TO value_list_entry;

            -- R-17's follow-up "register the employer in CaMS", raised when an incentive is approved.
            CREATE TABLE employer_registration_follow_up (
                follow_up_id INTEGER PRIMARY KEY REFERENCES manual_follow_up(id) ON DELETE CASCADE,
                employer_id INTEGER NOT NULL REFERENCES employer(id) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX employer_registration_follow_up_by_employer ON employer_registration_follow_up(employer_id);
            """)
        // The employer list is proposed in domain.md §3 (the job-seeker list was seeded by v3).
        for (position, value) in ["Training incentive (placement)", "Job trial", "Other"].enumerated() {
            try db.execute(sql: "INSERT INTO value_list_entry(kind, value, position, is_active) VALUES ('employer_support_category', ?, ?, 1)",
                           arguments: [value, position + 1])
        }
    }
}
