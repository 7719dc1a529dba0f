/// Runs `program` until it returns false from `handle` (or the backend closes):
/// render, present, wait for one event (a `.tick` every `tickMilliseconds` when idle), repeat.
/// With `pollMilliseconds` (shorter than a tick), the program's `poll()` runs that often between
/// ticks, so news from outside shows sooner without making ticks more frequent.
@MainActor public func runLoop(_ program: any TerminalProgram, on backend: any TerminalBackend, tickMilliseconds: Int = 500,
                               pollMilliseconds: Int? = nil) {
    LoopStep.draw(program, on: backend)
    let wait = min(pollMilliseconds ?? tickMilliseconds, tickMilliseconds)
    var quiet = 0
    while !backend.isClosed {
        let event = backend.nextEvent(timeoutMilliseconds: wait)
        if case .tick = event {
            quiet += wait
            if quiet < tickMilliseconds {
                if program.poll() { LoopStep.draw(program, on: backend) }
                continue
            }
        }
        quiet = 0
        guard LoopStep.deliver(event, to: program, on: backend) else { return }
    }
}

/// The two halves of one loop turn, shared by `runLoop` and `TestDriver` so tests exercise the same path.
@MainActor enum LoopStep {
    /// Renders a frame at the backend's current size (a resize is just a new size here) and presents it.
    static func draw(_ program: any TerminalProgram, on backend: any TerminalBackend) {
        let size = backend.size
        var buffer = ScreenBuffer(width: size.width, height: size.height)
        program.render(into: &buffer)
        backend.present(buffer)
    }

    /// Hands one event to the program and redraws; false when the program has finished.
    static func deliver(_ event: TerminalEvent, to program: any TerminalProgram, on backend: any TerminalBackend) -> Bool {
        guard program.handle(event) else { return false }
        if case .tick = event, !program.tickChangedScreen { return true }
        draw(program, on: backend)
        return true
    }
}
