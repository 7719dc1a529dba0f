import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19 item 4: a supervisor merges two files of one person. Every row pointing at the retired
/// file moves (nothing lost: row counts before and after), the retired file becomes a read-only
/// pointer search still finds, the merge is audited, and different CaMS references refuse it.
@Suite struct ClientMergeTests {
    /// A file with a row in every table that points at a client.
    private func fill(_ f: PlanFixture, _ client: Client, staff: StaffMember) throws {
        let id = client.id!
        _ = try f.db.addCaseNote(f.base.note(for: client, body: "First call."), by: staff)
        _ = try f.db.addCaseNote(f.base.note(for: client, body: "Second call."), by: staff)
        try f.db.execute("INSERT INTO assessment(client_id, module2_completed_on) VALUES (?, '2026-01-05')", [id])
        if try f.db.profilePlan(clientID: id, by: staff) == nil {
            _ = try f.db.openActionPlan(clientID: id, goal: "Retail", on: day("2026-01-12"), by: staff)
        }
        let employer = try f.db.addEmployer(Employer(name: "Shop \(id)"), by: staff)
        let (job, checkpoints) = try f.db.recordEmployment(Employment(clientID: id, employerID: employer.id!, jobTitle: "Cashier",
                                                                     startDate: day("2026-02-02"), hoursPerWeek: 25, isNewEmployer: true), by: staff)
        _ = try f.db.recordCheckpoint(f.answer(checkpoints[0]), on: PlanFixture.today, by: staff, today: PlanFixture.today)
        var fix = try f.db.employments(clientID: id).first { $0.id == job.id }!
        fix.jobTitle = "Head cashier"
        _ = try f.db.correctEmployment(fix, reason: "promoted before starting", by: staff)
        let site = try #require(try f.db.sites().first?.id)
        try f.db.execute("""
            INSERT INTO appointment(client_id, staff_id, site_id, day, start_minute, length_minutes, purpose, status)
            VALUES (?, ?, ?, '2026-03-10', 600, 30, 'Review', 'Attended');
            INSERT INTO contact_attempt(client_id, staff_id, attempted_at, method, result) VALUES (?, ?, '2026-01-03 15:00:00.000', 'Phone', 'Reached');
            INSERT INTO consent_record(client_id, recorded_on, topic, is_given) VALUES (?, '2026-01-05', 'Share with OW', 1);
            INSERT INTO financial_support(client_id, recipient, category, amount_cents, status) VALUES (?, 'Job Seeker', 'Transportation', 5000, 'Draft');
            INSERT INTO manual_follow_up(client_id, owner_id, title, due_on, created_by) VALUES (?, ?, 'Call back', '2026-03-20', ?);
            INSERT INTO client_access_grant(client_id, staff_id, granted_at) VALUES (?, ?, '2026-01-01 00:00:00.000');
            """, [id, staff.id!, site, id, staff.id!, id, id, id, staff.id!, staff.id!, id, f.base.frontDesk.id!])
    }

    private func counts(_ db: CaseloadDatabase, _ id: Int64) throws -> [String: Int] {
        try db.read { db in
            var out: [String: Int] = [:]
            for link in try db.clientLinks() {
                out[link.key] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(link.table) WHERE \(link.column) = ?", arguments: [id])
            }
            return out
        }
    }

    @Test func mergeMovesEveryRowAndLeavesAReadOnlyPointer() throws {
        let f = try PlanFixture()
        let kept = f.client
        let retired = try f.db.createClient(Client(camsReference: "00123456", firstName: "Ana", lastName: "Silva-Gomes",
                                                   caseworkerID: f.caseworker.id), by: f.caseworker)
        try fill(f, kept, staff: f.caseworker)
        try fill(f, retired, staff: f.caseworker)
        let before = (try counts(f.db, kept.id!), try counts(f.db, retired.id!))
        let filled = ["case_note", "assessment", "action_plan", "employment", "appointment", "contact_attempt", "consent_record",
                      "financial_support", "manual_follow_up", "client_access_grant", "outcome_correction"]
        #expect(filled.allSatisfy { (before.1[$0] ?? 0) > 0 }, "the retired file has rows to move: \(before.1)")

        #expect(storeError { _ = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "same person", by: f.caseworker) }
            == .notPermitted(.mergeClients))
        #expect(refusal { _ = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: " ", by: f.base.supervisor) }
            == "Say why these two files are one person: the reason is audited.")
        let result = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "Registered twice at intake", by: f.base.supervisor)

        let after = (try counts(f.db, kept.id!), try counts(f.db, retired.id!))
        #expect(after.1.values.allSatisfy { $0 == 0 }, "nothing left on the retired file: \(after.1.filter { $0.value > 0 })")
        // Every row is on the kept file, except the one grant both files gave the same person.
        for (table, n) in before.0 {
            #expect(after.0[table] == n + before.1[table]! - (table == "client_access_grant" ? 1 : 0), "\(table)")
        }
        #expect(result.moved["case_note"] == 3, "two notes and the checkpoint's note")
        #expect(result.moved["client_access_grant.client_id duplicates dropped"] == 1)
        #expect(result.kept.camsReference == "00123456" && result.retired.camsReference == nil, "the CaMS reference went with the person")
        #expect(try f.db.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        let report = try f.db.integrityReport()
        #expect(report.isEmpty, "\(report)")

        // A read-only pointer search still finds.
        let merge = try #require(try f.db.mergeRecord(retiredClientID: retired.id!))
        #expect(merge.keptClientID == kept.id && merge.reason == "Registered twice at intake" && merge.mergedBy == f.base.supervisor.id)
        #expect(try f.db.searchClients(query: "Silva-Gomes", by: f.caseworker).map(\.id).contains(retired.id!))
        #expect(refusal { _ = try f.db.addCaseNote(f.base.note(for: retired), by: f.caseworker) }
            == "This file was merged into Silva, Ana (#\(kept.id!)) and is read-only: work on that file.")
        #expect(try f.db.audit(recordType: "client_merge", recordID: retired.id!).map(\.action) == ["insert"])
        #expect(refusal { _ = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "again", by: f.base.supervisor) }
            .hasPrefix("This file was merged into"))
    }

    @Test func differentCamsReferencesAreTwoPeople() throws {
        let f = try PlanFixture()
        let a = try f.db.createClient(Client(camsReference: "48213957", firstName: "Lee", lastName: "Park"), by: f.caseworker)
        let b = try f.db.createClient(Client(camsReference: "73920561", firstName: "Lee", lastName: "Park"), by: f.caseworker)
        _ = try f.db.addCaseNote(f.base.note(for: b), by: f.caseworker)
        #expect(refusal { _ = try f.db.mergeClients(keep: a.id!, retire: b.id!, reason: "same", by: f.base.supervisor) }
            == "Park, Lee (#\(a.id!)) and Park, Lee (#\(b.id!)) have different CaMS references (48213957, 73920561): CaMS counts them as two people, so they are not merged.")
        #expect(try counts(f.db, b.id!)["case_note"] == 1)
        #expect(refusal { _ = try f.db.mergeClients(keep: a.id!, retire: a.id!, reason: "same", by: f.base.supervisor) }
            == "A file cannot be merged into itself: choose two different clients.")
    }

    @Test func notesMoveOnlyAlongARecordedMerge() throws {
        let f = try PlanFixture()
        let other = try f.base.client("Bo", "Ng")
        let note = try f.db.addCaseNote(f.base.note(for: f.client), by: f.caseworker)
        #expect(throws: (any Error).self) { try f.db.execute("UPDATE case_note SET client_id = ? WHERE id = ?", [other.id!, note.id!]) }
    }
}
