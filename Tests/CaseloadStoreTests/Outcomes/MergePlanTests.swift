import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19: what a merge will move is shown before the reason is asked (profile `M`, `caseload
/// merge`), with the merge's own refusals; a retired file's profile names where it went.
@Suite struct MergePlanTests {
    @Test func thePlanCountsTheRetiredFilesRecordsAndChangesNothing() throws {
        let f = try PlanFixture()
        let kept = f.client
        let retired = try f.db.createClient(Client(camsReference: "00123456", firstName: "Ana", lastName: "Silva-Gomes",
                                                   caseworkerID: f.caseworker.id), by: f.caseworker)
        _ = try f.db.addCaseNote(f.base.note(for: retired, body: "First call."), by: f.caseworker)
        _ = try f.db.addCaseNote(f.base.note(for: retired, body: "Second call."), by: f.caseworker)
        let employer = try f.db.addEmployer(Employer(name: "Shop"), by: f.caseworker)
        _ = try f.db.recordEmployment(Employment(clientID: retired.id!, employerID: employer.id!, jobTitle: "Cashier",
                                                 startDate: LocalDate(iso: "2026-02-02")!, hoursPerWeek: 25, isNewEmployer: true), by: f.caseworker)

        #expect(storeError { _ = try f.db.planMerge(keep: kept.id!, retire: retired.id!, by: f.caseworker) } == .notPermitted(.mergeClients))
        let plan = try f.db.planMerge(keep: kept.id!, retire: retired.id!, by: f.base.supervisor)
        let counts = Dictionary(uniqueKeysWithValues: plan.counts.map { ($0.what, $0.count) })
        #expect(plan.counts.map(\.what) == ["notes", "plans", "appointments", "jobs", "checkpoints", "supports", "follow-ups", "referrals"])
        #expect(counts["notes"] == 2 && counts["jobs"] == 1 && counts["checkpoints"] == 4 && counts["plans"] == 0)
        #expect(plan.movesSummary.hasPrefix("2 notes, 0 plans, 0 appointments, 1 job, 4 checkpoints"))
        #expect(plan.lines[0] == "Keep:   Silva, Ana (#\(kept.id!)), CaMS none")
        #expect(plan.lines[1] == "Retire: Silva-Gomes, Ana (#\(retired.id!)), CaMS 00123456")
        #expect(plan.camsReferenceAfter == "00123456")
        #expect(plan.movesInShort == "2 notes, 1 job, 4 checkpoints")
        #expect(try f.db.mergePointer(retiredClientID: retired.id!) == nil, "planning merged nothing")

        let result = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "Registered twice", by: f.base.supervisor)
        #expect(result.moved["case_note"] == 2)
        let pointer = try #require(try f.db.mergePointer(retiredClientID: retired.id!))
        #expect(pointer.keptClientID == kept.id && pointer.keptName == "Silva, Ana" && pointer.reason == "Registered twice"
                && pointer.mergedByName == f.base.supervisor.fullName)
        #expect(refusal { _ = try f.db.planMerge(keep: kept.id!, retire: retired.id!, by: f.base.supervisor) }.hasPrefix("This file was merged into"))
    }

    @Test func thePlanRefusesWhatTheMergeRefuses() throws {
        let f = try PlanFixture()
        let a = try f.db.createClient(Client(camsReference: "48213957", firstName: "Lee", lastName: "Park"), by: f.caseworker)
        let b = try f.db.createClient(Client(camsReference: "73920561", firstName: "Lee", lastName: "Park"), by: f.caseworker)
        #expect(refusal { _ = try f.db.planMerge(keep: a.id!, retire: b.id!, by: f.base.supervisor) }.contains("different CaMS references (48213957, 73920561)"))
        #expect(refusal { _ = try f.db.planMerge(keep: a.id!, retire: a.id!, by: f.base.supervisor) }
            == "A file cannot be merged into itself: choose two different clients.")
    }
}
