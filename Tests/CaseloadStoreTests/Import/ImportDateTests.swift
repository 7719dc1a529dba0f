import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #15 items 1 and 3: an extract's dates are checked before any arithmetic, and the day CaMS
/// gives for a submission stays that day whatever zone the importing machine runs in.
@Suite struct ImportDateTests {
    static let agency = FollowUpEngine.agencyTimeZone

    /// Was a crash (checkpoints of a job starting in 9999 fall in year 10000).
    @Test func aJobStartingIn9999IsAProblemNotACrash() throws {
        let f = try Fixture()
        let report = try f.importFile(text: """
            cams_reference,first_name,last_name,ca_submitted_on,employment_start_date,employer_name,hours_per_week,new_employer
            100000001,Ana,Silva,2025-01-10,9999-01-01,Acme,30,yes

            """)
        #expect(!report.wasWritten)
        #expect(report.problems.map(\.description)
                == ["line 2: employment_start_date: '9999-01-01' is after 2100-12-31: check the year"])
    }

    @Test func anAssessmentSubmittedInTheFutureIsAProblem() throws {
        let f = try Fixture()
        let report = try f.importFile(text: "cams_reference,first_name,last_name,ca_submitted_on\n100000001,Ana,Silva,2025-06-03\n")
        #expect(!report.wasWritten)
        #expect(report.problems.map(\.description)
                == ["line 2: ca_submitted_on: '2025-06-03' is in the future: check the year"])
    }

    /// R-15 counts 100 days from 1 March, not from 28 February (the UTC midnight read in Toronto).
    @Test func anImportedSubmissionDayIsTheDayR15CountsFrom() throws {
        let f = try Fixture()
        let report = try f.importFile(text: "cams_reference,first_name,last_name,ca_submitted_on\n100000001,Ana,Silva,2025-03-01\n")
        #expect(report.problems.isEmpty && report.wasWritten)
        let ana = try #require(try f.clientByReference("100000001"))
        let assessment = try #require(try f.db.pool.read { try Assessment.filter(Assessment.Columns.clientID == ana.id!).fetchOne($0) })
        #expect(assessment.submittedOn == LocalDate(iso: "2025-03-01") && assessment.submittedAt == nil)
        #expect(try f.db.scalar("SELECT submitted_on FROM assessment") as String? == "2025-03-01")

        let asOf = LocalDate(iso: "2025-06-02")!
        let queue = try f.db.followUpQueue(asOf: asOf, now: asOf.startInstant(in: Self.agency))
        let r15 = try #require(queue.first { $0.rule == .r15 })
        #expect(r15.due == LocalDate(iso: "2025-06-09"))
        #expect(r15.explanation.contains("common assessment Sat 1 Mar 2025"))
        #expect(try f.db.pbfFacts(clientID: ana.id!, jobStartingOn: asOf, by: f.caseworker).assessmentDate == LocalDate(iso: "2025-03-01"))
    }

    /// Importing the same day again changes nothing; another day replaces it (audited as a date).
    @Test func aNewSubmissionDayUpdatesTheStoredDay() throws {
        let f = try Fixture()
        _ = try f.importFile(text: "cams_reference,first_name,last_name,ca_submitted_on\n100000001,Ana,Silva,2025-03-01\n")
        let again = try f.importFile(text: "cams_reference,ca_submitted_on\n100000001,2025-03-01\n")
        #expect(again.unchanged == 1)
        let moved = try f.importFile(text: "cams_reference,ca_submitted_on\n100000001,2025-03-04\n")
        #expect(moved.updated == 1)
        #expect(try f.db.scalar("SELECT submitted_on FROM assessment") as String? == "2025-03-04")
    }
}

/// v9: assessments an earlier import stored as midnight instants become the days they were.
@Suite struct AssessmentSubmittedOnMigrationTests {
    @Test func importedMidnightsBecomeDaysAndRealInstantsStay() throws {
        let folder = try TempFolder()
        let path = folder.path("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try CaseloadMigrations.migrator.migrate(queue, upTo: "v6-client-search-triggers")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO client (id, first_name, last_name, referral_source, status, is_legacy, under18_attestation, created_at, updated_at)
                    VALUES (1, 'Ana', 'Silva', 'Self', 'Active', 1, 0, '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000');
                    INSERT INTO assessment (id, client_id, submitted_at) VALUES
                        (1, 1, '2025-03-01 00:00:00.000'),   -- imported on a machine in UTC
                        (2, 1, '2025-03-01 05:00:00.000'),   -- imported in Toronto (EST)
                        (3, 1, '2025-07-14 04:00:00.000'),   -- imported in Toronto (EDT)
                        (4, 1, '2025-07-14 18:30:00.000'),   -- a real submission, 14:30 in Toronto
                        (5, 1, '2025-01-14 04:00:00.000'),   -- 23:00 in Toronto (EST): not a midnight there
                        (6, 1, NULL);
                    """)
            }
        }
        let db = try CaseloadDatabase.open(path: path)
        let rows = try db.pool.read { try Row.fetchAll($0, sql: "SELECT submitted_at, submitted_on FROM assessment ORDER BY id") }
        #expect(rows.map { $0["submitted_on"] as String? } == ["2025-03-01", "2025-03-01", "2025-07-14", nil, nil, nil])
        #expect(rows.map { $0["submitted_at"] as String? }
                == [nil, nil, nil, "2025-07-14 18:30:00.000", "2025-01-14 04:00:00.000", nil])
        #expect(try db.integrityReport().isEmpty)
    }
}
