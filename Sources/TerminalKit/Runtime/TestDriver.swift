/// Drives a program like a user would, without a terminal:
/// `driver.press(.down, .down, .enter); driver.type("Zoë"); #expect(driver.screen.contains("Zoë"))`.
@MainActor public final class TestDriver<Program: TerminalProgram> {
    public let program: Program
    public let terminal: HeadlessTerminal
    /// Set once the program's `handle` returned false; later input is ignored.
    public private(set) var isFinished = false

    /// Draws the first frame at `size` (80x24 unless told).
    public init(_ program: Program, size: Size = Size(width: 80, height: 24)) {
        self.program = program
        self.terminal = HeadlessTerminal(size: size)
        LoopStep.draw(program, on: terminal)
    }

    /// Presses each key in order, redrawing after each as the real loop does.
    public func press(_ keys: Key...) { press(keys) }

    public func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    /// Types text one grapheme at a time (as `.char` keys).
    public func type(_ text: String) { press(text.map(Key.char)) }

    /// Resizes the terminal; the program receives `.resize` and the next frame has the new size.
    public func resize(to size: Size) {
        terminal.resize(to: size)
        pump()
    }

    /// Lets `count` idle ticks pass.
    public func tick(_ count: Int = 1) {
        for _ in 0..<count { send(.tick) }
    }

    /// One look for outside news between ticks, as `runLoop` makes it: drawn only when the
    /// program says something changed. Returns whether it did.
    @discardableResult
    public func poll() -> Bool {
        guard !isFinished, program.poll() else { return false }
        LoopStep.draw(program, on: terminal)
        return true
    }

    /// Delivers any event through the same path as `runLoop`.
    public func send(_ event: TerminalEvent) {
        terminal.enqueue(event)
        pump()
    }

    private func pump() {
        while !terminal.pendingEvents.isEmpty {
            let event = terminal.nextEvent(timeoutMilliseconds: 0)
            guard !isFinished else { continue }
            if !LoopStep.deliver(event, to: program, on: terminal) { isFinished = true }
        }
    }

    /// The last frame as text, trailing spaces trimmed per row.
    public var screen: String { terminal.screen }
    /// The last frame's rows with trailing spaces kept.
    public var lines: [String] { terminal.lastBuffer?.lines() ?? [] }
    /// The last frame itself (styles, cursor).
    public var buffer: ScreenBuffer { terminal.lastBuffer ?? ScreenBuffer(width: 0, height: 0) }
}
