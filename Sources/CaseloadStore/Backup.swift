import CaseloadCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// `caseload backup`: a consistent copy taken while others keep working (SQLite's online backup
/// from one read snapshot), into a new file readable only by its owner (and by the database's
/// group, when the database is shared with one: never by others).
///
/// The copy is written under a temporary name beside the destination (`FILE.partial-PID`) and
/// renamed at the end, so the destination never holds a partial copy, even when the backup is
/// killed; a failure removes the temporary file and its journal. The destination's folder must
/// exist: a mistyped path never creates folders.
extension CaseloadDatabase {
    /// - Parameters:
    ///   - overwrite: replace an existing file; otherwise `backupExists` is thrown.
    ///   - checked: run `caseload check`'s checks on the copy before it gets its name; a copy that
    ///     fails them is removed and `backupFailed` thrown, so a file under the name is a good one.
    /// - Throws: `notPermitted(.backupDatabase)` unless `staff` is an administrator: a copy holds
    ///   every note body and amount.
    public func backup(to destination: String, overwrite: Bool = false, checked: Bool = false, by staff: StaffMember) throws {
        _ = try read { db in try acting(staff, needs: .backupDatabase, in: db) }
        let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
        let source = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard target != source else {
            throw StoreError.invalid([.init(field: "path", message: "\(destination) is the database itself: choose another file")])
        }
        if FileManager.default.fileExists(atPath: destination), !overwrite { throw StoreError.backupExists(path: destination) }
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.backupFailed(path: destination, reason: "there is no folder \(folder); create it first or choose another file")
        }

        let temporary = "\(destination).partial-\(getpid())"
        do {
            try BackupFile.create(temporary, accessLike: path)
            let copy = try DatabaseQueue(path: temporary)
            do { try pool.backup(to: copy) } catch { try? copy.close(); throw error }
            try copy.close()
            if checked { try BackupFile.check(temporary, for: destination) }
            try BackupFile.publish(temporary, as: destination, overwrite: overwrite)
        } catch {
            BackupFile.remove(temporary)
            if let store = error as? StoreError { throw store }
            throw StoreError.backupFailed(path: destination, reason: BackupFile.reason(error))
        }
    }
}

/// The file-system steps of a backup.
enum BackupFile {
    /// An empty file, never replacing one, that only the database's own people may read: its
    /// owner (0600), or also its group when the database is shared with one (0640, that group).
    static func create(_ path: String, accessLike database: String) throws {
        let (mode, group) = GroupSharing.copyAccess(of: database)
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard fd >= 0 else { throw SystemError(errno) }
        GroupSharing.set(fd, mode: mode, group: group)
        close(fd)
    }

    /// Gives the finished copy its real name. Without `overwrite`, link(2) fails rather than replace a
    /// file that appeared meanwhile; with it, rename(2) swaps the old file for the new one at once
    /// (stale -wal/-shm of the old file go first, or SQLite would apply them to the new one).
    static func publish(_ temporary: String, as destination: String, overwrite: Bool) throws {
        if overwrite {
            for suffix in ["-wal", "-shm"] { try removeIfPresent(destination + suffix) }
            guard rename(temporary, destination) == 0 else { throw SystemError(errno) }
        } else {
            if link(temporary, destination) != 0 {
                if errno == EEXIST { throw StoreError.backupExists(path: destination) }
                // File systems without hard links: check, then rename.
                if FileManager.default.fileExists(atPath: destination) { throw StoreError.backupExists(path: destination) }
                guard rename(temporary, destination) == 0 else { throw SystemError(errno) }
            }
            unlink(temporary)
        }
        syncFolder(of: destination)
    }

    /// SQLite's and Caseload's checks (as `caseload check`) on the finished copy, on a connection of
    /// its own that is closed again before the copy is renamed.
    static func check(_ temporary: String, for destination: String) throws {
        let copy = try DatabaseQueue(path: temporary)
        let problems: [IntegrityProblem]
        do { problems = try copy.read { try CaseloadDatabase.integrityProblems(in: $0) } } catch { try? copy.close(); throw error }
        try copy.close()
        guard problems.isEmpty else {
            let shown = problems.prefix(3).map(\.description).joined(separator: "; ")
            throw StoreError.backupFailed(path: destination, reason: "the copy failed its checks (\(shown)\(problems.count > 3 ? "; …" : "")); "
                                          + "run `caseload check` on the database and repair it before backing up")
        }
    }

    /// The temporary copy and whatever SQLite made beside it.
    static func remove(_ temporary: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    private static func removeIfPresent(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw SystemError(errno) }
    }

    /// Makes the new name itself durable, not only the file's contents.
    private static func syncFolder(of path: String) {
        let fd = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// What went wrong and what to do, in words (SQLite reports a full disk as "not an error").
    static func reason(_ error: Error) -> String {
        if let system = error as? SystemError { return system.advice }
        guard let db = error as? DatabaseError else { return String(describing: error) }
        switch db.resultCode {
        case .SQLITE_FULL: return "the disk is full; free some space or back up to another disk"
        case .SQLITE_IOERR: return "the disk could not be written (input/output error); check the disk or back up to another one"
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return "the file cannot be written; choose a folder you can write to"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database was busy; try again in a moment"
        default:
            let message = db.message.flatMap { $0 == "not an error" ? nil : $0 } ?? "SQLite error \(db.extendedResultCode.rawValue)"
            return "\(message); try again, or back up to another disk"
        }
    }

    /// A failed system call, by errno.
    struct SystemError: Error {
        let code: Int32
        init(_ code: Int32) { self.code = code }

        var advice: String {
            let text = String(cString: strerror(code))
            switch code {
            case ENOSPC, EDQUOT: return "\(text); free some space or back up to another disk"
            case EACCES, EPERM, EROFS: return "\(text); choose a folder you can write to"
            default: return "\(text); try again, or back up to another disk"
            }
        }
    }
}
