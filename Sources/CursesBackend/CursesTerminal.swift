import CNcursesw
import Glibc
import TerminalKit

/// The real terminal, through ncursesw. The app calls `start`, then alternates `present` and
/// `nextEvent`, and calls `stop` on every way out (it is idempotent; signals and `exit` are
/// covered by `TerminalRestore`). ncurses is process-global, hence main-actor only.
@MainActor
public final class CursesTerminal: @MainActor TerminalBackend {
    /// True between a successful `start` and `stop`.
    public private(set) var isActive = false
    /// Whether colours are drawn: asked for, and the terminal has them. When false the app
    /// should pick its monochrome theme (colours would be dropped anyway).
    public private(set) var colorsEnabled = false
    /// Whether mouse reports were asked for and the terminal supports them.
    public private(set) var mouseEnabled = false
    /// True once the terminal has gone away (end of input): no key can ever arrive, so `runLoop`
    /// returns and the program ends normally instead of spinning on reads that return nothing.
    public internal(set) var inputEnded = false

    var screen: OpaquePointer?                      // SCREEN*
    var window: UnsafeMutablePointer<WINDOW>?       // stdscr of `screen`
    var headlessStreams: [UnsafeMutablePointer<FILE>] = []
    var colorPairs: ColorPairs?
    /// The last frame drawn and the screen size it was drawn on; cells equal to it are skipped.
    var previousFrame: ScreenBuffer?
    var previousScreenSize: Size?
    var cursorVisible: Bool?

    public init() {}

    isolated deinit { stop() }

    /// The screen size in cells (0x0 while stopped).
    public var size: Size {
        guard isActive, let window else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Takes over the terminal: alternate screen, raw keys (Ctrl-C is a key), no echo.
    /// Throws when stdin/stdout is not a terminal or TERM is unknown, leaving the tty untouched.
    public func start(options: CursesOptions = CursesOptions()) throws {
        guard !isActive else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CursesError.notATerminal }
        TerminalLocale.adoptUTF8()
        // LINES/COLUMNS would pin the size and defeat resizing; tests pin it on purpose.
        if getenv("CASELOAD_TEST_SIZE") == nil { unsetenv("LINES"); unsetenv("COLUMNS") }
        TerminalRestore.install()
        guard let newScreen = nc_newterm_stdio() else {
            throw CursesError.cannotOpenTerminal(term: getenv("TERM").map { String(cString: $0) } ?? "(unset)")
        }
        TerminalRestore.arm()
        TerminalRestore.deferTermination()
        configure(screen: newScreen, options: options)
    }

    /// Gives the terminal back: normal screen, cooked mode, visible cursor. Safe to call twice.
    public func stop() {
        guard isActive else { return }
        isActive = false
        TerminalRestore.disarm()
        if mouseEnabled { _ = mousemask(0, nil) }
        endwin()
        if let screen { delscreen(screen) }
        for stream in headlessStreams { fclose(stream) }
        headlessStreams = []
        screen = nil; window = nil; colorPairs = nil
        previousFrame = nil; previousScreenSize = nil; cursorVisible = nil
        colorsEnabled = false; mouseEnabled = false
    }

    /// The settings shared by the real and the headless screen.
    func configure(screen newScreen: OpaquePointer, options: CursesOptions) {
        screen = newScreen
        _ = set_term(newScreen)
        window = nc_stdscr()
        isActive = true
        raw(); noecho(); nonl()
        keypad(window, true)
        // ncurses waits 1000 ms after ESC by default; 25 ms keeps Esc snappy (user's ESCDELAY wins).
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        colorsEnabled = options.colors && has_colors()
        if colorsEnabled {
            start_color()
            use_default_colors()      // Color.default (-1) = the terminal's own colours
            colorPairs = ColorPairs(capacity: min(nc_color_pairs() - 1, 1024), colorCount: nc_colors()) {
                init_extended_pair($0, $1, $2) == OK
            }
        }
        if options.mouse {
            mouseEnabled = mousemask(nc_mouse_mask(), nil) != 0
            if mouseEnabled { mouseinterval(0) }   // report presses at once instead of waiting to compose clicks
        }
        setCursorVisible(false)
    }

    func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        _ = curs_set(visible ? 1 : 0)   // ERR on terminals that cannot hide it: nothing to do
    }
}
