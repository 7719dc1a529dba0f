import CaseloadCore
import Foundation

/// The agency-local day of stored instants. Foundation's per-instant zone maths cost more than
/// everything else in the queue, and a zone's UTC offset only changes on the hour (daylight saving),
/// so each hour's offset is asked once per load.
struct AgencyDays {
    let zone: TimeZone
    private var offsets: [Int64: Int64] = [:]
    /// The last hour asked about: rows of one client often share it, and this skips the hashing.
    private var lastHour = Int64.min, lastOffset: Int64 = 0

    init(zone: TimeZone) { self.zone = zone }

    /// The local day of an instant given as milliseconds since 1970 (UTC).
    mutating func day(epochMilliseconds ms: Int64) -> LocalDate {
        let hour = Self.floorDivide(ms, 3_600_000)
        let offset: Int64
        if hour == lastHour {
            offset = lastOffset
        } else if let known = offsets[hour] {
            offset = known
        } else {
            offset = Int64(zone.secondsFromGMT(for: Self.date(epochMilliseconds: ms)))
            offsets[hour] = offset
        }
        lastHour = hour; lastOffset = offset
        return LocalDate(dayNumber: Int(Self.floorDivide(ms + offset * 1000, 86_400_000)))
    }

    /// The same instant as a `Date` (what SQLite's `julianday` arithmetic gave: milliseconds / 1000).
    static func date(epochMilliseconds ms: Int64) -> Date { Date(timeIntervalSince1970: Double(ms) / 1000) }

    /// Division rounding towards minus infinity (instants before 1970 belong to the earlier day).
    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && a < 0) ? q - 1 : q
    }
}
