/// A terminal without a tty for tests: a fixed size you can change, a queue of scripted events,
/// and the last buffer presented.
public final class HeadlessTerminal: TerminalBackend {
    public private(set) var size: Size
    /// Events not yet read by the loop, oldest first.
    public private(set) var pendingEvents: [TerminalEvent]
    public private(set) var lastBuffer: ScreenBuffer?
    public private(set) var presentCount = 0
    /// Timeouts the loop asked for, to check the tick interval.
    public private(set) var requestedTimeouts: [Int] = []
    /// When true (the default) the terminal reports itself closed once the script is used up,
    /// so `runLoop` returns instead of ticking forever.
    public var closesWhenScriptEnds: Bool

    public init(size: Size = Size(width: 80, height: 24), events: [TerminalEvent] = [], closesWhenScriptEnds: Bool = true) {
        self.size = size; self.pendingEvents = events; self.closesWhenScriptEnds = closesWhenScriptEnds
    }

    /// Appends events to the script.
    public func enqueue(_ events: TerminalEvent...) { pendingEvents += events }
    /// Appends key presses to the script.
    public func enqueue(keys: [Key]) { pendingEvents += keys.map(TerminalEvent.key) }

    /// Changes the size now and queues the `.resize` event a real terminal would send.
    public func resize(to newSize: Size) {
        size = newSize
        pendingEvents.append(.resize(newSize))
    }

    public func present(_ buffer: ScreenBuffer) {
        lastBuffer = buffer
        presentCount += 1
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        requestedTimeouts.append(timeoutMilliseconds)
        return pendingEvents.isEmpty ? .tick : pendingEvents.removeFirst()
    }

    public var isClosed: Bool { closesWhenScriptEnds && pendingEvents.isEmpty }

    /// The last presented screen, trailing spaces trimmed ("" before the first frame).
    public var screen: String { lastBuffer?.text ?? "" }
}
