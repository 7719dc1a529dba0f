import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Figure 2: opening the app to a drawn client list, done as `TerminalSession.run` does it (open and
/// migrate-check the file, resolve the acting account and its site, load the theme, build the app
/// whose first screen loads the list, draw the first frame), minus ncurses. Every run opens a new
/// connection pool, so SQLite's page cache starts empty; the OS file cache is warm, as it is for
/// anyone opening the app twice in a day.
@MainActor enum StartupFigure {
    static let targetMs = 150.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let t = try measure(ctx, username: ctx.supervisor.username, size: size)
            report.add("open to drawn client list, \(size.width)x\(size.height) (supervisor: all \(grouped(ctx.manifest.clients)))",
                       t.summary, target: "< \(Int(targetMs)) ms", met: t.median < targetMs)
        }
        let cw = try measure(ctx, username: ctx.busiestCaseworker.username, size: Size(width: 80, height: 24))
        report.add("open to drawn client list, 80x24 (caseworker: \(grouped(ctx.busiestCaseworkerClients)) own)",
                   cw.summary, target: "< \(Int(targetMs)) ms", met: cw.median < targetMs)
    }

    /// One warm-up, then 7 timed opens; closing (a WAL checkpoint) is outside the timing.
    static func measure(_ ctx: BenchContext, username: String, size: Size) throws -> Timings {
        var t = Timings()
        for run in 0..<8 {
            var opened: CaseloadDatabase?
            var screen = ""
            let elapsed = try Timings.time {
                let db = try CaseloadDatabase.open(path: ctx.path)
                opened = db
                let actor = try db.resolveActingStaff(username: username)
                let siteName = try actor.siteID.flatMap { id in try db.sites().first { $0.id == id }?.name }
                var env = ctx.environment(for: actor, db: db)
                env.theme = BenchContext.loadTheme()
                env.agencyName = (try? db.setting(.agencyName)) ?? "Caseload"
                env.siteName = siteName
                let app = CaseloadApp(env: env)
                var buffer = ScreenBuffer(width: size.width, height: size.height)
                app.render(into: &buffer)
                screen = buffer.text
            }
            try opened?.close()
            guard screen.contains(" client") else { throw BenchError("the first frame shows no client list:\n\(screen)") }
            if run > 0 { t.samples.append(elapsed) }
        }
        return t
    }
}

/// 100000 → "100,000" (fixed, whatever the locale).
func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return out
}
