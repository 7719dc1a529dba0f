import GRDB

/// v1: every record of CaseloadCore/Records as a STRICT table. Frozen once released.
///
/// Conventions: snake_case columns; calendar dates are TEXT `YYYY-MM-DD`; instants are UTC TEXT
/// `YYYY-MM-DD HH:MM:SS.SSS` (GRDB's `Date` format); booleans are INTEGER 0/1; enums are TEXT with
/// a CHECK listing their raw values (literally, so later Swift changes cannot alter an old schema).
/// Children of a client cascade, except notes and money, which are records of service: a client
/// with notes or financial supports cannot be deleted.
enum SchemaV1 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE site (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
            ) STRICT;

            CREATE TABLE staff (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE CHECK (trim(username) <> ''),
                full_name TEXT NOT NULL CHECK (trim(full_name) <> ''),
                role TEXT NOT NULL CHECK (role IN ('frontdesk', 'caseworker', 'supervisor', 'admin')),
                site_id INTEGER REFERENCES site(id) ON DELETE SET NULL,
                is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;

            CREATE TABLE client (
                id INTEGER PRIMARY KEY,
                cams_reference TEXT UNIQUE CHECK (cams_reference IS NULL OR
                    (length(cams_reference) BETWEEN 6 AND 12 AND cams_reference NOT GLOB '*[^0-9]*')),
                first_name TEXT NOT NULL CHECK (trim(first_name) <> ''),
                last_name TEXT NOT NULL CHECK (trim(last_name) <> ''),
                preferred_name TEXT,
                date_of_birth TEXT CHECK (date(date_of_birth) IS date_of_birth),
                phone TEXT,
                email TEXT,
                address TEXT,
                preferred_language TEXT,
                referral_source TEXT NOT NULL CHECK (referral_source IN ('Self', 'OW', 'ODSP', 'RASP', 'TRF', 'Other')),
                referral_received_on TEXT CHECK (date(referral_received_on) IS referral_received_on),
                sa_caseworker_name TEXT,
                sa_caseworker_contact TEXT,
                client_stream TEXT,
                caseworker_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
                site_id INTEGER REFERENCES site(id) ON DELETE SET NULL,
                status TEXT NOT NULL CHECK (status IN ('Referred', 'Active', 'Monitoring', 'Closed')),
                is_legacy INTEGER NOT NULL DEFAULT 0 CHECK (is_legacy IN (0, 1)),
                under18_attestation INTEGER NOT NULL DEFAULT 0 CHECK (under18_attestation IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX client_by_caseworker ON client(caseworker_id, status);
            CREATE INDEX client_by_name ON client(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
            CREATE INDEX client_by_status ON client(status);
            CREATE INDEX client_by_site ON client(site_id);

            CREATE TABLE assessment (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                module1_completed_on TEXT CHECK (date(module1_completed_on) IS module1_completed_on),
                module2_completed_on TEXT CHECK (date(module2_completed_on) IS module2_completed_on),
                submitted_at TEXT,
                comment_for_sa TEXT,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX assessment_by_client ON assessment(client_id);

            CREATE TABLE action_plan (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                status TEXT NOT NULL CHECK (status IN ('Active', 'Active - On Hold', 'Closed')),
                goal TEXT,
                opened_on TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
                on_hold_reason TEXT,
                on_hold_since TEXT CHECK (date(on_hold_since) IS on_hold_since),
                closed_on TEXT CHECK (date(closed_on) IS closed_on),
                closure_reason TEXT,
                is_early_exit INTEGER NOT NULL DEFAULT 0 CHECK (is_early_exit IN (0, 1)),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX action_plan_by_client ON action_plan(client_id);

            CREATE TABLE plan_item (
                id INTEGER PRIMARY KEY,
                plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
                type TEXT NOT NULL CHECK (trim(type) <> ''),
                description TEXT,
                expected_start TEXT CHECK (date(expected_start) IS expected_start),
                expected_end TEXT CHECK (date(expected_end) IS expected_end),
                actual_start TEXT CHECK (date(actual_start) IS actual_start),
                actual_end TEXT CHECK (date(actual_end) IS actual_end),
                is_cancelled INTEGER NOT NULL DEFAULT 0 CHECK (is_cancelled IN (0, 1)),
                outcome TEXT CHECK (outcome IS NULL OR outcome IN ('Attained', 'Not Attained', 'Cancelled')),
                is_employment_outcome_program INTEGER NOT NULL DEFAULT 0 CHECK (is_employment_outcome_program IN (0, 1)),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
                CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
            ) STRICT;
            CREATE INDEX plan_item_by_plan ON plan_item(plan_id);

            CREATE TABLE appointment (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                site_id INTEGER NOT NULL REFERENCES site(id) ON DELETE RESTRICT,
                day TEXT NOT NULL CHECK (date(day) IS day),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                length_minutes INTEGER NOT NULL CHECK (length_minutes > 0),
                purpose TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('Scheduled', 'Attended', 'Late', 'No Show', 'Cancelled', 'Rescheduled')),
                status_reason TEXT,
                cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('Client', 'Staff')),
                checked_in_at TEXT,
                is_walk_in INTEGER NOT NULL DEFAULT 0 CHECK (is_walk_in IN (0, 1)),
                rescheduled_to INTEGER REFERENCES appointment(id) ON DELETE SET NULL,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX appointment_by_site_day ON appointment(site_id, day, start_minute);
            CREATE INDEX appointment_by_staff_day ON appointment(staff_id, day, start_minute);
            CREATE INDEX appointment_by_client ON appointment(client_id, day);

            CREATE TABLE case_note (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
                author_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                interaction_at TEXT NOT NULL,
                entered_at TEXT NOT NULL,
                communication TEXT NOT NULL CHECK (trim(communication) <> ''),
                type TEXT NOT NULL CHECK (trim(type) <> ''),
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                amends INTEGER REFERENCES case_note(id) ON DELETE RESTRICT,
                plan_item_id INTEGER REFERENCES plan_item(id) ON DELETE SET NULL,
                appointment_id INTEGER REFERENCES appointment(id) ON DELETE SET NULL
            ) STRICT;
            CREATE INDEX case_note_by_client_time ON case_note(client_id, interaction_at);
            CREATE INDEX case_note_by_amends ON case_note(amends) WHERE amends IS NOT NULL;
            -- Notes are never edited in place (corrections are amendments); links may still be cleared.
            CREATE TRIGGER case_note_is_immutable
            BEFORE UPDATE OF client_id, author_id, interaction_at, entered_at, communication, type, subject, body, amends
            ON case_note BEGIN
                SELECT RAISE(ABORT, 'case notes are never edited: add an amendment');
            END;

            CREATE TABLE contact_attempt (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                attempted_at TEXT NOT NULL,
                method TEXT NOT NULL CHECK (trim(method) <> ''),
                result TEXT NOT NULL CHECK (result IN ('Reached', 'Voicemail', 'No Answer', 'Wrong Number', 'Message Sent')),
                note_id INTEGER REFERENCES case_note(id) ON DELETE SET NULL
            ) STRICT;
            CREATE INDEX contact_attempt_by_client ON contact_attempt(client_id, attempted_at);

            CREATE TABLE consent_record (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                recorded_on TEXT NOT NULL CHECK (date(recorded_on) IS recorded_on),
                topic TEXT NOT NULL CHECK (trim(topic) <> ''),
                is_given INTEGER NOT NULL CHECK (is_given IN (0, 1)),
                note_id INTEGER REFERENCES case_note(id) ON DELETE SET NULL
            ) STRICT;
            CREATE INDEX consent_record_by_client ON consent_record(client_id, recorded_on);

            CREATE TABLE employer (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL CHECK (trim(name) <> ''),
                contact TEXT,
                employee_count INTEGER CHECK (employee_count IS NULL OR employee_count >= 0),
                is_registered_in_cams INTEGER NOT NULL DEFAULT 0 CHECK (is_registered_in_cams IN (0, 1)),
                has_registration_form INTEGER NOT NULL DEFAULT 0 CHECK (has_registration_form IN (0, 1)),
                has_signed_placement_agreement INTEGER NOT NULL DEFAULT 0 CHECK (has_signed_placement_agreement IN (0, 1)),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX employer_by_name ON employer(name COLLATE NOCASE);

            CREATE TABLE employment (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                employer_id INTEGER NOT NULL REFERENCES employer(id) ON DELETE RESTRICT,
                job_title TEXT NOT NULL CHECK (trim(job_title) <> ''),
                start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
                hours_per_week REAL NOT NULL CHECK (hours_per_week BETWEEN 0 AND 168),
                is_new_employer INTEGER NOT NULL CHECK (is_new_employer IN (0, 1)),
                end_date TEXT CHECK (date(end_date) IS end_date AND (end_date IS NULL OR end_date >= start_date)),
                end_reason TEXT,
                is_pbf_eligible INTEGER NOT NULL DEFAULT 0 CHECK (is_pbf_eligible IN (0, 1)),
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX employment_by_client ON employment(client_id, start_date);
            CREATE INDEX employment_by_employer ON employment(employer_id);

            CREATE TABLE checkpoint (
                id INTEGER PRIMARY KEY,
                employment_id INTEGER NOT NULL REFERENCES employment(id) ON DELETE CASCADE,
                month INTEGER NOT NULL CHECK (month IN (1, 3, 6, 12)),
                due_on TEXT NOT NULL CHECK (date(due_on) IS due_on),
                recorded_on TEXT CHECK (date(recorded_on) IS recorded_on),
                still_employed INTEGER CHECK (still_employed IS NULL OR still_employed IN (0, 1)),
                hours_per_week REAL CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 168),
                same_employer INTEGER CHECK (same_employer IS NULL OR same_employer IN (0, 1)),
                contact_method TEXT,
                note TEXT,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
                UNIQUE (employment_id, month)
            ) STRICT;
            CREATE INDEX checkpoint_by_due ON checkpoint(due_on) WHERE recorded_on IS NULL;
            CREATE INDEX checkpoint_by_due_all ON checkpoint(due_on);

            CREATE TABLE financial_support (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
                recipient TEXT NOT NULL CHECK (recipient IN ('Job Seeker', 'Employer')),
                employer_id INTEGER REFERENCES employer(id) ON DELETE RESTRICT,
                category TEXT NOT NULL CHECK (trim(category) <> ''),
                amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
                rationale TEXT,
                document_reference TEXT,
                status TEXT NOT NULL CHECK (status IN ('Draft', 'Submitted', 'Approved', 'Declined', 'Paid')),
                submitted_on TEXT CHECK (date(submitted_on) IS submitted_on),
                decided_by INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX financial_support_by_client ON financial_support(client_id);
            CREATE INDEX financial_support_by_status ON financial_support(status);

            CREATE TABLE manual_follow_up (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                owner_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                title TEXT NOT NULL CHECK (trim(title) <> ''),
                due_on TEXT NOT NULL CHECK (date(due_on) IS due_on),
                created_by INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                completed_on TEXT CHECK (date(completed_on) IS completed_on),
                completion_note TEXT,
                version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)
            ) STRICT;
            CREATE INDEX manual_follow_up_by_owner_due ON manual_follow_up(owner_id, due_on);
            CREATE INDEX manual_follow_up_by_client ON manual_follow_up(client_id);

            CREATE TABLE follow_up_action (
                id INTEGER PRIMARY KEY,
                item_key TEXT NOT NULL CHECK (trim(item_key) <> ''),
                kind TEXT NOT NULL CHECK (kind IN ('completed', 'snoozed')),
                snoozed_until TEXT CHECK (date(snoozed_until) IS snoozed_until),
                reason TEXT NOT NULL,
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                at TEXT NOT NULL,
                CHECK (kind <> 'snoozed' OR snoozed_until IS NOT NULL)
            ) STRICT;
            CREATE INDEX follow_up_action_by_item ON follow_up_action(item_key, at);

            CREATE TABLE closure_day (
                id INTEGER PRIMARY KEY,
                site_id INTEGER REFERENCES site(id) ON DELETE CASCADE,
                day TEXT NOT NULL CHECK (date(day) IS day),
                reason TEXT NOT NULL CHECK (trim(reason) <> '')
            ) STRICT;
            -- One closure per site and day; NULL (every site) counts as one site.
            CREATE UNIQUE INDEX closure_day_unique ON closure_day(ifnull(site_id, 0), day);
            CREATE INDEX closure_day_by_day ON closure_day(day);

            CREATE TABLE value_list_entry (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('communication', 'note_type', 'plan_item_type', 'closure_reason',
                                                   'contact_method', 'support_category', 'end_reason')),
                value TEXT NOT NULL CHECK (trim(value) <> ''),
                position INTEGER NOT NULL,
                is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
                template TEXT,
                UNIQUE (kind, value)
            ) STRICT;

            CREATE TABLE setting (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;

            -- Append-only: who (staff id), when (UTC), what. Written in the same transaction as the change.
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                staff_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                action TEXT NOT NULL CHECK (trim(action) <> ''),
                record_type TEXT NOT NULL,
                record_id INTEGER,
                changes TEXT NOT NULL CHECK (json_valid(changes))
            ) STRICT;
            CREATE INDEX audit_by_record ON audit(record_type, record_id, id);
            CREATE INDEX audit_by_staff ON audit(staff_id, at);
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
                SELECT RAISE(ABORT, 'the audit trail is append-only');
            END;
            """)
    }
}
