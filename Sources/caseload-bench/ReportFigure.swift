import CaseloadCore
import CaseloadStore
import Foundation

/// The monthly report (issue #21): every figure of domain.md §7 for last month beside the month
/// before, for the whole agency, as the Reports screen and `caseload report monthly` compute it.
/// Beside the wall-clock time, the CPU time it took (user + system, every thread of the process):
/// on a machine shared with other work that number moves much less than the wall clock.
@MainActor enum ReportFigure {
    static let targetMs = 1_000.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let period = ReportPeriod.month(containing: ctx.today).previous
        var lines = 0
        var cpu = Timings()
        let timing = try Timings.measure(runs: 5, warmUp: 1) {
            let start = processCPUMilliseconds()
            lines = try ctx.db.monthlyReport(period, scope: .agency, today: ctx.today, zone: ctx.zone, by: ctx.supervisor).lines.count
            cpu.samples.append(processCPUMilliseconds() - start)
        }
        // The first sample is the untimed warm-up run's.
        cpu.samples.removeFirst()
        report.add("monthly report (\(period.title) beside the month before, whole agency: \(lines) figures)",
                   "\(timing.summary); CPU user+sys median \(ms(cpu.median))", target: "< 1 s", met: timing.median < targetMs)
    }

    /// The CPU time the whole process has used so far.
    private static func processCPUMilliseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
    }
}
