import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A database this login may not reach (a shared one, and the login is not in its group) is
/// refused for what it is, not as "no database at PATH".
enum DatabaseAccess {
    /// The refusal when the file or its folder is closed to this login; nil otherwise.
    static func refusal(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) != 0, errno == EACCES || errno == EPERM else { return nil }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var folderInfo = stat()
        let group = stat(folder, &folderInfo) == 0 && folderInfo.st_mode & 0o005 == 0
            ? getgrgid(folderInfo.st_gid).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } : nil
        let shared = group.map { " (its folder \(folder) is only for group \($0))" } ?? ""
        return "permission denied: you (\(ProcessLogin.name)) may not open \(path)\(shared); if you should, "
            + "ask its administrator to add your login to \(group.map { "group \($0)" } ?? "its group") (then log in again)"
    }
}
