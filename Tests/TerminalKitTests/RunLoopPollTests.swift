import Testing
@testable import TerminalKit

/// Issue #23 item 3: between ticks the loop only polls (drawing only when the poll saw news), and a
/// tick that changed nothing draws nothing.
@MainActor final class PollingProgram: TerminalProgram {
    var polls = 0, ticks = 0
    /// The polls that report news (1-based).
    var newsAt: Set<Int> = []
    var quietTicks = true
    func handle(_ event: TerminalEvent) -> Bool {
        if case .tick = event { ticks += 1; return ticks < 3 }
        return true
    }
    func poll() -> Bool { polls += 1; return newsAt.contains(polls) }
    var tickChangedScreen: Bool { !quietTicks }
    func render(into buffer: inout ScreenBuffer) { buffer.put("polls \(polls)", x: 0, y: 0, style: .plain) }
}

@MainActor struct RunLoopPollTests {
    @Test func pollsRunBetweenTicksAndDrawOnlyWhenTheySawNews() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 2), closesWhenScriptEnds: false)
        let program = PollingProgram()
        program.newsAt = [2]
        runLoop(program, on: terminal, tickMilliseconds: 500, pollMilliseconds: 100)
        #expect(program.ticks == 3, "ticks still come every 500 ms")
        #expect(program.polls == 12, "four polls before each tick")
        #expect(terminal.requestedTimeouts.allSatisfy { $0 == 100 })
        #expect(terminal.presentCount == 2, "the first frame, and the poll that saw news; quiet ticks draw nothing")
        #expect(terminal.screen == "polls 2\n")
    }

    @Test func withoutPollingTheLoopWaitsAWholeTickAndTicksDraw() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 2), closesWhenScriptEnds: false)
        let program = PollingProgram()
        program.quietTicks = false
        runLoop(program, on: terminal, tickMilliseconds: 500)
        #expect(program.polls == 0)
        #expect(terminal.requestedTimeouts == [500, 500, 500])
        #expect(terminal.presentCount == 3, "the first frame and one per tick (the last tick ends the loop)")
    }
}
