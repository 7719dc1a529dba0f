import CaseloadCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Nightly backups: dated, checked copies of one database in one folder, of which the newest N are
/// kept (`caseload backup --to DIR --keep N`).
///
/// A copy is named `STEM-YYYY-MM-DD-HHMMSSZ.sqlite` (UTC, so names sort in time order across
/// daylight-saving changes; `-2`, `-3` … after it when two are made within a second) only once it is
/// complete and has passed its checks. Anything else in the folder — a `.partial-PID` left by a
/// killed backup, other files — is never counted and never removed.
public struct BackupFolder: Sendable {
    public let folder: String
    /// The database's file name without its extension: `caseload` for `caseload.sqlite`.
    public let stem: String

    public init(folder: String, databasePath: String) {
        self.folder = folder
        stem = URL(fileURLWithPath: databasePath).deletingPathExtension().lastPathComponent
    }

    /// The finished, checked copies in the folder, oldest first (full paths).
    public func backups() throws -> [String] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw StoreError.backupFailed(path: folder, reason: "the folder cannot be read; create it or choose another")
        }
        return names.compactMap { name in sortKey(name).map { (name, $0) } }
            .sorted { $0.1 < $1.1 }
            .map { folder + "/" + $0.0 }
    }

    /// The name for a copy made at `date`, the `sequence`-th within that second.
    func name(at date: Date, sequence: Int) -> String {
        "\(stem)-\(Self.stamp(date))\(sequence > 1 ? "-\(sequence)" : "").sqlite"
    }

    /// `YYYY-MM-DD-HHMMSSZ` in UTC.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d-%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// (time stamp, sequence) for a name this folder's copies have; nil for every other file.
    func sortKey(_ name: String) -> SortKey? {
        let prefix = stem + "-", suffix = ".sqlite"
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return nil }
        let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
        let stamp = middle.prefix(18), rest = middle.dropFirst(18)
        let pattern = Array("dddd-dd-dd-ddddddZ")
        guard stamp.count == 18, zip(stamp, pattern).allSatisfy({ $1 == "d" ? $0.isASCII && $0.isNumber : $0 == $1 }) else { return nil }
        if rest.isEmpty { return SortKey(stamp: String(stamp), sequence: 1) }
        guard rest.first == "-", let sequence = Int(rest.dropFirst()), sequence > 1 else { return nil }
        return SortKey(stamp: String(stamp), sequence: sequence)
    }

    struct SortKey: Comparable {
        let stamp: String
        let sequence: Int
        static func < (a: SortKey, b: SortKey) -> Bool { (a.stamp, a.sequence) < (b.stamp, b.sequence) }
    }
}

/// What a nightly backup did.
public struct NightlyBackup: Sendable {
    /// The new, checked copy.
    public let path: String
    /// Older copies removed to keep N.
    public let removed: [String]
    /// The copies now in the folder, oldest first.
    public let kept: [String]
}

extension CaseloadDatabase {
    /// Writes a dated copy into `folder` (temporary name, checked, then renamed), then removes the
    /// oldest copies beyond `keep`. Nothing is removed unless the new copy was made and passed.
    public func backup(into folder: String, keep: Int?, now: Date = Date(), by staff: StaffMember) throws -> NightlyBackup {
        let set = BackupFolder(folder: folder, databasePath: path)
        // After every copy of the same second, so the new one sorts last.
        let stamp = BackupFolder.stamp(now)
        let sameSecond = (try? FileManager.default.contentsOfDirectory(atPath: folder))?
            .compactMap { set.sortKey($0) }.filter { $0.stamp == stamp }.map(\.sequence) ?? []
        let destination = folder + "/" + set.name(at: now, sequence: (sameSecond.max() ?? 0) + 1)
        try backup(to: destination, checked: true, by: staff)

        var kept = try set.backups()
        var removed: [String] = []
        if let keep, kept.count > keep {
            // The oldest others go; the copy just made stays even if the clock was set back.
            for old in kept.filter({ $0 != destination }).prefix(kept.count - keep) {
                guard unlink(old) == 0 || errno == ENOENT else {
                    throw StoreError.backupFailed(path: old, reason: "the new copy \(destination) was made, but this old one "
                                                  + "could not be removed (\(String(cString: strerror(errno)))); remove it yourself")
                }
                for suffix in ["-wal", "-shm", "-journal", "-sessions"] { unlink(old + suffix) }   // left by opening it
                removed.append(old)
            }
            kept.removeAll { removed.contains($0) }
        }
        return NightlyBackup(path: destination, removed: removed, kept: kept)
    }
}
