import CaseloadCore
import CaseloadStore
import Foundation

/// The monthly report (issue #21): every figure of domain.md §7 for last month beside the month
/// before, for the whole agency, as the Reports screen and `caseload report monthly` compute it.
@MainActor enum ReportFigure {
    static let targetMs = 1_000.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let period = ReportPeriod.month(containing: ctx.today).previous
        var lines = 0
        let timing = try Timings.measure(runs: 5, warmUp: 1) {
            lines = try ctx.db.monthlyReport(period, scope: .agency, today: ctx.today, zone: ctx.zone, by: ctx.supervisor).lines.count
        }
        report.add("monthly report (\(period.title) beside the month before, whole agency: \(lines) figures)",
                   timing.summary, target: "< 1 s", met: timing.median < targetMs)
    }
}
