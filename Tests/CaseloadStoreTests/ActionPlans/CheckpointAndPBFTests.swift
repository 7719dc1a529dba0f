import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Recording checkpoints and the PBF verdict `recordEmployment` stores.
@Suite struct CheckpointAndPBFTests {
    @Test func recordingACheckpointRemovesItsFollowUp() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-01-31", hours: 25)
        let oneMonth = checkpoints[0]
        #expect(oneMonth.dueOn == day("2026-02-28"))
        let scope = FollowUpScope(clientID: f.client.id!)
        func queued() throws -> [FollowUpKey] {
            try f.db.followUpQueue(asOf: PlanFixture.today, now: Date(), scope: scope).map(\.itemKey)
        }
        #expect(try queued().contains(.checkpoint(oneMonth.id!)))

        let answer = f.answer(oneMonth, note: "  Likes the night shift.  ")
        let recorded = try f.db.recordCheckpoint(answer, on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        #expect(recorded.recordedOn == PlanFixture.today && recorded.hoursPerWeek == 26 && recorded.note == "Likes the night shift.")
        #expect(recorded.version == 1)
        #expect(try f.auditActions("checkpoint", oneMonth.id) == ["insert", "update"])
        #expect(try !queued().contains(.checkpoint(oneMonth.id!)))
        #expect(try f.db.checkpointsDue(through: PlanFixture.today).isEmpty)

        #expect(refusal { _ = try f.db.recordCheckpoint(recorded, on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today) }
            == "The 1-month checkpoint was already recorded Mon 16 Mar 2026; correct it instead (with a reason).")
    }

    @Test func checkpointAnswersAreChecked() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2026-01-31", hours: 25)
        var c = checkpoints[0]
        #expect(refusal { _ = try f.db.recordCheckpoint(c, on: day("2026-03-17"), by: f.caseworker, today: PlanFixture.today) }
            == "Tue 17 Mar 2026 is in the future: record a checkpoint on or after the day you reached the client. | Say whether the client is still employed."
            + " | Choose the evidence (pay stub, employer confirmation, client attestation …). | Enter the evidence's document reference (file name, scan number …).")
        c.evidence = "Pay stub"; c.evidenceReference = "stub-march.pdf"
        c.stillEmployed = true
        #expect(refusal { _ = try f.db.recordCheckpoint(c, on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today) }
            == "Enter the hours a week the client works now.")
        c.hoursPerWeek = 30
        #expect(storeError { _ = try f.db.recordCheckpoint(c, on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today) }
            == .notInValueList(kind: .contactMethod, value: ""))
        c.contactMethod = "Phone"
        #expect(storeError { _ = try f.db.recordCheckpoint(c, on: PlanFixture.today, by: f.base.frontDesk, today: PlanFixture.today) }
            == .notPermitted(.editActionPlan))
        // Not employed any more: hours and employer are not kept.
        c.stillEmployed = false
        let saved = try f.db.recordCheckpoint(c, on: PlanFixture.today, by: f.caseworker, today: PlanFixture.today)
        #expect(saved.stillEmployed == false && saved.hoursPerWeek == nil && saved.sameEmployer == nil)
    }

    /// (assessed, start, hours, new employer, already working, outcome program, stored verdict).
    @Test(arguments: [
        ("2026-01-05", "2026-02-02", 25.0, true, 0.0, false, true),     // eligible
        ("2026-01-05", "2026-01-02", 25.0, true, 0.0, false, false),    // before the assessment
        (nil, "2026-02-02", 25.0, true, 0.0, false, false),             // no assessment
        ("2026-01-05", "2026-02-02", 19.5, true, 0.0, false, false),    // under 20
        ("2026-01-05", "2026-02-02", 20.0, true, 0.0, false, true),     // exactly 20
        ("2026-01-05", "2026-02-02", 20.0, false, 25.0, false, false),  // already working, same employer
        ("2026-01-05", "2026-02-02", 20.0, true, 25.0, false, true),    // already working, new employer
        ("2026-01-05", "2026-02-02", 30.0, true, 0.0, true, false),     // outcome program
    ] as [(String?, String, Double, Bool, Double, Bool, Bool)])
    func recordEmploymentStoresTheVerdict(_ assessed: String?, _ start: String, _ hours: Double, _ isNew: Bool,
                                          _ already: Double, _ program: Bool, _ eligible: Bool) throws {
        let f = try PlanFixture(assessedOn: assessed)
        if already > 0 { _ = try f.job(start: "2025-06-02", hours: already, employer: "Old Job Inc") }
        if program { _ = try f.add("Apprenticeship", start: "2026-01-19", program: true) }
        let facts = try f.db.pbfFacts(clientID: f.client.id!, jobStartingOn: day(start), by: f.caseworker)
        let verdict = facts.verdict(startDate: day(start), hoursPerWeek: hours, isNewEmployer: isNew, fromOutcomeProgram: program)
        #expect(verdict.isEligible == eligible, "\(verdict.summary)")
        let (job, _) = try f.job(start: start, hours: hours, isNew: isNew, program: program)
        #expect(job.isPBFEligible == eligible, "the stored flag matches the verdict shown before saving")
    }

    @Test func factsReadFromTheFile() throws {
        let f = try PlanFixture()
        _ = try f.job(start: "2025-06-02", hours: 12, employer: "Small Shop")
        _ = try f.job(start: "2025-07-07", hours: 22, employer: "Big Shop")
        let ended = try f.job(start: "2025-05-05", hours: 40, employer: "Gone Ltd").employment
        try f.db.execute("UPDATE employment SET end_date = '2025-12-31' WHERE id = ?", [ended.id!])
        var cancelled = try f.add("Ontario Bridge Training", start: "2026-01-19", program: true)
        cancelled = try f.db.cancelPlanItem(cancelled, by: f.caseworker, today: PlanFixture.today)
        _ = try f.add("Apprenticeship", start: "2026-06-01", program: true)   // starts after the job
        let facts = try f.db.pbfFacts(clientID: f.client.id!, jobStartingOn: day("2026-02-02"), by: f.caseworker)
        #expect(facts.assessmentDate == day("2026-01-05"))
        #expect(facts.alreadyWorkingHoursPerWeek == 22, "the largest current job; ended jobs and sums do not count")
        #expect(facts.outcomeProgram == nil, "cancelled or later programs do not make the job theirs")
        #expect(storeError { _ = try f.db.pbfFacts(clientID: f.client.id!, jobStartingOn: PlanFixture.today, by: f.base.frontDesk) }
            == .notPermitted(.viewActionPlan))
    }

    @Test func submittedAssessmentDateIsTheSubmissionDay() throws {
        let f = try PlanFixture(assessedOn: nil)
        // 2026-01-07 03:30 UTC is still 6 January in Toronto.
        try f.db.execute("INSERT INTO assessment(client_id, module2_completed_on, submitted_at) VALUES (?, '2026-01-02', '2026-01-07 03:30:00.000')", [f.client.id!])
        let facts = try f.db.pbfFacts(clientID: f.client.id!, jobStartingOn: PlanFixture.today, by: f.caseworker)
        #expect(facts.assessmentDate == day("2026-01-06"))
    }
}
