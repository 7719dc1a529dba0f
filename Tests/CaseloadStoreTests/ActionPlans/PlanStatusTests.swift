import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The plan's own status: opening, On Hold and back, closing with the early-exit flag.
@Suite struct PlanStatusTests {
    @Test func openingTwiceIsRefused() throws {
        let f = try PlanFixture()
        #expect(f.plan.status == .active && f.plan.goal == "Warehouse work" && f.plan.version == 0)
        #expect(try f.auditActions("action_plan", f.plan.id) == ["insert"])
        #expect(refusal { _ = try f.db.openActionPlan(clientID: f.client.id!, goal: nil, on: PlanFixture.today, by: f.caseworker) }
            == "This client already has an open plan: add items to it, or close it before opening another.")
    }

    @Test func holdAndResumeForTraining() throws {
        let f = try PlanFixture()
        let training = try f.add("Training", description: "Forklift certificate")
        // the rule suggests the hold; the store applies it when asked.
        let suggestion = try #require(PlanRules.suggestionAfterAdding(training, to: f.plan, on: PlanFixture.today))
        let held = try f.db.putActionPlanOnHold(f.plan, reason: suggestion.onHoldReason!, since: suggestion.since!, by: f.caseworker)
        #expect(held.status == .onHold && held.onHoldReason == "Training: Forklift certificate" && held.onHoldSince == PlanFixture.today)
        #expect(held.version == 1)
        #expect(refusal { _ = try f.db.putActionPlanOnHold(held, reason: "again", since: PlanFixture.today, by: f.caseworker) }
            == "The plan is already Active - On Hold; only an Active plan can be put on hold.")
        #expect(refusal { _ = try f.db.putActionPlanOnHold(f.plan, reason: "  ", since: PlanFixture.today, by: f.caseworker) }
            .hasPrefix("Say why the plan is on hold"))

        var item = try f.db.startPlanItem(training, on: day("2026-03-02"), by: f.caseworker, today: PlanFixture.today)
        item = try f.db.completePlanItem(item, on: PlanFixture.today, outcome: .attained, by: f.caseworker, today: PlanFixture.today)
        let back = try #require(PlanRules.suggestionAfterEnding(item, in: held, items: [item]))
        #expect(back.status == .active)
        let active = try f.db.returnActionPlanToActive(held, by: f.caseworker)
        #expect(active.status == .active && active.onHoldReason == nil && active.onHoldSince == nil && active.version == 2)
        #expect(refusal { _ = try f.db.returnActionPlanToActive(active, by: f.caseworker) }
            == "The plan is Active, not on hold: there is nothing to resume.")
        #expect(try f.auditActions("action_plan", f.plan.id) == ["insert", "update", "update"])
    }

    /// closing before the 12-month checkpoint is recorded stores the early-exit flag.
    @Test func closingEarlyStoresTheFlag() throws {
        let f = try PlanFixture()
        _ = try f.job(start: "2026-02-02", hours: 25)
        let verdict = try f.db.earlyExitVerdict(clientID: f.client.id!, closingOn: PlanFixture.today, by: f.caseworker)
        #expect(verdict.isEarlyExit)
        #expect(verdict.explanation == "R-10: early exit: the EAP closes Mon 16 Mar 2026, before the 12-month checkpoint due Tue 2 Feb 2027 is recorded. It still counts toward volume.")
        let closed = try f.db.closeActionPlan(f.plan, reason: "Client withdrew", on: PlanFixture.today, by: f.caseworker)
        #expect(closed.status == .closed && closed.isEarlyExit && closed.closureReason == "Client withdrew" && closed.closedOn == PlanFixture.today)
        #expect(try f.db.scalar("SELECT is_early_exit FROM action_plan WHERE id = ?", [f.plan.id!]) == 1)
        #expect(try f.db.audit(recordType: "action_plan", recordID: f.plan.id!).last?.changes.contains("is_early_exit") == true)

        // A closed plan is not changed any more.
        let item = try #require(try f.db.profilePlan(clientID: f.client.id!, by: f.caseworker)).plan
        #expect(refusal { _ = try f.db.closeActionPlan(item, reason: "Other", on: PlanFixture.today, by: f.caseworker) }.hasPrefix("This plan was closed Mon 16 Mar 2026"))
        #expect(refusal { _ = try f.add("Workshop") }.hasPrefix("This plan was closed"))
        // Closing the plan closed the file: a new plan comes by reopening it.
        #expect(refusal { _ = try f.db.openActionPlan(clientID: f.client.id!, goal: nil, on: PlanFixture.today, by: f.caseworker) }
            .contains("reopen"))
        #expect(try f.db.reopenClient(clientID: f.client.id!, goal: nil, on: PlanFixture.today, reason: "Came back",
                                      by: f.caseworker).status == .active)
    }

    @Test func closingAfterTheTwelveMonthCheckpointIsNotEarly() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2025-01-06", hours: 30)
        var twelve = checkpoints[3]
        twelve.stillEmployed = true; twelve.hoursPerWeek = 30; twelve.sameEmployer = true; twelve.contactMethod = "Phone"
        twelve.evidence = "Pay stub"; twelve.evidenceReference = "stub-2026-01.pdf"
        _ = try f.db.recordCheckpoint(twelve, on: day("2026-01-08"), by: f.caseworker, today: PlanFixture.today)
        let closed = try f.db.closeActionPlan(f.plan, reason: "Employed - 12 months complete", on: PlanFixture.today, by: f.caseworker)
        #expect(!closed.isEarlyExit)
    }

    /// Issue #15 item 17: the reason must agree with the facts.
    @Test func twelveMonthsCompleteNeedsTheTwelveMonthCheckpoint() throws {
        let f = try PlanFixture()
        let (_, checkpoints) = try f.job(start: "2025-01-06", hours: 30)
        #expect(refusal { _ = try f.db.closeActionPlan(f.plan, reason: "Employed - 12 months complete", on: PlanFixture.today, by: f.caseworker) }
            .hasPrefix("\"Employed - 12 months complete\" needs the 12-month checkpoint recorded first"))
        #expect(try f.db.profilePlan(clientID: f.client.id!, by: f.caseworker)?.plan.status == .active, "nothing was closed")
        var twelve = checkpoints[3]
        twelve.stillEmployed = true; twelve.hoursPerWeek = 30; twelve.sameEmployer = true; twelve.contactMethod = "Phone"
        twelve.evidence = "Pay stub"; twelve.evidenceReference = "stub-2026-01.pdf"
        _ = try f.db.recordCheckpoint(twelve, on: day("2026-03-10"), by: f.caseworker, today: PlanFixture.today)
        // Recorded after the closing day does not count either.
        #expect(refusal { _ = try f.db.closeActionPlan(f.plan, reason: "Employed - 12 months complete", on: day("2026-03-09"), by: f.caseworker) }
            .contains("needs the 12-month checkpoint recorded first"))
        #expect(try !f.db.closeActionPlan(f.plan, reason: "Employed - 12 months complete", on: PlanFixture.today, by: f.caseworker).isEarlyExit)
    }

    @Test func closureReasonMustComeFromTheList() throws {
        let f = try PlanFixture()
        #expect(storeError { _ = try f.db.closeActionPlan(f.plan, reason: "Bored", on: PlanFixture.today, by: f.caseworker) }
            == .notInValueList(kind: .closureReason, value: "Bored"))
        #expect(refusal { _ = try f.db.closeActionPlan(f.plan, reason: "Other", on: day("2026-01-01"), by: f.caseworker) }
            == "A plan cannot close (Thu 1 Jan 2026) before it opened (Mon 12 Jan 2026).")
    }

    /// recording a job leaves the plan as it was.
    @Test func gettingAJobNeverClosesThePlan() throws {
        let f = try PlanFixture()
        _ = try f.job(start: "2026-03-02", hours: 25)
        let plan = try f.currentPlan()
        #expect(plan.status == .active && plan.version == 0 && plan.closedOn == nil)
    }
}
