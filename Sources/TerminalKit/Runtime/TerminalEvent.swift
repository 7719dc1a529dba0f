/// What the event loop hands a program: a key, an idle tick, or a new terminal size.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case tick
    case resize(Size)
}

/// A terminal the loop can draw on and read from (ncurses in the app, `HeadlessTerminal` in tests).
public protocol TerminalBackend: AnyObject {
    /// Current size in cells; each frame is drawn at this size.
    var size: Size { get }
    /// Draws `buffer` and puts the hardware cursor at `buffer.cursor` (hidden when nil).
    func present(_ buffer: ScreenBuffer)
    /// The next event; `.tick` when nothing arrived within the timeout, `.resize` after a size change.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
    /// True when no more input can ever arrive (a script ran out); the loop then stops.
    var isClosed: Bool { get }
}

extension TerminalBackend {
    /// A real terminal never runs out of input.
    public var isClosed: Bool { false }
}

/// An Elm-style program: events change its state, `render` draws the state.
@MainActor public protocol TerminalProgram: AnyObject {
    /// Applies one event; returns false when the program is finished and the loop should end.
    func handle(_ event: TerminalEvent) -> Bool
    /// Draws the whole screen into a fresh buffer of the terminal's size.
    func render(into buffer: inout ScreenBuffer)
    /// Between idle ticks (`runLoop`'s `pollMilliseconds`): a cheap look for outside news, such as
    /// another process's commit; true when the screen changed and needs drawing.
    func poll() -> Bool
    /// After a `.tick`: false when the tick changed nothing on screen, so no frame is drawn (an
    /// idle terminal then costs only its look for news).
    var tickChangedScreen: Bool { get }
}

extension TerminalProgram {
    public func poll() -> Bool { false }
    public var tickChangedScreen: Bool { true }
}
