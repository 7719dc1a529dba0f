import Foundation

/// The period a monthly report covers: a calendar month, or a fiscal year (1 April to 31 March,
/// domain.md §7) named by the year it starts in. A period still running is counted to date.
public enum ReportPeriod: Hashable, Sendable {
    case month(year: Int, month: Int)
    case fiscalYear(startYear: Int)

    /// The month containing `day`.
    public static func month(containing day: LocalDate) -> ReportPeriod { .month(year: day.year, month: day.month) }

    /// The fiscal year containing `day` (January to March belong to the year that began the April before).
    public static func fiscalYear(containing day: LocalDate) -> ReportPeriod {
        .fiscalYear(startYear: day.month >= 4 ? day.year : day.year - 1)
    }

    /// "2026-11" → November 2026; nil for anything else.
    public static func month(iso text: String) -> ReportPeriod? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m), y >= 1900 else { return nil }
        return .month(year: y, month: m)
    }

    public var first: LocalDate {
        switch self {
        case .month(let y, let m): return LocalDate(year: y, month: m, day: 1)!
        case .fiscalYear(let y): return LocalDate(year: y, month: 4, day: 1)!
        }
    }

    /// The period's last day when it is over.
    public var last: LocalDate {
        switch self {
        case .month(let y, let m): return LocalDate(year: y, month: m, day: LocalDate.daysIn(month: m, year: y))!
        case .fiscalYear(let y): return LocalDate(year: y + 1, month: 3, day: 31)!
        }
    }

    /// The period before: the month before, or the fiscal year before.
    public var previous: ReportPeriod {
        switch self {
        case .month(let y, let m): return m == 1 ? .month(year: y - 1, month: 12) : .month(year: y, month: m - 1)
        case .fiscalYear(let y): return .fiscalYear(startYear: y - 1)
        }
    }

    /// The period after (the screen's "next" key).
    public var next: ReportPeriod {
        switch self {
        case .month(let y, let m): return m == 12 ? .month(year: y + 1, month: 1) : .month(year: y, month: m + 1)
        case .fiscalYear(let y): return .fiscalYear(startYear: y + 1)
        }
    }

    /// "November 2026", "Fiscal year 2026-27".
    public var title: String {
        switch self {
        case .month(let y, let m): return "\(LocalDate.monthLong[m - 1]) \(y)"
        case .fiscalYear(let y): return "Fiscal year \(y)-\(String(format: "%02d", (y + 1) % 100))"
        }
    }

    /// "2026-11", "FY2026": what CSV and JSON carry.
    public var code: String {
        switch self {
        case .month(let y, let m): return String(format: "%04d-%02d", y, m)
        case .fiscalYear(let y): return "FY\(y)"
        }
    }

    public var isFiscalYear: Bool { if case .fiscalYear = self { return true } else { return false } }
}

extension LocalDate {
    public static let monthLong = ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"]
}

/// The days actually counted: the period to date, and the previous period over the same stretch
/// (a fiscal year to 6 December beside the year before to 6 December; a month beside the whole
/// month before, or the same number of days when this month is still running).
public struct ReportWindow: Hashable, Sendable {
    public var period: ReportPeriod
    public var current: ClosedRange<LocalDate>
    public var previous: ClosedRange<LocalDate>

    public init(_ period: ReportPeriod, today: LocalDate) {
        self.period = period
        let end = min(period.last, today)
        // A period that has not started yet counts nothing: an empty stretch just before its first day.
        current = period.first...max(end, period.first)
        let before = period.previous
        let running = period.last > today
        let previousEnd: LocalDate
        switch period {
        case .month: previousEnd = running ? min(before.last, before.first.adding(days: period.first.days(until: end))) : before.last
        case .fiscalYear: previousEnd = running ? end.adding(months: -12) : before.last
        }
        previous = before.first...max(previousEnd, before.first)
        isEmpty = end < period.first
        currentISO = current.lowerBound.iso...current.upperBound.iso
        previousISO = previous.lowerBound.iso...previous.upperBound.iso
    }

    /// True when the period starts after today (nothing can be counted yet).
    public var isEmpty: Bool

    public enum Half: Int, Hashable, Sendable { case current = 0, previous = 1 }

    /// Which stretch a day falls in, if any.
    public func half(of day: LocalDate) -> Half? {
        if current.contains(day) { return isEmpty ? nil : .current }
        if previous.contains(day) { return .previous }
        return nil
    }

    /// The same for a stored `YYYY-MM-DD` text, without parsing it.
    public func half(ofISO day: String) -> Half? {
        if !isEmpty && day >= currentISO.lowerBound && day <= currentISO.upperBound { return .current }
        if day >= previousISO.lowerBound && day <= previousISO.upperBound { return .previous }
        return nil
    }

    public func range(_ half: Half) -> ClosedRange<LocalDate> { half == .current ? current : previous }

    /// Every day either stretch covers lies in `earliest...latest`.
    public var earliest: LocalDate { previous.lowerBound }
    public var latest: LocalDate { current.upperBound }

    private var currentISO: ClosedRange<String>
    private var previousISO: ClosedRange<String>
}
