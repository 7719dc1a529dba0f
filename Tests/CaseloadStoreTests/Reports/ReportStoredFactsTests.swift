import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The figures count what the other features record (domain.md §7): a checkpoint's late mark and PBF
/// verdict as stored when it was recorded (R-25, #19), and each step of a financial support on the
/// day it happened (#20), never a guess from other columns. Each case below is one where the old
/// guess and the stored fact disagree; November 2026 beside October, as in `MonthlyReportTests`.
@Suite struct ReportStoredFactsTests {
    let f: ReportFixture

    init() throws {
        f = try ReportFixture()
        // C1 takes a 30-hour job at the employer they already worked for: not PBF-eligible as a job (R-12:
        // not a new employer), but R-25's checkpoint verdict judged its 1-month checkpoint by the hours and
        // and stored that it earns PBF. Due Mon 2 Nov, recorded Tue 17 Nov: more than 10 business
        // days (limit Mon 16 Nov), so it was stored late.
        try f.job(4, client: 1, start: "2026-10-02", pbf: false, newEmployer: false)
        try f.checkpoint(job: 4, month: 1, due: "2026-11-02", recorded: "2026-11-17", hours: 30, late: true, earnsPBF: true)
        // Afterwards an administrator adds an agency closure day on 10 Nov: recomputed now, the limit would
        // be 17 Nov and the checkpoint on time; the mark stored when it was recorded stays.
        try f.db.execute("INSERT INTO closure_day (site_id, day, reason) VALUES (NULL, '2026-11-10', 'Staff training')")
        // C4: a support submitted 20 Oct, approved 4 Nov, paid 24 Nov; another submitted 21 Oct, declined 5 Nov;
        // a third submitted and approved in September, paid 1 Oct, found ineligible for $7.50 on 26 Nov.
        try f.support(4, "Paid", submitted: "2026-10-20", cents: 4000, decided: "2026-11-04", paid: "2026-11-24")
        try f.support(4, "Declined", submitted: "2026-10-21", cents: 600, decided: "2026-11-05")
        try f.support(4, "Ineligible", submitted: "2026-09-10", cents: 2000, decided: "2026-09-12", paid: "2026-10-01",
                      ineligible: "2026-11-26", ineligibleCents: 750)
    }

    func report() throws -> MonthlyReport {
        try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .agency, today: ReportFixture.today, by: f.base.supervisor)
    }

    @Test func aCheckpointCountsLateByTheMarkStoredWhenItWasRecorded() throws {
        let late = try #require(report().line("checkpoints_late.1m"))
        #expect(late.current.count == 1 && late.current.clientIDs == [1])   // the fixture's own 1-month checkpoints were on time in Nov
        #expect(late.previous.count == 1)
    }

    @Test func pbfMilestonesCountTheStoredCheckpointVerdict() throws {
        // Nov: job 1's 12-month (stored: earns) and now C1's 1-month (stored: earns, though the job itself is not PBF-eligible).
        let pbf = try #require(report().line("pbf_milestones"))
        #expect(pbf.current.count == 2 && pbf.current.clientIDs == [1, 6])
        #expect(pbf.previous.count == 1)
    }

    @Test func aSupportCountsUnderEachStatusInTheMonthItReachedIt() throws {
        let r = try report()
        func figure(_ status: String) -> [Int?] {
            guard let line = r.line("supports.\(status)") else { return [] }
            return [line.current.count, line.current.amountCents, line.previous.count, line.previous.amountCents]
        }
        // Oct: submitted C6's $10 (fixture), C4's $40 and $6; approved C6's $10; paid C4's $20.
        // Nov: submitted C5's $50 and C6's $123.45 (fixture); approved C6's (fixture) and C4's $40; declined C4's $6;
        // paid C6's (fixture) and C4's $40; ineligible $7.50 of C4's $20.
        #expect(figure("Submitted") == [2, 17345, 3, 5600])
        #expect(figure("Approved") == [2, 16345, 1, 1000])
        #expect(figure("Declined") == [1, 600, 0, 0])
        #expect(figure("Paid") == [2, 16345, 1, 2000])
        #expect(figure("Ineligible") == [1, 750, 0, 0])
    }
}
