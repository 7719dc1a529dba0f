#if canImport(Glibc)
@preconcurrency import Glibc
#endif

// glibc's <execinfo.h>, not part of Swift's Glibc module.
@_silgen_name("backtrace")
private func c_backtrace(_ buffer: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ size: Int32) -> Int32
@_silgen_name("backtrace_symbols_fd")
private func c_backtrace_symbols_fd(_ buffer: UnsafePointer<UnsafeMutableRawPointer?>, _ size: Int32, _ fd: Int32)

/// A crash's signal and backtrace into the log file, then whatever handled the signal before (Swift's
/// own backtracer, which prints to stderr, or the default action): so "it crashed" leaves a trace
/// the IT person can read even when the terminal showing it is gone.
///
/// The handler only calls async-signal-safe functions (write, backtrace_symbols_fd) on a descriptor
/// opened beforehand; backtrace() is called once at install time so its library is loaded then.
enum CrashLog {
    /// The log file's descriptor (kept current by LogFile); -1 for none.
    nonisolated(unsafe) static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]
    nonisolated(unsafe) private static var frames = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 64)
    nonisolated(unsafe) private static var digits = UnsafeMutablePointer<UInt8>.allocate(capacity: 20)

    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

    static func install() {
        _ = c_backtrace(frames, 64)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, context in CrashLog.handle(signal, info, context) }
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            if sigaction(signal, &action, &old) == 0 { previous[signal] = old }
        }
    }

    private static func handle(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        let fd = descriptor
        if fd >= 0 {
            say(fd, "CRASH [")
            sayNumber(fd, Int(getpid()))
            say(fd, "] signal ")
            sayNumber(fd, Int(signal))
            say(fd, " (")
            say(fd, name(signal))
            say(fd, "); backtrace:\n")
            let count = c_backtrace(frames, 64)
            c_backtrace_symbols_fd(frames, count, fd)
            say(fd, "END CRASH\n")
        }
        // Hand over to whoever handled it before (Swift's backtracer), else the default: the process
        // still ends with the signal, as it would have.
        if let old = previous[signal], old.sa_flags & SA_SIGINFO != 0, let chained = old.__sigaction_handler.sa_sigaction {
            var restore = old
            sigaction(signal, &restore, nil)
            chained(signal, info, context)
            return
        }
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &fallback, nil)
        raise(signal)
    }

    private static func say(_ fd: Int32, _ text: StaticString) {
        _ = write(fd, text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Decimal digits, written from a buffer allocated at install time (no allocation in the handler).
    private static func sayNumber(_ fd: Int32, _ value: Int) {
        var v = value, i = 20
        repeat { i -= 1; digits[i] = UInt8(48 + v % 10); v /= 10 } while v > 0 && i > 0
        _ = write(fd, digits + i, 20 - i)
    }

    private static func name(_ signal: Int32) -> StaticString {
        switch signal {
        case SIGSEGV: return "SIGSEGV"
        case SIGBUS: return "SIGBUS"
        case SIGILL: return "SIGILL, a Swift runtime trap such as a failed precondition"
        case SIGFPE: return "SIGFPE"
        case SIGTRAP: return "SIGTRAP, a Swift runtime trap"
        case SIGABRT: return "SIGABRT"
        default: return "?"
        }
    }
}
