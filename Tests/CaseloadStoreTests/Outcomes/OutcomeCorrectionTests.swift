import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19 item 2: corrections of a checkpoint, a job and a job's end ask for a reason, keep the
/// earlier values in the audit trail, and recompute PBF verdicts and early-exit flags.
@Suite struct OutcomeCorrectionTests {
    @Test func correctingACheckpointKeepsHistoryAndRecomputesTheVerdict() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-02-09", hours: 25)
        let saved = try f.db.recordCheckpoint(f.answer(checkpoints[0], hours: 25), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        #expect(saved.earnsPBF == true)
        var fix = saved
        fix.hoursPerWeek = 16
        #expect(refusal { _ = try f.db.correctCheckpoint(fix, recordedOn: PlanFixture.today, reason: "  ", by: f.caseworker, today: PlanFixture.today) }
            == "Say why this is corrected: the reason is kept with the earlier values.")
        #expect(refusal { _ = try f.db.correctCheckpoint(fix, recordedOn: day("2026-03-06"), reason: "typo", by: f.caseworker, today: PlanFixture.today) }
            .hasPrefix("R-25: the 1-month checkpoint is due Mon 9 Mar 2026"))
        let corrected = try f.db.correctCheckpoint(fix, recordedOn: PlanFixture.today, reason: "the pay stub shows 16 hours",
                                                   by: f.caseworker, today: PlanFixture.today)
        #expect(corrected.hoursPerWeek == 16 && corrected.earnsPBF == false)
        let audit = try f.db.audit(recordType: "checkpoint", recordID: saved.id!)
        #expect(audit.contains { $0.changes.contains("\"hours_per_week\":[25,16]") }, "the earlier value is kept in the audit trail")
        let history = try f.db.outcomeCorrections(clientID: f.client.id!, by: f.caseworker)
        #expect(history.map(\.correction.what) == ["1-month checkpoint"])
        #expect(history[0].correction.sentence(staffName: history[0].staffName, zone: FollowUpEngine.agencyTimeZone)
            .hasSuffix("by Dana Lee because the pay stub shows 16 hours"))
        // Not recorded yet: record it instead.
        #expect(refusal { _ = try f.db.correctCheckpoint(f.answer(checkpoints[1]), recordedOn: PlanFixture.today, reason: "x", by: f.caseworker, today: PlanFixture.today) }
            == "The 3-month checkpoint is not recorded yet: record it instead.")
    }

    @Test func correctingAJobRecomputesItsVerdictAndMovesCheckpoints() throws {
        let f = try PlanFixture()
        let (job, _) = try f.job(start: "2026-06-01", hours: 25)   // a typo: it started in February
        #expect(job.isPBFEligible)
        var fix = job
        fix.jobTitle = "Order picker"; fix.startDate = day("2026-02-02"); fix.hoursPerWeek = 18
        let corrected = try f.db.correctEmployment(fix, reason: "start and hours typed wrong", by: f.caseworker)
        #expect(corrected.jobTitle == "Order picker" && !corrected.isPBFEligible, "18 hours: R-12")
        #expect(try f.db.checkpoints(employmentID: job.id!).map(\.dueOn.iso) == ["2026-03-02", "2026-05-02", "2026-08-02", "2027-02-02"])
        let audit = try f.db.audit(recordType: "employment", recordID: job.id!)
        #expect(audit.map(\.action) == ["insert", "update", "update"], "the correction, then the recomputed verdict")
        #expect(audit[1].changes.contains("\"start_date\":[\"2026-06-01\",\"2026-02-02\"]"))
        // R-14 per job, corrected: from an apprenticeship after all.
        fix = corrected; fix.hoursPerWeek = 30
        #expect(try f.db.correctEmployment(fix, reason: "30 hours", by: f.caseworker).isPBFEligible)
        fix = try f.db.employments(clientID: f.client.id!)[0]; fix.isFromOutcomeProgram = true
        #expect(try !f.db.correctEmployment(fix, reason: "came from the apprenticeship", by: f.caseworker).isPBFEligible)
        #expect(try f.db.outcomeCorrections(clientID: f.client.id!, by: f.caseworker).map(\.correction.reason)
            == ["start and hours typed wrong", "30 hours", "came from the apprenticeship"])
    }

    @Test func aStartAfterARecordedCheckpointIsRefused() throws {
        let f = try PlanFixture()
        let (job, checkpoints) = try f.job(start: "2026-02-02", hours: 25)
        _ = try f.db.recordCheckpoint(f.answer(checkpoints[0]), on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        var fix = try f.db.employments(clientID: f.client.id!)[0]
        fix.startDate = day("2026-02-20")
        #expect(refusal { _ = try f.db.correctEmployment(fix, reason: "wrong start", by: f.caseworker) }
            == "The 1-month checkpoint was recorded Mon 16 Mar 2026, before it would be due (Fri 20 Mar 2026) with this start (R-25): check the start date.")
        #expect(try f.db.employments(clientID: f.client.id!)[0].startDate == job.startDate)
    }

    @Test func endingAJobLaterAndCorrectingTheEnd() throws {
        let f = try PlanFixture()
        let (job, _) = try f.job(start: "2026-02-02", hours: 25)
        #expect(refusal { _ = try f.db.endEmployment(id: job.id!, version: job.version, on: day("2026-01-30"), endReason: "Quit", by: f.caseworker) }
            == "The job cannot end before it starts (Mon 2 Feb 2026).")
        let ended = try f.db.endEmployment(id: job.id!, version: job.version, on: day("2026-03-06"), endReason: "Laid off", by: f.caseworker)
        #expect(ended.endDate == day("2026-03-06") && ended.endReason == "Laid off")
        #expect(try f.db.outcomeCorrections(clientID: f.client.id!, by: f.caseworker).isEmpty, "a first end is not a correction")
        #expect(refusal { _ = try f.db.endEmployment(id: job.id!, version: ended.version, on: day("2026-03-13"), endReason: "Laid off", by: f.caseworker) }
            == "Say why this is corrected: the reason is kept with the earlier values.")
        let moved = try f.db.endEmployment(id: job.id!, version: ended.version, on: day("2026-03-13"), endReason: "Laid off",
                                           correction: "the employer's letter says the 13th", by: f.caseworker)
        #expect(moved.endDate == day("2026-03-13"))
        #expect(try f.db.outcomeCorrections(clientID: f.client.id!, by: f.caseworker).map(\.correction.what) == ["job end"])
        #expect(storeError { _ = try f.db.endEmployment(id: job.id!, version: ended.version, on: nil, endReason: nil, correction: "x", by: f.caseworker) }
            .map { if case .staleVersion = $0 { return true } else { return false } } == true, "someone saved it in between")
        let reopened = try f.db.endEmployment(id: job.id!, version: moved.version, on: nil, endReason: nil,
                                              correction: "entered on the wrong client's job", by: f.caseworker)
        #expect(reopened.endDate == nil && reopened.endReason == nil)
    }

    @Test func correctingTheTwelveMonthCheckpointRecomputesTheEarlyExit() throws {
        let f = try PlanFixture(assessedOn: "2024-12-02")
        try f.db.execute("UPDATE action_plan SET opened_on = '2024-12-09' WHERE id = ?", [f.plan.id!])
        let (_, checkpoints) = try f.job(start: "2025-01-06", hours: 30)
        let twelve = try f.db.recordCheckpoint(f.answer(checkpoints[3]), on: day("2026-01-06"), by: f.caseworker, today: PlanFixture.today)
        let closed = try f.db.closeActionPlan(try f.currentPlan(), reason: "Employed - 12 months complete", on: day("2026-01-20"),
                                              by: f.caseworker)
        #expect(!closed.isEarlyExit)
        // It was really reached after the closure: the plan closed early after all.
        _ = try f.db.correctCheckpoint(twelve, recordedOn: day("2026-02-02"), reason: "the call was in February", by: f.caseworker,
                                       today: PlanFixture.today)
        #expect(try f.db.read { try ActionPlan.fetchOne($0, key: closed.id!) }?.isEarlyExit == true)
        #expect(try f.db.integrityReport().isEmpty)
    }
}
