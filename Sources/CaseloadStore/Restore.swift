import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// What `restore` did.
public struct Restored: Sendable {
    /// Where the file that was replaced is kept (nil when there was no database yet).
    public let replacedKeptAs: String?
}

/// `caseload restore FILE`: a checked backup in place of the database, only while nobody has the
/// database open (SessionLock), keeping the replaced file beside it as `DB.replaced-STAMP`.
///
/// The backup is copied beside the database under a temporary name and checked there (the backup
/// itself is only read); the database's name always points at a whole file: the old one until the
/// copy is renamed over it, which is one step.
extension CaseloadDatabase {
    public static func restore(backup backupPath: String, over databasePath: String, now: Date = Date()) throws -> Restored {
        func failed(_ reason: String) -> StoreError { .restoreFailed(path: databasePath, reason: reason) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: backupPath, isDirectory: &isFolder) else {
            throw failed("there is no backup \(backupPath); check the name (`ls` the backup folder)")
        }
        if isFolder.boolValue { throw failed("\(backupPath) is a folder; name one backup file in it") }
        let folder = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw failed("there is no folder \(folder); create it first or check --db")
        }
        if RestoreFile.sameFile(backupPath, databasePath) { throw failed("\(backupPath) is the database itself; name a backup") }
        if RestoreFile.size(backupPath + "-wal") ?? 0 > 0 {
            throw failed("\(backupPath)-wal holds changes not yet in \(backupPath); run `caseload check --db \(backupPath)` once to fold them in")
        }

        guard let lock = try SessionLock.exclusive(databasePath: databasePath) else {
            StoreLog.failed(StoreError.databaseInUse(path: databasePath), during: "restore", path: databasePath)
            throw StoreError.databaseInUse(path: databasePath)
        }
        defer { lock.release() }

        let temporary = "\(databasePath).restoring-\(getpid())"
        do {
            try RestoreFile.copy(backupPath, to: temporary, modeLike: databasePath)
            try RestoreFile.check(temporary, named: backupPath)
        } catch {
            BackupFile.remove(temporary)
            throw failed((error as? RestoreFile.CheckFailed)?.text ?? (error as? StoreError)?.message ?? BackupFile.reason(error))
        }

        let kept = FileManager.default.fileExists(atPath: databasePath) ? "\(databasePath).replaced-\(BackupFolder.stamp(now))" : nil
        do {
            try RestoreFile.swap(temporary, into: databasePath, keeping: kept)
        } catch {
            BackupFile.remove(temporary)
            throw failed(BackupFile.reason(error))
        }
        StoreLog.logger.notice("restored", metadata: ["db": "\(databasePath)", "from": "\(backupPath)", "kept": "\(kept ?? "-")"])
        return Restored(replacedKeptAs: kept)
    }
}

/// The file-system steps of a restore.
enum RestoreFile {
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    static func size(_ path: String) -> Int64? {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : nil
    }

    /// A byte copy, flushed to disk, with the permissions (and group, where allowed) of the file it
    /// will replace, so a group-shared database stays shared; owner-only when there is none.
    static func copy(_ source: String, to target: String, modeLike existing: String) throws {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw BackupFile.SystemError(errno) }
        defer { close(input) }
        let output = open(target, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw BackupFile.SystemError(errno) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { throw BackupFile.SystemError(errno) }
            if count == 0 { break }
            var written = 0
            while written < count {
                let n = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, count - written) }
                if n < 0 { throw BackupFile.SystemError(errno) }
                written += n
            }
        }
        var info = stat()
        if stat(existing, &info) == 0 {
            fchmod(output, info.st_mode & 0o660)
            _ = fchown(output, uid_t.max, info.st_gid)   // only the group; fails harmlessly when not a member
        }
        guard fsync(output) == 0 else { throw BackupFile.SystemError(errno) }
    }

    /// The copy must be a Caseload database this caseload can open, and pass `caseload check`.
    static func check(_ copy: String, named backup: String) throws {
        let notCaseload = CheckFailed(text: "\(backup) is not a Caseload database (not SQLite, or damaged); choose another backup")
        guard (try? DatabaseFile.checkHeader(path: copy)) != nil, size(copy) ?? 0 > 0 else { throw notCaseload }
        let problems: [IntegrityProblem]
        do {
            let queue = try DatabaseQueue(path: copy)
            defer { try? queue.close() }
            problems = try queue.read { db -> [IntegrityProblem] in
                try CaseloadDatabase.refuseIncompatible(db, path: backup)
                guard try db.tableExists("grdb_migrations") else { throw StoreError.foreignDatabase(path: backup) }
                return try CaseloadDatabase.integrityProblems(in: db)
            }
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw notCaseload
        }
        guard problems.isEmpty else {
            let shown = problems.prefix(3).map(\.description).joined(separator: "; ")
            throw CheckFailed(text: "\(backup) failed its checks (\(shown)\(problems.count > 3 ? "; …" : "")); choose another backup")
        }
    }

    struct CheckFailed: Error, CustomStringConvertible { let text: String; var description: String { text } }

    /// Keeps the old file (and a -wal a crashed session left, which belongs to it) under `kept`,
    /// then renames the copy over the database's name.
    static func swap(_ copy: String, into database: String, keeping kept: String?) throws {
        if let kept {
            guard link(database, kept) == 0 else { throw BackupFile.SystemError(errno) }
            if rename(database + "-wal", kept + "-wal") != 0 && errno != ENOENT {
                let code = errno
                unlink(kept)
                throw BackupFile.SystemError(code)
            }
        }
        unlink(database + "-shm")
        guard rename(copy, database) == 0 else {
            let code = errno
            if let kept { rename(kept + "-wal", database + "-wal"); unlink(kept) }
            throw BackupFile.SystemError(code)
        }
        let fd = open(URL(fileURLWithPath: database).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}
