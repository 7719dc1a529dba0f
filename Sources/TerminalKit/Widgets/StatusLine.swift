/// One line for feedback ("Saved", errors) that clears itself after a number of ticks.
public struct StatusLineState: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public struct Message: Hashable, Sendable {
        public var text: String
        public var kind: Kind
        /// Ticks left before the message disappears; nil keeps it until replaced.
        public var ticksLeft: Int?
    }

    public private(set) var message: Message?

    public init() {}

    /// Shows `text` for `ticks` idle ticks (nil: until replaced or cleared).
    public mutating func show(_ text: String, kind: Kind = .info, ticks: Int? = 6) {
        message = Message(text: text, kind: kind, ticksLeft: ticks)
    }

    public mutating func clear() { message = nil }

    /// Counts one tick down; returns true when the message just expired (the screen changed).
    @discardableResult
    public mutating func tick() -> Bool {
        guard let left = message?.ticksLeft else { return false }
        if left <= 1 { message = nil; return true }
        message?.ticksLeft = left - 1
        return false
    }

    /// Errors start with the error marker so they read as errors without colour.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        guard let message else { buffer.fill(line, style: theme[.normal]); return }
        let style = theme[message.kind == .error ? .statusError : .statusInfo]
        buffer.fill(line, style: style)
        let text = message.kind == .error ? "\(theme.errorMarker) \(message.text)" : message.text
        buffer.put(text.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: style)
    }
}
