import CNcursesw

/// Puts the terminal back (endwin) when the process dies of a signal or exits without `stop()`,
/// so a crash or `kill` never leaves the user's shell raw and in the alternate screen.
/// The handlers live in C (shim.h) so they run no Swift code; SIGWINCH is left to ncurses,
/// which turns it into KEY_RESIZE.
enum TerminalRestore {
    /// Installs the handlers (once per process). Call before `newterm`, so ncurses sees a
    /// handler in place and does not add its own SIGINT/SIGTERM cleanup on top.
    static func install() { nc_install_restore_handlers() }

    /// While armed, a signal or `exit` calls endwin before the process goes.
    static func arm() { nc_set_restore_armed(1) }
    static func disarm() { nc_set_restore_armed(0) }

    /// From now on SIGHUP and SIGTERM (unless ignored) are only noted, for the run loop to act on;
    /// a second one ends the process as before. Call after `install`.
    static func deferTermination() { nc_defer_termination() }

    /// The SIGHUP or SIGTERM noted since `deferTermination`, if any.
    static var pendingTermination: Int32? {
        let signal = nc_pending_termination()
        return signal == 0 ? nil : signal
    }
}
