#if canImport(Glibc)
import Glibc
#endif

/// The operating-system account running this process, from the password database for the
/// effective user id: never `$USER` or `$LOGNAME`, which anyone can set.
public enum ProcessLogin {
    public static let name: String = {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(geteuid())"   // an account with no name in the password database
    }()
}
