import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// §3a: a job that ends with checkpoints still due returns the client from `Monitoring` to `Active`;
/// the status is computed from every job, so a second running job keeps `Monitoring` and an end
/// corrected away brings `Monitoring` back. Each change is in the status history with day and reason.
@Suite struct JobEndStatusTests {
    func status(_ f: PlanFixture) throws -> ClientStatus {
        try f.db.client(id: f.client.id!, by: f.caseworker).status
    }

    func history(_ f: PlanFixture) throws -> [ClientStatusChange] {
        try f.db.statusHistory(clientID: f.client.id!, by: f.caseworker)
    }

    var today: LocalDate { LocalDate(Date(), in: FollowUpEngine.agencyTimeZone) }

    @Test func endingTheOnlyJobWithCheckpointsDueReturnsTheClientToActive() throws {
        let f = try PlanFixture()
        let (job, _) = try f.job(start: "2026-02-02", hours: 25)
        #expect(try status(f) == .monitoring)
        let ended = try f.db.endEmployment(id: job.id!, version: job.version, on: day("2026-03-06"), endReason: "Laid off", by: f.caseworker)
        #expect(try status(f) == .active)
        let change = try #require(try history(f).last)
        #expect(change.fromStatus == .monitoring && change.toStatus == .active && change.changedOn == today)
        #expect(change.reason == "Job ended: Acme Foods (Picker) Fri 6 Mar 2026 (Laid off) with checkpoints still due")
        #expect(try f.db.audit(recordType: "client_status_change", recordID: change.id!).map(\.action) == ["insert"])
        #expect(try f.db.audit(recordType: "client", recordID: f.client.id!).last?.changes.contains("\"status\":[\"Monitoring\",\"Active\"]") == true)

        // Moving the end is no new change: the client is Active already.
        let moved = try f.db.endEmployment(id: job.id!, version: ended.version, on: day("2026-03-13"), endReason: "Laid off",
                                           correction: "the letter says the 13th", by: f.caseworker)
        #expect(try history(f).map(\.toStatus) == [.active, .monitoring, .active])
        // The end corrected away: the job runs again, and so do its checkpoints.
        _ = try f.db.endEmployment(id: job.id!, version: moved.version, on: nil, endReason: nil,
                                   correction: "entered on the wrong client's job", by: f.caseworker)
        #expect(try status(f) == .monitoring)
        #expect(try history(f).last?.reason == "Job end removed: Acme Foods (Picker) runs again; checkpoints running")
    }

    @Test func anotherRunningJobKeepsTheClientInMonitoring() throws {
        let f = try PlanFixture()
        let (first, _) = try f.job(start: "2026-02-02", hours: 12)
        let (second, _) = try f.job(start: "2026-02-16", hours: 25, employer: "Bolt Logistics")
        _ = try f.db.endEmployment(id: first.id!, version: try f.db.employments(clientID: f.client.id!)[0].version,
                                   on: day("2026-03-06"), endReason: "Quit", by: f.caseworker)
        #expect(try status(f) == .monitoring, "the Bolt Logistics job still runs with its checkpoints")
        #expect(try history(f).map(\.toStatus) == [.active, .monitoring])
        let stored = try #require(try f.db.employments(clientID: f.client.id!).first { $0.id == second.id })
        _ = try f.db.endEmployment(id: second.id!, version: stored.version, on: day("2026-03-13"), endReason: "Quit", by: f.caseworker)
        #expect(try status(f) == .active)
        #expect(try history(f).last?.reason.hasPrefix("Job ended: Bolt Logistics (Picker) Fri 13 Mar 2026 (Quit)") == true)
    }

    @Test func aJobEndedWithEveryCheckpointRecordedLeavesTheStatusAlone() throws {
        let f = try PlanFixture()
        let (job, _) = try f.job(start: "2025-01-06", hours: 25)
        try f.db.execute("UPDATE checkpoint SET recorded_on = due_on WHERE employment_id = ?", [job.id!])
        _ = try f.db.endEmployment(id: job.id!, version: job.version, on: day("2026-02-27"), endReason: "Quit", by: f.caseworker)
        #expect(try status(f) == .monitoring, "nothing is still due: the job's monitoring is complete")
    }

    @Test func aClosedFileStaysClosedWhenAJobEndIsRecordedLater() throws {
        let f = try PlanFixture()
        let (job, _) = try f.job(start: "2026-02-02", hours: 25)
        _ = try f.db.closeActionPlan(try f.currentPlan(), reason: "Client withdrew", on: day("2026-03-10"), by: f.caseworker)
        #expect(try status(f) == .closed)
        let stored = try f.db.employments(clientID: f.client.id!)[0]
        _ = try f.db.endEmployment(id: job.id!, version: stored.version, on: day("2026-03-06"), endReason: "Quit", by: f.caseworker)
        #expect(try status(f) == .closed)
        #expect(try history(f).last?.toStatus == .closed)
    }
}
