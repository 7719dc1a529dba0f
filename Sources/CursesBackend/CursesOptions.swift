/// How the app wants the terminal set up; the command line and environment decide.
public struct CursesOptions: Sendable, Equatable {
    /// Report clicks and the wheel (`--mouse`). Off by default: it takes over text selection.
    public var mouse: Bool
    /// Use colours. Even when true, a terminal without colours gets none (`CursesTerminal.colorsEnabled`).
    public var colors: Bool

    public init(mouse: Bool = false, colors: Bool = true) {
        self.mouse = mouse; self.colors = colors
    }

    /// Options from the command-line flags and `NO_COLOR` (any non-empty value turns colours off,
    /// per no-color.org).
    public init(mouseFlag: Bool, noColorFlag: Bool, noColorEnvironment: String?) {
        self.init(mouse: mouseFlag, colors: !noColorFlag && (noColorEnvironment ?? "").isEmpty)
    }
}

/// Why the full-screen terminal could not be started; the message says what to do instead.
public enum CursesError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case cannotOpenTerminal(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "caseload needs an interactive terminal for its screens; run it in a terminal, or use a subcommand (see --help) for scripts."
        case .cannotOpenTerminal(let term):
            return "cannot use terminal type '\(term)'; set TERM to one this system knows (for example xterm-256color) and try again."
        }
    }
}
