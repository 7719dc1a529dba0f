import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation

/// Figures 4 and 5: the follow-up queue computed by the rules from the stored facts
/// (`followUpQueue`: calendars, fact queries, the engine), for everyone and for one caseworker.
@MainActor enum QueueFigures {
    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        var items = 0
        let whole = try Timings.measure(runs: 7) {
            items = try ctx.db.followUpQueue(asOf: ctx.today, now: ctx.now, scope: .everyone, zone: ctx.zone, by: ctx.supervisor).count
        }
        report.add("whole follow-up queue (\(grouped(ctx.manifest.clients)) clients → \(grouped(items)) items)",
                   whole.summary, target: "< 250 ms", met: whole.median < 250)

        let cw = ctx.busiestCaseworker
        let one = try Timings.measure(runs: 21, warmUp: 2) {
            items = try ctx.db.followUpQueue(asOf: ctx.today, now: ctx.now, scope: FollowUpScope(caseworkerID: cw.id), zone: ctx.zone, by: cw).count
        }
        report.add("one caseworker's queue (busiest: \(grouped(ctx.busiestCaseworkerClients)) clients → \(grouped(items)) items)",
                   one.summary, target: "< 20 ms", met: one.median < 20)
    }
}
