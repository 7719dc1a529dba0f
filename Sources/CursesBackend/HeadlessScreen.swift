import CNcursesw
import Glibc
import TerminalKit

extension CursesTerminal {
    /// Starts ncurses without a tty (the smoke tests): drawing goes to /dev/null and keys are read
    /// from `inputDescriptor` (a pipe), decoded with the terminfo of `terminalType`. The real
    /// terminal is never touched and no signal handler is installed. The size is 24x80.
    func startHeadless(terminalType: String, inputDescriptor: Int32, options: CursesOptions = CursesOptions()) -> Bool {
        guard !isActive, let output = nc_fopen("/dev/null", "w") else { return false }
        guard let input = nc_fdopen(inputDescriptor, "r") else { fclose(output); return false }
        // Ignore LINES/COLUMNS from the environment so every run gets terminfo's 24x80.
        use_env(false)
        defer { use_env(true) }
        guard let newScreen = newterm(terminalType, output, input) else { fclose(output); fclose(input); return false }
        headlessStreams = [output, input]
        configure(screen: newScreen, options: options)
        return true
    }

    /// The text of screen row `y` as ncurses holds it (wide characters once, combining marks kept).
    func readRow(_ y: Int) -> String {
        guard isActive, let window else { return "" }
        var chars = [wchar_t](repeating: 0, count: Int(getmaxx(window)) * 5 + 1)
        let count = nc_read_row(window, Int32(y), &chars, Int32(chars.count - 1))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(chars.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }
}
