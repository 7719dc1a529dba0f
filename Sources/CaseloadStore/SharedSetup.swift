import CaseloadCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `caseload setup shared --group GROUP PATH`: the database's folder becomes the group's (setgid,
/// 2770), the database and its -wal, -shm and log 0660, its lock file (`DB-sessions`, only ever
/// read) 0640, copies kept by a restore 0640: every member can work on it, nobody else can enter the
/// folder. Everything is checked before anything changes (`plan`), so a refusal changes nothing.
public struct SharedSetup: Sendable {
    public let databasePath: String
    public let folder: String
    public let groupName: String
    let group: gid_t

    public static let folderMode: mode_t = 0o2770
    public static let fileMode: mode_t = 0o660
    public static let lockMode: mode_t = 0o640
    public static let copyMode: mode_t = 0o640

    /// A refusal, before anything changed.
    public struct Refused: Error, CustomStringConvertible {
        public let description: String
    }

    /// Checks the group, the folder and who runs it. The caller must be root, or own the folder and
    /// every file and be in the group (only then can it give them the group).
    public static func plan(path: String, group groupName: String) throws -> SharedSetup {
        guard let entry = getgrnam(groupName) else {
            throw Refused(description: "there is no group '\(groupName)' on this host; nothing changed: create it "
                          + "(groupadd \(groupName)), add each person's login to it (usermod -aG \(groupName) LOGIN), then run this again")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let setup = SharedSetup(databasePath: absolute, folder: GroupSharing.folder(of: absolute), groupName: groupName, group: entry.pointee.gr_gid)
        try setup.refuseUnlessItsOwnFolder()
        try setup.refuseUnlessCallerCanChange()
        return setup
    }

    public var databaseExists: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// The files that belong to the database (the main file first), as far as they exist.
    public func files() -> [String] { Self.files(of: databasePath) }

    static func files(of databasePath: String) -> [String] {
        let folder = GroupSharing.folder(of: databasePath), db = URL(fileURLWithPath: databasePath).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { belongs($0, to: db) }.sorted { a, b in (a == db ? 0 : 1, a) < (b == db ? 0 : 1, b) }
            .map { folder + "/" + $0 }
    }

    var databaseName: String { URL(fileURLWithPath: databasePath).lastPathComponent }

    func belongsToDatabase(_ name: String) -> Bool { Self.belongs(name, to: databaseName) }

    /// The database, its SQLite and lock files, copies a restore kept, and the shared log.
    static func belongs(_ name: String, to db: String) -> Bool {
        if name == db || ["-wal", "-shm", "-journal", "-sessions"].contains(where: { name == db + $0 }) { return true }
        if name.hasPrefix(db + ".replaced-") { return true }
        return name == "caseload.log" || (name.hasPrefix("caseload.log.") && Int(name.dropFirst("caseload.log.".count)) != nil)
    }

    /// Sharing a folder with other things in it (a home folder, /tmp) would give the group those
    /// too, or take them from their owners: the database needs a folder of its own.
    func refuseUnlessItsOwnFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refused(description: "\(folder) is a file, not a folder; nothing changed") }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw Refused(description: "the folder \(folder) cannot be read (\(String(cString: strerror(errno)))); nothing changed: run this as its owner or root")
            }
            let others = names.filter { !belongsToDatabase($0) }.sorted()
            guard others.isEmpty else {
                throw Refused(description: "\(folder) holds other files (\(others.prefix(3).joined(separator: ", "))\(others.count > 3 ? ", …" : "")); "
                              + "nothing changed: a shared database needs a folder of its own, such as /srv/caseload/\(databaseName)")
            }
        } else {
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
                throw Refused(description: "no folder \(parent); nothing changed: create it first, or choose another path")
            }
        }
    }

    /// Root may change anything; anyone else only what they own, to a group they are in.
    func refuseUnlessCallerCanChange() throws {
        guard geteuid() != 0 else { return }
        let login = ProcessLogin.name
        let existing = FileManager.default.fileExists(atPath: folder) ? [folder] + files() : []
        for path in existing {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if info.st_uid != geteuid() {
                let owner = getpwuid(info.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(info.st_uid)"
                throw Refused(description: "\(path) belongs to \(owner), and only its owner or root can share it; nothing changed: run this as root")
            }
        }
        if !FileManager.default.fileExists(atPath: folder) {
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            guard access(parent, W_OK | X_OK) == 0 else {
                throw Refused(description: "you (\(login)) cannot create \(folder) (\(String(cString: strerror(errno)))); nothing changed: run this as root")
            }
        }
        guard Self.callerIsMember(of: group) else {
            throw Refused(description: "you (\(login)) are not in group \(groupName), so you cannot give it the files; nothing changed: "
                          + "run this as root, or add yourself (usermod -aG \(groupName) \(login)) and log in again")
        }
    }

    static func callerIsMember(of group: gid_t) -> Bool {
        if getegid() == group { return true }
        let count = getgroups(0, nil)
        guard count > 0 else { return false }
        var groups = [gid_t](repeating: 0, count: Int(count))
        return getgroups(count, &groups) > 0 && groups.contains(group)
    }

    /// Makes the folder (its parent must exist) as the group's, before the database is created in it.
    public func makeFolder() throws {
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        guard mkdir(folder, 0o700) == 0 else {
            throw Refused(description: "\(folder) could not be created (\(String(cString: strerror(errno)))); nothing changed")
        }
        try change(folder, mode: Self.folderMode)
    }

    /// Gives the folder and the database's files to the group with their modes.
    /// - Returns: every path changed, the folder first.
    @discardableResult
    public func apply() throws -> [String] {
        try change(folder, mode: Self.folderMode)
        var changed = [folder]
        for path in files() {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let mode = name == databaseName + "-sessions" ? Self.lockMode
                : name.hasPrefix(databaseName + ".replaced-") ? Self.copyMode : Self.fileMode
            try change(path, mode: mode)
            changed.append(path)
        }
        return changed
    }

    /// chgrp, then chmod (chown clears the setgid bit, so the mode comes last).
    private func change(_ path: String, mode: mode_t) throws {
        guard chown(path, uid_t.max, group) == 0, chmod(path, mode) == 0 else {
            throw Refused(description: "\(path) could not be given group \(groupName) and mode \(String(mode, radix: 8)) "
                          + "(\(String(cString: strerror(errno)))); run this again as root")
        }
    }
}

extension CaseloadDatabase {
    /// Refused unless `staff` may decide who shares the file (an administrator).
    public func authorizeSharing(by staff: StaffMember) throws {
        _ = try read { db in try acting(staff, needs: .shareDatabase, in: db) }
    }
}
