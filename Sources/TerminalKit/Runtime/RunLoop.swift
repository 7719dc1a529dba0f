/// Runs `program` until it returns false from `handle` (or the backend closes):
/// render, present, wait for one event (a `.tick` every `tickMilliseconds` when idle), repeat.
@MainActor public func runLoop(_ program: any TerminalProgram, on backend: any TerminalBackend, tickMilliseconds: Int = 500) {
    LoopStep.draw(program, on: backend)
    while !backend.isClosed {
        let event = backend.nextEvent(timeoutMilliseconds: tickMilliseconds)
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
        draw(program, on: backend)
        return true
    }
}
