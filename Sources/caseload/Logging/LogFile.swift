import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The log file: lines appended (O_APPEND, so several caseload processes can share one), rotated by
/// size to `caseload.log.1` … `.N`. A line that cannot be written is dropped: logging never stops
/// the work and never writes to the screen.
final class LogFile: @unchecked Sendable {
    let path: String
    /// Past this size the file is renamed to `.1` (and `.1` to `.2` …) and a new one begun.
    let maxBytes: Int64
    /// How many rotated files are kept.
    let keep: Int
    /// `0o600` for a private log, `0o660` beside a group-shared database.
    let mode: mode_t

    private let lock = NSLock()
    private var descriptor: Int32 = -1

    static let defaultMaxBytes: Int64 = 1 << 20

    init(path: String, mode: mode_t, maxBytes: Int64 = LogFile.defaultMaxBytes, keep: Int = 3) {
        self.path = path; self.mode = mode; self.maxBytes = maxBytes; self.keep = keep
    }

    /// Opens (creating) the file; false when it cannot be written.
    func open() -> Bool {
        lock.lock(); defer { lock.unlock() }
        return reopen()
    }

    /// The open descriptor, for the crash handler (which may not take locks).
    var currentDescriptor: Int32 { descriptor }

    func append(_ text: String) {
        let bytes = Array(text.utf8)
        lock.lock(); defer { lock.unlock() }
        guard descriptor >= 0 || reopen() else { return }
        // Another process may have rotated the file: follow the name to the new one.
        if !isCurrentFile() { _ = reopen() }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int64(info.st_size) + Int64(bytes.count) > maxBytes { rotate() }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Renames `path` → `.1` → `.2` …, dropping the oldest, under an exclusive lock on the full file
    /// so two processes never rotate the same file twice.
    private func rotate() {
        let full = descriptor
        guard flock(full, LOCK_EX) == 0 else { return }
        defer { flock(full, LOCK_UN); close(full) }
        if isCurrentFile() {
            unlink("\(path).\(keep)")
            if keep > 1 { for n in stride(from: keep - 1, through: 1, by: -1) { rename("\(path).\(n)", "\(path).\(n + 1)") } }
            rename(path, "\(path).1")
        }
        descriptor = -1
        _ = reopen()
    }

    /// True while `path` still names the file this process has open.
    private func isCurrentFile() -> Bool {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    private func reopen() -> Bool {
        if descriptor >= 0 { close(descriptor) }
        descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return false }
        // The mode asked for, whatever the umask (group members of a shared database write here too).
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o777 != mode { fchmod(descriptor, mode) }
        CrashLog.descriptor = descriptor
        return true
    }
}
