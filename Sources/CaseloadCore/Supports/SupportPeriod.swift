/// The periods supports are totalled over: a calendar month and the fiscal year (1 April to 31 March).
public struct SupportPeriod: Hashable, Sendable {
    public var from: LocalDate
    public var to: LocalDate
    public var title: String

    public init(from: LocalDate, to: LocalDate, title: String) { self.from = from; self.to = to; self.title = title }

    public static func month(containing day: LocalDate) -> SupportPeriod {
        let first = LocalDate(year: day.year, month: day.month, day: 1)!
        let last = LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year))!
        return SupportPeriod(from: first, to: last, title: "\(LocalDate.monthShort[day.month - 1]) \(day.year)")
    }

    /// Fiscal 2026-27 runs from 1 April 2026 to 31 March 2027.
    public static func fiscalYear(containing day: LocalDate) -> SupportPeriod {
        let startYear = day.month >= 4 ? day.year : day.year - 1
        return SupportPeriod(from: LocalDate(year: startYear, month: 4, day: 1)!,
                             to: LocalDate(year: startYear + 1, month: 3, day: 31)!,
                             title: "Fiscal \(startYear)-\(String(startYear + 1).suffix(2))")
    }

    public func contains(_ day: LocalDate) -> Bool { from <= day && day <= to }
}
