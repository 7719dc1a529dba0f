import Foundation

/// A tiny tmpfs mounted for one test, so a disk can really fill up (ENOSPC, as on a full disk).
/// Mounting needs root with CAP_SYS_ADMIN (the dev machines and CI have it); tests that need one
/// are enabled only where `isAvailable`, and are then reported as skipped, not passed.
final class SmallDisk {
    let path: String

    init(kilobytes: Int) throws {
        path = try Caseload.temporaryFolder().path
        let mounted = try ProcessRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path])
        guard mounted.status == 0 else {
            try? FileManager.default.removeItem(atPath: path)
            throw E2EError(message: "could not mount a tmpfs at \(path): \(mounted.errorOutput)")
        }
    }

    func unmount() {
        _ = try? ProcessRunner.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    static let isAvailable: Bool = {
        guard geteuid() == 0, let disk = try? SmallDisk(kilobytes: 16) else { return false }
        disk.unmount()
        return true
    }()
}
