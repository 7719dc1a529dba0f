import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where Caseload keeps things, following the XDG base-directory convention.
enum Paths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The home folder from the password database, so it works when `$HOME` is unset.
    static var home: String {
        if let h = environment["HOME"], !h.isEmpty { return h }
        if let pw = getpwuid(geteuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return "/tmp"
    }

    static var dataHome: String {
        if let d = environment["XDG_DATA_HOME"], d.hasPrefix("/") { return d }
        return home + "/.local/share"
    }

    static var configHome: String {
        if let d = environment["XDG_CONFIG_HOME"], d.hasPrefix("/") { return d }
        return home + "/.config"
    }

    static var defaultDatabase: String { dataHome + "/caseload/caseload.sqlite" }
    /// The demo database lives apart from real data so `--demo` can never touch it.
    static var demoDatabase: String { dataHome + "/caseload/demo.sqlite" }
    /// Logs are state, not data (XDG): `$XDG_STATE_HOME/caseload/caseload.log` (ProgramLog).
    static var logFile: String { stateHome + "/caseload/caseload.log" }

    static var stateHome: String {
        if let d = environment["XDG_STATE_HOME"], d.hasPrefix("/") { return d }
        return home + "/.local/state"
    }

    /// The login name from the password database (never `$USER`, which anyone can set).
    static var loginName: String { ProcessLogin.name }
}
