import CaseloadCore
import Foundation
import GRDB

/// v15 (issue #19): employment outcomes that hold up in an audit. Frozen once released.
/// - checkpoints keep their evidence (a configurable kind and a document reference), whether they were
///   recorded late, their own PBF verdict and the Checkpoint note written with them;
/// - a job says whether it came from an employment-outcome program (R-14 per job). Existing jobs keep
///   their meaning: a job is marked when the old rule applied to it (an outcome-program plan item, not
///   cancelled, begun or planned by the job's start, or with no dates at all);
/// - corrections of checkpoints and jobs keep their reason (the earlier values are in the audit rows);
/// - a strong duplicate confirmed at intake or import keeps its reason; a merged client file points at
///   the file it was merged into;
/// - `checkpoint_evidence` joins the value-list kinds (v1's CHECK lists them, so the table is rebuilt).
/// - case notes may change client only along a recorded merge (they are still never edited);
/// - checkpoints already recorded get their late flag and PBF verdict, read with explicit v15
///   columns (never the record types, which later migrations may extend).
enum OutcomeEvidenceV15 {
    static let evidenceSeed = ["Pay stub", "Employer confirmation", "Client attestation", "Other"]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE employment ADD COLUMN is_from_outcome_program INTEGER NOT NULL DEFAULT 0
                CHECK (is_from_outcome_program IN (0, 1));
            UPDATE employment SET is_from_outcome_program = 1 WHERE EXISTS (
                SELECT 1 FROM plan_item i JOIN action_plan p ON p.id = i.plan_id
                WHERE p.client_id = employment.client_id AND i.is_employment_outcome_program = 1 AND i.is_cancelled = 0
                  AND coalesce(i.actual_start, i.expected_start, employment.start_date) <= employment.start_date);

            ALTER TABLE checkpoint ADD COLUMN evidence TEXT;
            ALTER TABLE checkpoint ADD COLUMN evidence_reference TEXT;
            ALTER TABLE checkpoint ADD COLUMN is_late INTEGER NOT NULL DEFAULT 0 CHECK (is_late IN (0, 1));
            ALTER TABLE checkpoint ADD COLUMN earns_pbf INTEGER CHECK (earns_pbf IS NULL OR earns_pbf IN (0, 1));
            ALTER TABLE checkpoint ADD COLUMN note_id INTEGER REFERENCES case_note(id) ON DELETE SET NULL;

            CREATE TABLE outcome_correction (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                record_type TEXT NOT NULL CHECK (record_type IN ('employment', 'checkpoint')),
                record_id INTEGER NOT NULL,
                what TEXT NOT NULL CHECK (trim(what) <> ''),
                reason TEXT NOT NULL CHECK (trim(reason) <> ''),
                staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX outcome_correction_by_client ON outcome_correction(client_id, id);
            CREATE INDEX outcome_correction_by_record ON outcome_correction(record_type, record_id, id);

            CREATE TABLE duplicate_confirmation (
                id INTEGER PRIMARY KEY,
                client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
                matched_client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
                match TEXT NOT NULL CHECK (trim(match) <> ''),
                reason TEXT NOT NULL CHECK (trim(reason) <> ''),
                staff_id INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
                at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX duplicate_confirmation_by_client ON duplicate_confirmation(client_id);

            CREATE TABLE client_merge (
                retired_client_id INTEGER PRIMARY KEY REFERENCES client(id) ON DELETE RESTRICT,
                kept_client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
                reason TEXT NOT NULL CHECK (trim(reason) <> ''),
                merged_by INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
                merged_at TEXT NOT NULL,
                moved TEXT NOT NULL CHECK (json_valid(moved)),
                CHECK (retired_client_id <> kept_client_id)
            ) STRICT;
            CREATE INDEX client_merge_by_kept ON client_merge(kept_client_id);

            -- Notes are still never edited; they may move to another client only along a recorded merge.
            DROP TRIGGER case_note_is_immutable;
            CREATE TRIGGER case_note_is_immutable
            BEFORE UPDATE OF author_id, interaction_at, entered_at, communication, type, subject, body, amends
            ON case_note BEGIN
                SELECT RAISE(ABORT, 'case notes are never edited: add an amendment');
            END;
            CREATE TRIGGER case_note_moves_only_by_merge
            BEFORE UPDATE OF client_id ON case_note
            WHEN NOT EXISTS (SELECT 1 FROM client_merge WHERE retired_client_id = OLD.client_id AND kept_client_id = NEW.client_id)
            BEGIN
                SELECT RAISE(ABORT, 'case notes are never edited: add an amendment');
            END;

            CREATE TABLE value_list_entry_v15 (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('communication', 'note_type', 'plan_item_type', 'closure_reason',
                                                   'contact_method', 'support_category', 'end_reason',
                                                   'referral_service_type', 'checkpoint_evidence')),
                value TEXT NOT NULL CHECK (trim(value) <> ''),
                position INTEGER NOT NULL,
                is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
                template TEXT,
                UNIQUE (kind, value)
            ) STRICT;
            INSERT INTO value_list_entry_v15(id, kind, value, position, is_active, template)
                SELECT id, kind, value, position, is_active, template FROM value_list_entry;
            DROP TABLE value_list_entry;
            ALTER TABLE value_list_entry_v15 RENAME TO value_list_entry;
            """)
        let insert = try db.makeStatement(sql: """
            INSERT INTO value_list_entry(kind, value, position, is_active) VALUES ('checkpoint_evidence', ?, ?, 1)
            """)
        for (position, value) in evidenceSeed.enumerated() { try insert.execute(arguments: [value, position + 1]) }
        try fillRecordedCheckpoints(db)
    }

    private static func fillRecordedCheckpoints(_ db: Database) throws {
        let zone = FollowUpEngine.agencyTimeZone
        let clientIDs = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT e.client_id FROM checkpoint c JOIN employment e ON e.id = c.employment_id
            WHERE c.recorded_on IS NOT NULL ORDER BY e.client_id
            """)
        guard !clientIDs.isEmpty else { return }
        let observes = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'observed_substitutes'").map { $0 == "1" } ?? true
        let closures = try Row.fetchAll(db, sql: "SELECT site_id, day, reason FROM closure_day").compactMap { row -> ClosureDay? in
            guard let day = LocalDate(iso: row[1]) else { return nil }
            return ClosureDay(siteID: row[0], day: day, reason: row[2])
        }
        let update = try db.makeStatement(sql: "UPDATE checkpoint SET is_late = ?, earns_pbf = ? WHERE id = ?")
        for clientID in clientIDs {
            let site = try Int64.fetchOne(db, sql: "SELECT site_id FROM client WHERE id = ?", arguments: [clientID])
            let calendar = BusinessCalendar(observesSubstitutes: observes, closures: closures.filter { $0.siteID == nil || $0.siteID == site },
                                            siteID: site)
            let assessed = try Row.fetchOne(db, sql: """
                SELECT submitted_at, submitted_on, module2_completed_on FROM assessment WHERE client_id = ?
                ORDER BY submitted_at DESC, id DESC LIMIT 1
                """, arguments: [clientID]).flatMap { row -> LocalDate? in
                    if let at = row[0] as Date? { return LocalDate(at, in: zone) }
                    return (row[1] as String?).flatMap(LocalDate.init(iso:)) ?? (row[2] as String?).flatMap(LocalDate.init(iso:))
                }
            let jobs = try Row.fetchAll(db, sql: """
                SELECT id, start_date, hours_per_week, is_new_employer, end_date, is_from_outcome_program
                FROM employment WHERE client_id = ? ORDER BY start_date, id
                """, arguments: [clientID]).compactMap { row -> Employment? in
                    guard let start = LocalDate(iso: row[1]) else { return nil }
                    return Employment(id: row[0], clientID: clientID, employerID: 0, jobTitle: "", startDate: start,
                                      hoursPerWeek: row[2], isNewEmployer: row[3], endDate: (row[4] as String?).flatMap(LocalDate.init(iso:)),
                                      isFromOutcomeProgram: row[5])
                }
            let facts = ClientOutcomeFacts(clientID: clientID, assessmentDate: assessed, jobs: jobs, checkpoints: [], plans: [],
                                           calendar: calendar)
            for job in jobs {
                let verdict = OutcomeRules.jobVerdict(job, in: facts)
                for row in try Row.fetchAll(db, sql: """
                    SELECT id, month, due_on, recorded_on, still_employed, hours_per_week FROM checkpoint
                    WHERE employment_id = ? AND recorded_on IS NOT NULL
                    """, arguments: [job.id]) {
                    guard let month = CheckpointMonth(rawValue: row[1]), let due = LocalDate(iso: row[2]),
                          let recorded = LocalDate(iso: row[3]) else { continue }
                    let c = OutcomeRules.checkpoint(Checkpoint(employmentID: job.id!, month: month, dueOn: due, recordedOn: recorded,
                                                               stillEmployed: row[4], hoursPerWeek: row[5]),
                                                    jobVerdict: verdict, calendar: calendar)
                    try update.execute(arguments: [c.isLate, c.earnsPBF, row[0] as Int64])
                }
            }
        }
    }
}
