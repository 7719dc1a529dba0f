import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Figure 7: one full redraw of a 200x60 frame with the client list on it, exactly as the run loop
/// draws a frame (a new `ScreenBuffer`, then `render(into:)`): cells only, no database, no ncurses.
@MainActor enum RenderFigure {
    static let targetMs = 1.0

    static func run(_ ctx: BenchContext, into report: inout BenchReport) {
        let app = CaseloadApp(env: ctx.environment(for: ctx.supervisor))
        let t = Timings.measure(runs: 500, warmUp: 50) {
            var buffer = ScreenBuffer(width: 200, height: 60)
            app.render(into: &buffer)
        }
        report.add("full-screen render, 200x60 client list", "\(t.summary), p99 \(ms(t.p99))",
                   target: "< 1 ms", met: t.median < targetMs)
    }
}
