import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Plan items: every transition, the status following the dates, versions and audit rows.
@Suite struct PlanItemTransitionTests {
    @Test func itemLifecycleNotStartedToCompleted() throws {
        let f = try PlanFixture()
        let added = try f.add("Workshop", description: "Resume clinic", start: "2026-03-20")
        #expect(added.status == .notStarted && added.version == 0)

        let started = try f.db.startPlanItem(added, on: day("2026-03-16"), by: f.caseworker, today: PlanFixture.today)
        #expect(started.status == .inProgress && started.actualStart == day("2026-03-16") && started.version == 1)

        let done = try f.db.completePlanItem(started, on: day("2026-03-16"), outcome: .notAttained, by: f.caseworker, today: PlanFixture.today)
        #expect(done.status == .completed && done.outcome == .notAttained && done.actualEnd == day("2026-03-16") && done.version == 2)
        #expect(try f.auditActions("plan_item", done.id) == ["insert", "update", "update"])
        let last = try #require(try f.db.audit(recordType: "plan_item", recordID: done.id!).last)
        #expect(last.changes.contains("actual_end") && last.changes.contains("outcome") && last.staffID == f.caseworker.id)
    }

    @Test func cancellingSetsOutcomeCancelledAndKeepsDates() throws {
        let f = try PlanFixture()
        var item = try f.add("Job Search")
        item = try f.db.startPlanItem(item, on: day("2026-03-02"), by: f.caseworker, today: PlanFixture.today)
        let cancelled = try f.db.cancelPlanItem(item, by: f.caseworker, today: PlanFixture.today)
        #expect(cancelled.status == .cancelled && cancelled.outcome == .cancelled && cancelled.actualStart == day("2026-03-02"))
        #expect(refusal { _ = try f.db.cancelPlanItem(cancelled, by: f.caseworker, today: PlanFixture.today) }
            == "The Job Search item is already Cancelled; only an open item can be cancelled.")
    }

    /// Status never disagrees with the dates: transitions from the wrong state are refused, nothing saved.
    @Test func transitionsFromTheWrongStateAreRefused() throws {
        let f = try PlanFixture()
        let item = try f.add("Training", description: "Forklift")
        #expect(refusal { _ = try f.db.completePlanItem(item, on: day("2026-03-10"), outcome: .attained, by: f.caseworker, today: PlanFixture.today) }
            == "The Training item (Forklift) has not started, so it cannot be completed: record its actual start first.")
        let started = try f.db.startPlanItem(item, on: day("2026-03-02"), by: f.caseworker, today: PlanFixture.today)
        #expect(refusal { _ = try f.db.startPlanItem(started, on: day("2026-03-03"), by: f.caseworker, today: PlanFixture.today) }
            == "The Training item (Forklift) is already In Progress; only a Not Started item can be started.")
        #expect(refusal { _ = try f.db.completePlanItem(started, on: day("2026-03-10"), outcome: .cancelled, by: f.caseworker, today: PlanFixture.today) }
            .hasPrefix("Cancelled is not an outcome of completing"))
        // Dates that contradict each other or lie in the future are refused by PlanRules.
        #expect(refusal { _ = try f.db.completePlanItem(started, on: day("2026-03-01"), outcome: .attained, by: f.caseworker, today: PlanFixture.today) }
            == "Actual end Sun 1 Mar 2026 is before the actual start Mon 2 Mar 2026: check the dates.")
        #expect(refusal { _ = try f.db.startPlanItem(try f.add("Workshop"), on: day("2026-03-17"), by: f.caseworker, today: PlanFixture.today) }
            .hasPrefix("Actual start Tue 17 Mar 2026 is in the future"))
        let stored = try #require(try f.db.profilePlan(clientID: f.client.id!, by: f.caseworker)?.items.first)
        #expect(stored == started, "nothing saved by the refused attempts")
        #expect(stored.status == .inProgress)
    }

    @Test func editingKeepsDatesConsistentAndChecksTheType() throws {
        let f = try PlanFixture()
        var item = try f.add("Workshop")
        item.description = "  Interview skills  "
        item.expectedStart = day("2026-04-01"); item.expectedEnd = day("2026-04-03")
        item.isEmploymentOutcomeProgram = true
        let saved = try f.db.updatePlanItem(item, by: f.caseworker, today: PlanFixture.today)
        #expect(saved.description == "Interview skills" && saved.isEmploymentOutcomeProgram && saved.version == 1)

        var bad = saved
        bad.actualEnd = day("2026-03-10")   // an end without a start
        #expect(refusal { _ = try f.db.updatePlanItem(bad, by: f.caseworker, today: PlanFixture.today) }
            == "An actual end needs an actual start: enter the day the item started first. | A completed item needs an outcome: choose Attained or Not Attained.")
        var unknown = saved
        unknown.type = "Basket weaving"
        #expect(storeError { _ = try f.db.updatePlanItem(unknown, by: f.caseworker, today: PlanFixture.today) }
            == .notInValueList(kind: .planItemType, value: "Basket weaving"))
    }

    @Test func staleCopiesAreRefused() throws {
        let f = try PlanFixture()
        let item = try f.add("Workshop")
        let other = try f.base.openAgain()
        _ = try other.startPlanItem(item, on: day("2026-03-02"), by: f.caseworker, today: PlanFixture.today)
        let error = storeError { _ = try f.db.cancelPlanItem(item, by: f.caseworker, today: PlanFixture.today) }
        guard case .staleVersion(let table, _, let expected, let found, _, _)? = error else {
            Issue.record("expected staleVersion, got \(String(describing: error))"); return
        }
        #expect(table == "plan_item" && expected == 0 && found == 1)
    }

    @Test func frontDeskIsRefusedEverything() throws {
        let f = try PlanFixture()
        let item = try f.add("Workshop")
        let desk = f.base.frontDesk
        let refused = StoreError.notPermitted(.editActionPlan)
        #expect(storeError { _ = try f.db.addPlanItem(PlanItem(planID: f.plan.id!, type: "Workshop"), by: desk, today: PlanFixture.today) } == refused)
        #expect(storeError { _ = try f.db.updatePlanItem(item, by: desk, today: PlanFixture.today) } == refused)
        #expect(storeError { _ = try f.db.startPlanItem(item, on: PlanFixture.today, by: desk, today: PlanFixture.today) } == refused)
        #expect(storeError { _ = try f.db.completePlanItem(item, on: PlanFixture.today, outcome: .attained, by: desk, today: PlanFixture.today) } == refused)
        #expect(storeError { _ = try f.db.cancelPlanItem(item, by: desk, today: PlanFixture.today) } == refused)
        #expect(storeError { _ = try f.db.putActionPlanOnHold(f.plan, reason: "x", since: PlanFixture.today, by: desk) } == refused)
        #expect(storeError { _ = try f.db.returnActionPlanToActive(f.plan, by: desk) } == refused)
        #expect(storeError { _ = try f.db.closeActionPlan(f.plan, reason: "Other", on: PlanFixture.today, by: desk) } == refused)
        #expect(storeError { _ = try f.db.openActionPlan(clientID: f.client.id!, goal: nil, on: PlanFixture.today, by: desk) } == refused)
        #expect(storeError { _ = try f.db.earlyExitVerdict(clientID: f.client.id!, closingOn: PlanFixture.today, by: desk) }
            == .notPermitted(.viewActionPlan))
        #expect(try f.auditActions("plan_item", item.id) == ["insert"], "nothing written for front desk")
    }
}
