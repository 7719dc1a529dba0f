import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who has a database open: every open `CaseloadDatabase` holds a shared flock(2) on the sidecar
/// file `DB-sessions`; `caseload restore` takes it exclusively, and only then replaces the file.
///
/// The kernel drops a process's locks when it ends, however it ends, so a crashed or killed session
/// never blocks a restore. The sidecar is never removed (removing it would let a new session lock
/// a new file while an old one still holds the old).
///
/// A session's lock also lists the database in `OpenDatabaseFiles` while it is held, so nothing in
/// this process opens the file outside SQLite meanwhile.
final class SessionLock: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32
    private var listed: OpenDatabaseFiles.Entry?

    private init(descriptor: Int32, listing databasePath: String? = nil) {
        self.descriptor = descriptor
        listed = databasePath.flatMap(OpenDatabaseFiles.add)
    }

    /// The sidecar beside `databasePath`.
    static func sidecar(of databasePath: String) -> String { databasePath + "-sessions" }

    /// A session's shared lock. Refused (`restoreInProgress`) while a restore holds it exclusively.
    static func share(databasePath: String) throws -> SessionLock {
        let fd = try openSidecar(of: databasePath)
        guard flock(fd, LOCK_SH | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw StoreError.restoreInProgress(path: databasePath) }
            throw StoreError.notWritable(path: sidecar(of: databasePath), reason: String(cString: strerror(code)))
        }
        return SessionLock(descriptor: fd, listing: databasePath)
    }

    /// The exclusive lock for a restore; nil while any session holds its shared one.
    static func exclusive(databasePath: String) throws -> SessionLock? {
        let fd = try openSidecar(of: databasePath)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { return nil }
            throw StoreError.notWritable(path: sidecar(of: databasePath), reason: String(cString: strerror(code)))
        }
        return SessionLock(descriptor: fd)
    }

    /// Gives the lock back (also done when the value goes away, or the process ends).
    func release() {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        if let listed { OpenDatabaseFiles.remove(listed) }
        listed = nil
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if let listed { OpenDatabaseFiles.remove(listed) }
    }

    /// Opens (creating) the sidecar. It is empty and only ever opened for reading (flock needs no
    /// more), so it follows the database: readable by the database's group when the database gives
    /// that group access (0640, the database's group), else by its owner only (0600); never by others.
    /// Made by root (a cron backup), it is given to the database's owner, as SQLite does its -wal.
    private static func openSidecar(of databasePath: String) throws -> Int32 {
        let path = sidecar(of: databasePath)
        let (mode, group) = GroupSharing.copyAccess(of: databasePath)
        let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let advice = group == nil ? "chmod 600 \(path)" : "chmod 640 \(path) and give it the database's group (chgrp)"
            throw StoreError.notWritable(path: path, reason: "\(String(cString: strerror(errno))); its owner can fix this with \(advice)")
        }
        var database = stat(), info = stat()
        if geteuid() == 0, fstat(fd, &info) == 0, info.st_uid == 0, stat(databasePath, &database) == 0, database.st_uid != 0 {
            _ = fchown(fd, database.st_uid, database.st_gid)
        }
        GroupSharing.set(fd, mode: mode, group: group)
        return fd
    }
}
