import Testing
@testable import TerminalKit

/// A tiny program: ↑ counts up, ticks are counted, q quits, the screen shows everything.
@MainActor final class CounterProgram: TerminalProgram {
    var count = 0, ticks = 0, resizes: [Size] = []
    func handle(_ event: TerminalEvent) -> Bool {
        switch event {
        case .key(.char("q")): return false
        case .key(.up): count += 1
        case .key: break
        case .tick: ticks += 1
        case .resize(let size): resizes.append(size)
        }
        return true
    }
    func render(into buffer: inout ScreenBuffer) {
        buffer.put("count \(count) ticks \(ticks)", x: 0, y: 0, style: .plain)
        buffer.put("\(buffer.width)x\(buffer.height)", x: 0, y: 1, style: .plain)
        buffer.cursor = (1, 1)
    }
}

/// A screen made of TerminalKit widgets: a filter field over a list; Enter picks the selected name.
@MainActor final class PickerProgram: TerminalProgram {
    let names = ["Ana Souza", "Zoë Côté", "王秀英", "Zoltan Kiss"]
    var filter = TextFieldState(placeholder: "type to filter")
    var list = ListState()
    var picked: String?
    var visible: [String] { TextMatching.filter(names, by: filter.text).map { names[$0] } }

    func handle(_ event: TerminalEvent) -> Bool {
        guard case .key(let key) = event else { return true }
        if key == .escape { return false }
        switch key {
        case .up, .down, .pageUp, .pageDown: _ = list.handle(key, itemCount: visible.count, visibleRows: 3)
        case .enter: picked = visible.indices.contains(list.selected) ? visible[list.selected] : nil
        default: if filter.handle(key, width: 20) == .changed { list = ListState() }
        }
        return true
    }
    func render(into buffer: inout ScreenBuffer) {
        filter.render(into: &buffer, in: Rect(x: 0, y: 0, width: 20, height: 1), theme: theme, focused: true)
        ListView(items: visible, emptyMessage: "No match").render(list, into: &buffer, in: Rect(x: 0, y: 1, width: 20, height: 3), theme: theme)
        buffer.put("picked: \(picked ?? "-")", x: 0, y: 4, style: .plain)
    }
}

@MainActor struct RunLoopTests {
    @Test func loopRendersEachEventAndStopsWhenProgramFinishes() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 3),
                                        events: [.key(.up), .tick, .key(.up), .key(.char("q")), .key(.up)])
        let program = CounterProgram()
        runLoop(program, on: terminal, tickMilliseconds: 250)
        #expect(program.count == 2)
        #expect(program.ticks == 1)
        #expect(terminal.pendingEvents == [.key(.up)])      // nothing read after q
        #expect(terminal.presentCount == 4)                 // first frame + one per handled event
        #expect(terminal.requestedTimeouts == [250, 250, 250, 250])
        #expect(terminal.screen == "count 2 ticks 1\n20x3\n")
        #expect(terminal.lastBuffer?.cursor?.x == 1)
    }

    @Test func loopEndsWhenScriptRunsOut() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 2), events: [.key(.up)])
        let program = CounterProgram()
        runLoop(program, on: terminal)
        #expect(program.count == 1)
        #expect(terminal.requestedTimeouts == [500])
    }

    @Test func resizeRedrawsAtTheNewSize() {
        let terminal = HeadlessTerminal(size: Size(width: 20, height: 2))
        terminal.resize(to: Size(width: 12, height: 3))
        let program = CounterProgram()
        runLoop(program, on: terminal)
        #expect(program.resizes == [Size(width: 12, height: 3)])
        #expect(terminal.lastBuffer?.lines() == ["count 0 tick", "12x3        ", "            "])
    }

    @Test func driverReadsLikeAUserScript() {
        let driver = TestDriver(PickerProgram(), size: Size(width: 20, height: 5))
        #expect(driver.screen == """
            type to filter
            > Ana Souza
              Zoë Côté
              王秀英
            picked: -
            """)
        driver.type("zo")
        #expect(driver.screen == """
            zo
            > Zoë Côté
              Zoltan Kiss

            picked: -
            """)
        #expect(driver.buffer.cursor?.x == 2)
        driver.press(.down, .enter)
        #expect(driver.lines[4] == "picked: Zoltan Kiss ")
        driver.press(.ctrl("u"))
        driver.type("xyz")
        #expect(driver.lines[2] == "      No match      ")
    }

    @Test func driverStopsDeliveringAfterTheProgramQuits() {
        let driver = TestDriver(CounterProgram(), size: Size(width: 20, height: 2))
        driver.press(.up)
        driver.tick(2)
        driver.press(.char("q"), .up, .up)
        #expect(driver.isFinished)
        #expect(driver.program.count == 1)
        #expect(driver.screen.hasPrefix("count 1 ticks 2"))
        driver.resize(to: Size(width: 30, height: 2))
        #expect(driver.program.resizes.isEmpty)
    }

    @Test func driverResizeDeliversEventAndNewFrame() {
        let driver = TestDriver(CounterProgram(), size: Size(width: 20, height: 2))
        driver.resize(to: Size(width: 9, height: 2))
        #expect(driver.program.resizes == [Size(width: 9, height: 2)])
        #expect(driver.lines == ["count 0 t", "9x2      "])
    }
}
