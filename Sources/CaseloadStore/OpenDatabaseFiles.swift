import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database files this process has open through SQLite (by device and inode, so two spellings
/// of one path are one file).
///
/// Why: POSIX drops every lock a process holds on a file when the process closes *any* descriptor
/// of that file. A header check that opens and closes the file itself, while a connection of the
/// same process is open on it, silently takes away that connection's lock; another process closing
/// its last connection then believes it is the last one, checkpoints and removes the WAL under the
/// first, whose later commits go to a file nobody reads: a malformed database. (Seen once on the
/// bench database, which the bench opens several times in one process.) So nothing opens a file
/// outside SQLite while it is listed here.
enum OpenDatabaseFiles {
    fileprivate struct FileID: Hashable, Sendable { let device: UInt64; let inode: UInt64 }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var counts: [FileID: Int] = [:]   // guarded by `lock`

    /// True while some connection of this process may hold locks on the file at `path`.
    static func isOpen(_ path: String) -> Bool {
        guard let id = fileID(path) else { return false }
        lock.lock(); defer { lock.unlock() }
        return counts[id, default: 0] > 0
    }

    /// Lists the file (once per open); give the result to `remove` when it is closed.
    static func add(_ path: String) -> Entry? {
        guard let id = fileID(path) else { return nil }
        lock.lock(); defer { lock.unlock() }
        counts[id, default: 0] += 1
        return Entry(id: id)
    }

    /// One listing, taken back once by `remove`.
    struct Entry: Sendable { fileprivate let id: FileID }

    static func remove(_ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        counts[entry.id, default: 1] -= 1
        if counts[entry.id] == 0 { counts[entry.id] = nil }
    }

    private static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
