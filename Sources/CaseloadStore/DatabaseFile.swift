import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks and preparations done on the file system before SQLite sees the path, so that a missing
/// folder, a permission problem or a stray non-SQLite file gets a message instead of SQLite's
/// "unable to open database file".
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database starts with.
    static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Creates the folder (0700) and an empty file when missing (0600; 0660 with the folder's group
    /// in a group-shared folder, so the group can use it); refuses what SQLite could not use.
    static func prepare(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try makeFolder(folder)

        if !FileManager.default.fileExists(atPath: path) {
            guard access(folder, W_OK | X_OK) == 0 else {
                throw StoreError.notWritable(path: folder, reason: "folder is not writable: \(errnoText())")
            }
            // O_EXCL: another process creating it at the same moment is fine, we just open theirs.
            let mode = newFileMode(in: folder)
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode.mode)
            if fd >= 0 {
                GroupSharing.set(fd, mode: mode.mode, group: mode.group)
                close(fd)
            } else if errno != EEXIST {
                throw StoreError.notWritable(path: path, reason: errnoText())
            }
            return
        }

        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw StoreError.notADatabase(path: path)
        }
        guard access(path, R_OK | W_OK) == 0 else {
            throw StoreError.notWritable(path: path, reason: "file is not readable and writable: \(errnoText())")
        }
        // WAL needs to create -wal and -shm beside the file.
        guard access(folder, W_OK | X_OK) == 0 else {
            throw StoreError.notWritable(path: folder, reason: "folder is not writable: \(errnoText())")
        }
        try checkHeader(path: path)
    }

    /// A new database's mode and group: the group's own in a folder shared with one, else owner-only.
    static func newFileMode(in folder: String) -> (mode: mode_t, group: gid_t?) {
        var info = stat()
        guard GroupSharing.isShared(folder: folder), stat(folder, &info) == 0 else { return (0o600, nil) }
        return (0o660, info.st_gid)
    }

    static func makeFolder(_ folder: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw StoreError.folderNotCreatable(path: folder, reason: "a file with that name is in the way")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw StoreError.folderNotCreatable(path: folder, reason: reason)
        }
    }

    /// A non-empty file that does not start with SQLite's header is refused before SQLite touches it.
    static func checkHeader(path: String) throws {
        // A file this process has open through SQLite is a database, and opening it here would take
        // that connection's locks away (`OpenDatabaseFiles`).
        if OpenDatabaseFiles.isOpen(path) { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.notWritable(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if !head.isEmpty && Array(head) != sqliteHeader {
            throw StoreError.notADatabase(path: path)
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
