import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19 item 5: `caseload check` recomputes PBF verdicts, checkpoint verdicts and early-exit
/// flags and names every client whose stored value disagrees; the demo generator agrees with it.
@Suite struct OutcomeCheckTests {
    @Test func checkNamesTheClientWhoseStoredVerdictDisagrees() throws {
        let f = try PlanFixture()
        let (job, checkpoints) = try f.job(start: "2026-02-09", hours: 25)
        _ = try f.db.recordCheckpoint(f.answer(checkpoints[0]), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        #expect(try f.db.integrityReport().isEmpty)
        try f.db.execute("UPDATE employment SET is_pbf_eligible = 0 WHERE id = ?", [job.id!])
        try f.db.execute("UPDATE checkpoint SET is_late = 1 WHERE id = ?", [checkpoints[0].id!])
        #expect(try f.db.integrityReport().map(\.description) == [
            "rules: Silva, Ana (#\(f.client.id!)): employment #\(job.id!) is stored as not PBF-eligible; the rules say eligible",
            "rules: Silva, Ana (#\(f.client.id!)): checkpoint #\(checkpoints[0].id!) (1-month) late: stored yes, the rules say no",
        ])
    }

    @Test func aFreshDemoDatabaseAgreesWithTheRules() throws {
        let f = try Fixture()
        let db = f.db
        _ = try db.fillWithDemoData(DemoGenerator(seed: 19, today: LocalDate(iso: "2026-03-16")!, clientCount: 600), by: f.admin)
        let problems = try db.integrityReport()
        #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description))")
        let jobs = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM employment") } ?? 0
        let recorded = try db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM checkpoint WHERE recorded_on IS NOT NULL AND earns_pbf IS NOT NULL") } ?? 0
        #expect(jobs > 20 && recorded > 20, "the demo has jobs and recorded checkpoints to check")
    }

    @Test func upgradingKeepsR14MeaningAndFillsVerdicts() throws {
        // A v13 file: a job after an apprenticeship item, and a recorded checkpoint.
        let folder = try TempFolder()
        let path = folder.path("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try CaseloadMigrations.migrator.migrate(queue, upTo: "v13-cross-site-grants")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO staff(id, username, full_name, role) VALUES (1, 'cw', 'Case Worker', 'caseworker');
                INSERT INTO client(id, first_name, last_name, referral_source, status, created_at, updated_at)
                    VALUES (1, 'Ana', 'Silva', 'Self', 'Monitoring', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000'),
                           (2, 'Bo', 'Ng', 'Self', 'Monitoring', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000');
                INSERT INTO assessment(client_id, module2_completed_on) VALUES (1, '2026-01-05'), (2, '2026-01-05');
                INSERT INTO action_plan(id, client_id, status, opened_on) VALUES (1, 1, 'Active', '2026-01-12'), (2, 2, 'Active', '2026-01-12');
                INSERT INTO plan_item(plan_id, type, expected_start, is_employment_outcome_program) VALUES (1, 'Apprenticeship', '2026-01-19', 1);
                INSERT INTO employer(id, name) VALUES (1, 'Acme');
                INSERT INTO employment(id, client_id, employer_id, job_title, start_date, hours_per_week, is_new_employer, is_pbf_eligible)
                    VALUES (1, 1, 1, 'Apprentice', '2026-02-02', 30, 1, 0), (2, 2, 1, 'Picker', '2026-02-02', 30, 1, 1);
                INSERT INTO checkpoint(employment_id, month, due_on, recorded_on, still_employed, hours_per_week)
                    VALUES (1, 1, '2026-03-02', '2026-03-03', 1, 30), (1, 3, '2026-05-02', NULL, NULL, NULL),
                           (1, 6, '2026-08-02', NULL, NULL, NULL), (1, 12, '2027-02-02', NULL, NULL, NULL),
                           (2, 1, '2026-03-02', '2026-03-20', 1, 30), (2, 3, '2026-05-02', NULL, NULL, NULL),
                           (2, 6, '2026-08-02', NULL, NULL, NULL), (2, 12, '2027-02-02', NULL, NULL, NULL);
                """)
        }
        try queue.close()
        let db = try CaseloadDatabase.open(path: path)
        let jobs = try db.read { try Employment.order(Employment.Columns.id).fetchAll($0) }
        #expect(jobs.map(\.isFromOutcomeProgram) == [true, false], "the apprenticeship's job keeps its meaning")
        let recorded = try db.read { try Checkpoint.filter(Checkpoint.Columns.recordedOn != nil).order(Checkpoint.Columns.id).fetchAll($0) }
        #expect(recorded.map(\.earnsPBF) == [false, true] && recorded.map(\.isLate) == [false, true])
        #expect(try db.valueList(.checkpointEvidence).map(\.value) == ["Pay stub", "Employer confirmation", "Client attestation", "Other"])
        let report = try db.integrityReport()
        #expect(report.isEmpty, "\(report)")
    }
}
