import CaseloadCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `caseload check`'s look at who else can get at the file: a database and the files beside it
/// (its -wal holds recent changes in the clear) must never be readable or writable by others, nor
/// its folder open to them; a folder shared with a group must be setgid, or a member's new -wal
/// gets their own group and the others cannot open the database.
extension CaseloadDatabase {
    /// Unsafe modes, each with what to run; empty when none. For supervisors and administrators.
    public func fileModeProblems(by staff: StaffMember) throws -> [IntegrityProblem] {
        _ = try read { db in try acting(staff, needs: .checkDatabase, in: db) }
        return Self.fileModeProblems(databasePath: path)
    }

    static func fileModeProblems(databasePath: String) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func add(_ detail: String) { problems.append(IntegrityProblem(check: "file modes", detail: detail)) }
        let folder = GroupSharing.folder(of: databasePath)
        let shared = GroupSharing.isShared(folder: folder)
        let fix = { (path: String) in
            shared ? "run `caseload setup shared --group \(groupName(of: folder)) \(databasePath)`" : "run `chmod o-rwx \(path)`"
        }

        var folderInfo = stat()
        if stat(folder, &folderInfo) == 0 {
            let others = folderInfo.st_mode & 0o007
            if others != 0 {
                let can = [others & 0o001 != 0 ? "enter" : nil, others & 0o004 != 0 ? "list" : nil, others & 0o002 != 0 ? "change" : nil]
                    .compactMap { $0 }.joined(separator: " and ")
                // A folder everyone shares (/tmp) or someone else's is not for the database's owner to close.
                var database = stat()
                let notItsOwn = folderInfo.st_mode & S_ISVTX != 0
                    || (stat(databasePath, &database) == 0 && database.st_uid != folderInfo.st_uid)
                add("everyone can \(can) the database's folder \(folder) (mode \(octal(folderInfo.st_mode))); "
                    + (notItsOwn ? "move the database into a folder of its own (mkdir -m 700 FOLDER)" : fix(folder)))
            }
            if shared && folderInfo.st_mode & S_ISGID == 0 {
                add("the shared folder \(folder) is not setgid, so files made there get their maker's group and others "
                    + "in the group cannot open them (mode \(octal(folderInfo.st_mode))); \(fix(folder))")
            }
        }

        var database = stat()
        let hasDatabase = stat(databasePath, &database) == 0
        for file in SharedSetup.files(of: databasePath) {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            let others = info.st_mode & 0o007
            if others != 0 {
                let can = [others & 0o004 != 0 ? "read" : nil, others & 0o002 != 0 ? "write" : nil].compactMap { $0 }.joined(separator: " and ")
                add("everyone can \(can.isEmpty ? "use" : can) \(file) (mode \(octal(info.st_mode))); \(fix(file))")
            }
            if shared, hasDatabase, info.st_gid != database.st_gid {
                add("\(file) has group \(groupName(gid: info.st_gid)), not the database's \(groupName(gid: database.st_gid)); \(fix(file))")
            }
        }
        return problems
    }

    private static func octal(_ mode: mode_t) -> String { String(format: "%04o", Int(mode & 0o7777)) }

    private static func groupName(of path: String) -> String {
        var info = stat()
        return stat(path, &info) == 0 ? groupName(gid: info.st_gid) : "GROUP"
    }

    private static func groupName(gid: gid_t) -> String {
        getgrgid(gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? "\(gid)"
    }
}
