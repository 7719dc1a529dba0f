import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process umask, set before anything is opened, so nothing Caseload makes (SQLite's own files
/// included) is ever others': 007 beside a database whose folder is shared with a group (its
/// members need the files), 077 everywhere else. Files that must have a mode set it explicitly too.
enum FileCreationMask {
    static func apply(forDatabase path: String?) {
        umask(mask(forDatabase: path))
    }

    static func mask(forDatabase path: String?) -> mode_t {
        guard let path, GroupSharing.isShared(folder: GroupSharing.folder(of: path)) else { return 0o077 }
        return 0o007
    }
}
