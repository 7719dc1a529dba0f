import Foundation

/// A calendar date a person means (a birthday, an appointment day, a due date): no time, no zone.
/// Instants (created, modified) are `Date`s in UTC; the two are never mixed.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    /// Days since 1970-01-01, kept beside the fields: the follow-up rules compare and step through
    /// hundreds of thousands of dates per queue, and deriving it each time was a visible cost.
    public let dayNumber: Int

    /// Returns nil for dates that do not exist (2025-02-29, month 13, day 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
        dayNumber = Self.dayNumber(year: year, month: month, day: day)
    }

    /// Strict `YYYY-MM-DD`; anything else (or an impossible date) is nil.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    public init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0); month = m; day = d
        dayNumber = z0
    }

    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    public var description: String { iso }

    public var weekday: Weekday { Weekday(rawValue: ((dayNumber % 7) + 7 + 3) % 7)! }  // 1970-01-01 was a Thursday

    /// Arithmetic never traps: a result past year 9999 (or before year 1) is still a date, only one
    /// no person means. Dates people give are checked against `AcceptedDates` before they get here.
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: Self.clamped(dayNumber, plus: days)) }

    /// Calendar months, clamped to the month's end: 31 Jan + 1 month = 28 or 29 Feb.
    public func adding(months: Int) -> LocalDate {
        let total = Self.clamped(year * 12 + (month - 1), plus: months)
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return LocalDate(dayNumber: Self.dayNumber(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y))))
    }

    /// Day (or month) numbers are kept within about ±10 million years, far from `Int`'s overflow.
    private static func clamped(_ n: Int, plus delta: Int) -> Int {
        let limit = 4_000_000_000
        let (sum, overflow) = n.addingReportingOverflow(delta)
        return overflow ? (delta > 0 ? limit : -limit) : max(-limit, min(limit, sum))
    }

    /// Whole days from self to other (positive when other is later).
    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }
    // The day number alone identifies the date.
    public static func == (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber == b.dayNumber }
    public func hash(into hasher: inout Hasher) { hasher.combine(dayNumber) }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The date an instant falls on in a time zone: always named (the agency's, `FollowUpEngine.agencyTimeZone`),
    /// never this machine's, which on a server is often UTC and would move evening instants a day on.
    public init(_ instant: Date, in zone: TimeZone) {
        let seconds = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        let days = (seconds / 86_400).rounded(.down)
        self.init(dayNumber: days.isFinite ? Int(max(-4e9, min(4e9, days))) : 0)
    }

    public static func today(in zone: TimeZone) -> LocalDate { LocalDate(Date(), in: zone) }

    /// Midnight at the start of this date in a zone, for combining with a clock time.
    public func startInstant(in zone: TimeZone) -> Date {
        var cal = Calendar(identifier: .gregorian); cal.timeZone = zone
        return cal.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// "Wed 24 Dec 2025", the form explanations and screens use.
    public var long: String { "\(weekday.short) \(day) \(LocalDate.monthShort[month - 1]) \(year)" }
    /// "Wed 24 Dec", for lists where the year is obvious.
    public var medium: String { "\(weekday.short) \(day) \(LocalDate.monthShort[month - 1])" }
    public static let monthShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension LocalDate: Codable {
    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = LocalDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(iso)
    }
}

public enum Weekday: Int, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    public var isWeekend: Bool { self == .saturday || self == .sunday }
    public var short: String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue] }
}
