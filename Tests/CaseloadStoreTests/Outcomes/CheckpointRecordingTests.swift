import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19 item 1: a checkpoint is recorded with its evidence, never before its due date, marked
/// late after 10 business days, with its own PBF verdict and an automatic Checkpoint case note; an
/// R-08 item goes away only by recording it (or a snooze).
@Suite struct CheckpointRecordingTests {
    @Test func recordingKeepsEvidenceVerdictAndWritesTheNote() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-01-31", hours: 25)
        let one = checkpoints[0]   // due Sat 28 Feb 2026; on time through Fri 13 Mar
        let saved = try f.db.recordCheckpoint(f.answer(one, hours: 24, note: "Likes the night shift."), on: PlanFixture.today,
                                              by: f.caseworker, today: PlanFixture.today)
        #expect(saved.evidence == "Pay stub" && saved.evidenceReference == "scan-0042.pdf")
        #expect(saved.isLate, "Mon 16 Mar is more than 10 business days after Sat 28 Feb")
        #expect(saved.earnsPBF == true)
        let note = try f.db.note(id: try #require(saved.noteID), by: f.caseworker)
        #expect(note.type == "Checkpoint" && note.communication == "Phone")
        #expect(note.subject == "1-month checkpoint recorded (late)")
        #expect(note.body == """
            The 1-month checkpoint of Picker at Acme Foods (started Sat 31 Jan 2026), recorded Mon 16 Mar 2026.
            Still employed, 24 hours a week on average, same employer.
            Evidence: Pay stub · scan-0042.pdf.
            R-25: late: due Sat 28 Feb 2026, on time through Fri 13 Mar 2026 (+10 business days), recorded Mon 16 Mar 2026.
            Earns PBF. R-12: employed an average of 24 hours a week (20 or more needed). R-07: the job started Sat 31 Jan 2026, on or after the common assessment of Mon 5 Jan 2026. R-14: the job did not come from an employment-outcome program.

            Likes the night shift.
            """)
        // The caseworker can add to it: an amendment of the note.
        var more = f.base.note(for: f.client, type: "Checkpoint", body: "Pay stub scanned into the file.")
        more.amends = note.id
        _ = try f.db.addCaseNote(more, by: f.caseworker)
    }

    @Test func notBeforeItsDueDate() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-03-02", hours: 30)
        let twelve = checkpoints[3]
        #expect(refusal { _ = try f.db.recordCheckpoint(f.answer(twelve), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today) }
            == "R-25: the 12-month checkpoint is due Tue 2 Mar 2027; it cannot be recorded before then (Mon 16 Mar 2026 is too early). Snooze the item or record it on or after Tue 2 Mar 2027.")
        #expect(try f.db.checkpoints(employmentID: twelve.employmentID)[3].recordedOn == nil)
        #expect(try f.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM case_note WHERE type = 'Checkpoint'") } == 0)
    }

    @Test func onTimeAndUnderTwentyHours() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-02-09", hours: 25)
        let one = checkpoints[0]   // due Mon 9 Mar
        let saved = try f.db.recordCheckpoint(f.answer(one, hours: 18), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        #expect(!saved.isLate && saved.earnsPBF == false)
        #expect(try f.db.note(id: saved.noteID!, by: f.caseworker).body.contains("Does not earn PBF. R-12: employed an average of 18 hours a week, under the 20 needed."))
        #expect(storeError { _ = try f.db.recordCheckpoint(f.answer(checkpoints[1], evidence: "Tea leaves"), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today) }
            == .notInValueList(kind: .checkpointEvidence, value: "Tea leaves"))
    }

    @Test func anR08ItemCannotBeCompletedOnlyRecordedOrSnoozed() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-01-31", hours: 25)
        let scope = FollowUpScope(clientID: f.client.id!)
        let item = try #require(try f.db.followUpQueue(asOf: PlanFixture.today, now: Date(), scope: scope)
            .first { $0.itemKey == .checkpoint(checkpoints[0].id!) })
        #expect(refusal { try f.db.completeFollowUp(item, note: "Called, still there", by: f.caseworker, today: PlanFixture.today) }
            == "A checkpoint is done only by recording it with its evidence: open the checkpoint form, or snooze the item.")
        // A completion left by an older version hides nothing any more.
        try f.db.execute("INSERT INTO follow_up_action(item_key, kind, reason, staff_id, at) VALUES (?, 'completed', 'old', ?, '2026-03-16 12:00:00.000')",
                         [item.key, f.caseworker.id!])
        #expect(try f.db.followUpQueue(asOf: PlanFixture.today, now: Date(), scope: scope).contains { $0.itemKey == item.itemKey })
        try f.db.snoozeFollowUp(item, until: day("2026-03-20"), reason: "Client on holiday", by: f.caseworker, today: PlanFixture.today)
        #expect(try f.db.followUpActions(itemKey: item.key).last?.kind == .snoozed)
    }
}
