import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Each figure of domain.md §7 on `ReportFixture`, whose answers are worked out by hand there:
/// November 2026 (this period) beside October 2026 (the previous one).
@Suite struct MonthlyReportTests {
    let f: ReportFixture
    let report: MonthlyReport

    init() throws {
        f = try ReportFixture()
        report = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .agency, today: ReportFixture.today, by: f.base.supervisor)
    }

    /// (November, October) counts of a line; (-1, -1) when the line is missing.
    func counts(_ id: String) -> [Int] {
        guard let line = report.line(id) else { Issue.record("no line \(id)"); return [-1, -1] }
        return [line.current.count, line.previous.count]
    }

    @Test func clientsServedCountsEachClientOnceByAnyServiceActivity() throws {
        // Nov: C1 note+visit, C2 SA note (its unanswered attempt alone would not count), C4 reached, C5 assessment+plan item.
        // Oct: C3 SA note, C4 late arrival, C5 plan item running since 15 Oct.
        #expect(counts("clients_served") == [4, 3])
        let line = try #require(report.line("clients_served"))
        #expect(line.current.clientIDs == [1, 2, 4, 5])
        #expect(line.previous.clientIDs == [3, 4, 5])
        #expect(line.current.byCaseworker == [f.cwA.id!: 3, f.cwB.id!: 1])
    }

    @Test func newIntakesBySourceLeaveImportedClientsOut() {
        #expect(counts("intakes.Self") == [1, 0])
        #expect(counts("intakes.TRF") == [1, 0])
        #expect(counts("intakes.OW") == [0, 1])
        #expect(counts("intakes.RASP") == [0, 1])
        #expect(counts("intakes.ODSP") == [0, 0])
        #expect(counts("intakes.Other") == [0, 0])
    }

    @Test func assessmentsAndPlans() {
        #expect(counts("assessments_completed") == [1, 0])
        #expect(counts("eaps_opened") == [1, 0])
        #expect(counts("eaps_on_hold") == [1, 0])
        #expect(counts("eaps_closed.Client withdrew") == [1, 0])
        #expect(counts("eaps_closed.Moved out of area") == [0, 1])
        #expect(counts("early_exits") == [1, 0])
        #expect(report.line("early_exits")?.current.clientIDs == [6])
    }

    @Test func employmentStartsSplitByPBFEligibility() {
        #expect(counts("employment_starts.pbf") == [1, 0])
        #expect(counts("employment_starts.not_pbf") == [0, 1])
    }

    @Test func checkpointsDueRecordedLateAndOverdue() {
        #expect(counts("checkpoints_due.1m") == [1, 1])
        #expect(counts("checkpoints_due.6m") == [1, 0])
        #expect(counts("checkpoints_due.12m") == [0, 1])
        #expect(counts("checkpoints_due.3m") == [0, 0])      // due 1 Dec: after both months
        #expect(counts("checkpoints_recorded.1m") == [1, 1])
        #expect(counts("checkpoints_recorded.12m") == [1, 0])
        // 1-month of job 1: due Thu 1 Oct, limit Fri 16 Oct (Thanksgiving 12 Oct skipped), recorded 20 Oct.
        // 12-month: due 15 Oct, limit 29 Oct, recorded 3 Nov. 1-month of job 3: due 5 Nov, recorded 6 Nov: on time.
        #expect(counts("checkpoints_late.1m") == [0, 1])
        #expect(counts("checkpoints_late.12m") == [1, 0])
        // At 30 Nov the 6-month (due 20 Nov) is unrecorded; at 31 Oct the 12-month (due 15 Oct) was not yet recorded.
        #expect(counts("checkpoints_overdue.6m") == [1, 0])
        #expect(counts("checkpoints_overdue.12m") == [0, 1])
        #expect(counts("checkpoints_overdue.1m") == [0, 0])
    }

    @Test func pbfMilestonesNeedTwentyHoursInAnEligibleJob() {
        // Nov: job 1's 12-month at 20 h (eligible job) counts; job 3's 1-month at 30 h does not (job not eligible). Oct: job 1's 1-month at 25 h.
        #expect(counts("pbf_milestones") == [1, 1])
    }

    @Test func saContactDeadlinesMetOverDue() throws {
        let r01 = try #require(report.line("sa_deadlines.R-01"))
        #expect(r01.current.count == 1 && r01.current.outOf == 2 && r01.current.percent == 50)
        #expect(r01.previous.outOf == 0 && r01.previous.percent == nil)
        let r02 = try #require(report.line("sa_deadlines.R-02"))
        #expect(r02.current.count == 1 && r02.current.outOf == 2)
        let r04 = try #require(report.line("sa_deadlines.R-04"))
        #expect(r04.current.count == 1 && r04.current.outOf == 1 && r04.current.text == "1 of 1 (100%)")
    }

    @Test func appointmentsAttendedAndNoShow() {
        #expect(counts("appointments.attended") == [1, 1])   // Nov: C1 attended; Oct: C4 late (still attended)
        #expect(counts("appointments.no_show") == [1, 0])
    }

    @Test func financialSupportsByStatusWithAmounts() throws {
        let paid = try #require(report.line("supports.Paid"))
        #expect(paid.current.count == 1 && paid.current.amountCents == 12345 && paid.current.text == "1 · $123.45")
        // Each status in the month it was reached: Nov submitted C5's $50 and C6's $123.45, approved and paid C6's;
        // Oct submitted and approved C6's $10.
        #expect(report.line("supports.Submitted")?.current.amountCents == 17345)
        #expect(report.line("supports.Submitted")?.current.count == 2)
        #expect(report.line("supports.Approved")?.current.amountCents == 12345)
        #expect(report.line("supports.Approved")?.previous.amountCents == 1000)
        #expect(report.line("supports.Submitted")?.previous.amountCents == 1000)
        #expect(report.line("supports.Draft") == nil)
    }

    @Test func followUpsOverdueAtPeriodEndByRule() {
        // At 30 Nov: C2's second attempt (due 16 Nov), C5's 6-month checkpoint (20 Nov), C5's support (submitted 12 Nov, decision due 19 Nov).
        // R-22 (#18): C6 is ODSP-referred and no SA Communication note tells the SA caseworker of its two
        // jobs (1 Sep, 2 Nov) or two supports (2 Oct, 1 Nov): four items by 30 Nov, two of them by 31 Oct.
        let overdue = report.lines.filter { $0.id.hasPrefix("followups_overdue.") }
        #expect(Set(overdue.map(\.id)) == ["followups_overdue.R-02", "followups_overdue.R-08", "followups_overdue.FS-APPROVAL", "followups_overdue.R-22"])
        #expect(overdue.filter { $0.id != "followups_overdue.R-22" }.allSatisfy { $0.current.count == 1 && $0.previous.count == 0 })
        let r22 = report.line("followups_overdue.R-22")
        #expect(r22?.current.count == 4 && r22?.previous.count == 2, "\(String(describing: r22))")
    }

    @Test func aCaseworkersScopeCountsOnlyTheirClients() throws {
        let b = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .caseworker(f.cwB.id!), today: ReportFixture.today, by: f.base.supervisor)
        #expect(b.line("clients_served")?.current.clientIDs == [4])
        #expect(b.line("sa_deadlines.R-01")?.current.outOf == 1)
        #expect(b.line("sa_deadlines.R-01")?.current.count == 0)
        #expect(b.line("intakes.RASP")?.previous.count == 1)
        #expect(b.line("early_exits")?.current.count == 0)
        let site = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .site(f.siteID), today: ReportFixture.today, by: f.base.supervisor)
        #expect(site.line("clients_served")?.current.count == 4)
    }

    /// Every figure reads its clients' caseworkers its own way; whichever way, a caseworker's report is
    /// that caseworker's column of the agency's breakdown, line by line, in both stretches.
    @Test func aCaseworkersReportIsTheirColumnOfTheAgencys() throws {
        for caseworker in [f.cwA, f.cwB] {
            let own = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .caseworker(caseworker.id!), today: ReportFixture.today, by: f.base.supervisor)
            for line in report.lines {
                let mine = own.line(line.id)
                #expect((mine?.current.count ?? 0) == (line.current.byCaseworker[caseworker.id!] ?? 0), "\(line.id) now, \(caseworker.username)")
                #expect((mine?.previous.count ?? 0) == (line.previous.byCaseworker[caseworker.id!] ?? 0), "\(line.id) before, \(caseworker.username)")
            }
        }
        #expect(report.lines.contains { $0.current.byCaseworker[f.cwA.id!] ?? 0 > 0 } && report.lines.contains { $0.current.byCaseworker[f.cwB.id!] ?? 0 > 0 },
                "the fixture gives both caseworkers something to count")
    }

    @Test func fiscalYearToDateBesideTheYearBefore() throws {
        let fy = try f.db.monthlyReport(.fiscalYear(startYear: 2026), scope: .agency, today: ReportFixture.today, by: f.base.supervisor)
        #expect(fy.window.current == LocalDate(year: 2026, month: 4, day: 1)!...ReportFixture.today)
        #expect(fy.window.previous == LocalDate(year: 2025, month: 4, day: 1)!...LocalDate(year: 2025, month: 12, day: 15)!)
        #expect(fy.line("intakes.Self")?.current.count == 1)
        #expect(fy.line("intakes.RASP")?.current.count == 1)
        #expect(fy.line("eaps_closed.Client withdrew")?.current.count == 1)
        #expect(fy.line("eaps_closed.Moved out of area")?.current.count == 1)
        #expect(fy.line("clients_served")?.current.count == 5)   // C1..C5 (C6 had no service activity)
        #expect(fy.line("clients_served")?.previous.count == 0)
    }

    @Test func onlySupervisorsAndAdministratorsSeeReports() {
        #expect(storeError { _ = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .agency, today: ReportFixture.today, by: f.base.caseworker) }
                == .notPermitted(.viewReports))
        #expect(throws: Never.self) { _ = try f.db.monthlyReport(.month(year: 2026, month: 11), scope: .agency, today: ReportFixture.today, by: f.base.admin) }
    }
}

@Suite struct ReportWindowTests {
    @Test func aRunningMonthIsBesideTheSameDaysOfTheMonthBefore() {
        let w = ReportWindow(.month(year: 2026, month: 12), today: LocalDate(year: 2026, month: 12, day: 15)!)
        #expect(w.current == LocalDate(year: 2026, month: 12, day: 1)!...LocalDate(year: 2026, month: 12, day: 15)!)
        #expect(w.previous == LocalDate(year: 2026, month: 11, day: 1)!...LocalDate(year: 2026, month: 11, day: 15)!)
        #expect(w.half(ofISO: "2026-12-16") == nil)
        #expect(w.half(ofISO: "2026-11-15") == .previous)
    }

    @Test func periodsParseAndStep() {
        #expect(ReportPeriod.month(iso: "2026-01") == .month(year: 2026, month: 1))
        #expect(ReportPeriod.month(iso: "2026-13") == nil)
        #expect(ReportPeriod.month(iso: "26-01") == nil)
        #expect(ReportPeriod.month(year: 2026, month: 1).previous == .month(year: 2025, month: 12))
        #expect(ReportPeriod.fiscalYear(containing: LocalDate(year: 2027, month: 3, day: 31)!) == .fiscalYear(startYear: 2026))
        #expect(ReportPeriod.fiscalYear(startYear: 2026).title == "Fiscal year 2026-27")
    }
}
