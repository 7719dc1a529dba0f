import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A database shared with a group, in file-system terms: its folder is group-writable and setgid
/// (so every file anyone makes there gets the folder's group), its files are readable and writable
/// by that group, and nothing is anyone else's (`caseload setup shared` sets this up).
public enum GroupSharing {
    /// A folder group members may create files in: the -wal and -shm, the lock file, the log.
    public static func isShared(folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR && info.st_mode & S_IWGRP != 0
    }

    /// The folder a database file is in.
    public static func folder(of databasePath: String) -> String {
        URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
    }

    /// A new copy of the database (a backup): readable by the database's group when the database
    /// gives that group access (0640), else by its owner only (0600); never by others.
    static func copyAccess(of databasePath: String) -> (mode: mode_t, group: gid_t?) {
        var info = stat()
        guard stat(databasePath, &info) == 0, info.st_mode & 0o060 != 0 else { return (0o600, nil) }
        return (0o640, info.st_gid)
    }

    /// Gives an open file `mode` (whatever the umask was) and `group` (when given; refused
    /// harmlessly when this login is not in it). Only the file's owner can, or root.
    static func set(_ fd: Int32, mode: mode_t, group: gid_t?) {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_uid == geteuid() || geteuid() == 0 else { return }
        if let group, info.st_gid != group { _ = fchown(fd, uid_t.max, group) }
        if info.st_mode & 0o7777 != mode { fchmod(fd, mode) }
    }
}
