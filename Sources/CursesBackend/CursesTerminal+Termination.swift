import TerminalKit

extension CursesTerminal {
    /// The SIGHUP or SIGTERM that arrived while the screen was up, if any. Once one has, no input
    /// can be trusted to come, so the run loop ends (`isClosed`) and the caller decides what to keep.
    public var terminationSignal: Int32? { TerminalRestore.pendingTermination }

    /// True once the session is over without a goodbye: the terminal went away (end of input) or a
    /// termination signal arrived. The run loop then ends and the caller keeps unsaved typing.
    public var isClosed: Bool { inputEnded || terminationSignal != nil }
}
