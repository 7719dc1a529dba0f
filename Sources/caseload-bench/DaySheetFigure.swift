import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Figure 6: the front desk's day sheet for the busiest site and day near the data's "today": the
/// store's `daySheet` query alone, and the F4 screen opening on it (query, screen, first 200x60 frame)
/// in an app that is already running.
@MainActor enum DaySheetFigure {
    static let targetMs = 50.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let staff = try ctx.db.listStaff(includeInactive: false)
        // The busiest (site, day) from a week before to two weeks after "today" (a supervisor reads
        // every site's; a front desk only its own).
        var busiest: (site: Site, day: LocalDate, rows: Int)?
        for site in try ctx.db.sites() {
            for offset in -7...14 {
                let day = ctx.today.adding(days: offset)
                let n = try ctx.db.daySheet(siteID: site.id!, day: day, by: ctx.supervisor).count
                if n > busiest?.rows ?? -1 { busiest = (site, day, n) }
            }
        }
        guard let busiest, let siteID = busiest.site.id else { throw BenchError("the bench database has no sites") }
        let desk = staff.first { $0.role == .frontDesk && $0.siteID == siteID } ?? ctx.supervisor

        let query = try Timings.measure(runs: 21, warmUp: 2) {
            _ = try ctx.db.daySheet(siteID: siteID, day: busiest.day, by: desk)
        }
        let label = "\(busiest.site.name), \(busiest.day.medium): \(grouped(busiest.rows)) of \(grouped(ctx.manifest.appointments)) appointments"
        report.add("day sheet query (\(label))", query.summary, target: "< \(Int(targetMs)) ms", met: query.median < targetMs)

        // F4 as the front desk at that site on that day; the database is already open.
        let env = ctx.environment(for: desk, at: busiest.day.startInstant(in: ctx.zone).addingTimeInterval(10 * 3600))
        var screen = ""
        let open = Timings.measure(runs: 11, warmUp: 2) {
            let app = CaseloadApp(env: env, start: .frontDesk)
            var buffer = ScreenBuffer(width: 200, height: 60)
            app.render(into: &buffer)
            screen = buffer.text
        }
        let shows = busiest.rows == 0 || screen.contains(busiest.site.name)
        report.add("day sheet opens (F4: query + screen + 200x60 frame)" + (shows ? "" : " [site name not on screen]"),
                   open.summary, target: "< \(Int(targetMs)) ms", met: open.median < targetMs)
    }
}
