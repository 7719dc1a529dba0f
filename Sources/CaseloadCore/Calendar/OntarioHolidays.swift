/// The nine Ontario statutory holidays (Employment Standards Act), in calendar order.
public enum StatutoryHoliday: Int, CaseIterable, Sendable, Codable {
    case newYearsDay, familyDay, goodFriday, victoriaDay, canadaDay, labourDay, thanksgiving, christmasDay, boxingDay

    public var name: String {
        switch self {
        case .newYearsDay: return "New Year's Day"
        case .familyDay: return "Family Day"
        case .goodFriday: return "Good Friday"
        case .victoriaDay: return "Victoria Day"
        case .canadaDay: return "Canada Day"
        case .labourDay: return "Labour Day"
        case .thanksgiving: return "Thanksgiving"
        case .christmasDay: return "Christmas Day"
        case .boxingDay: return "Boxing Day"
        }
    }
}

/// A holiday on a given date; `isObservedSubstitute` marks the weekday that replaces one falling on a weekend.
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public let kind: StatutoryHoliday
    public let date: LocalDate
    public let isObservedSubstitute: Bool

    public init(kind: StatutoryHoliday, date: LocalDate, isObservedSubstitute: Bool = false) {
        self.kind = kind; self.date = date; self.isObservedSubstitute = isObservedSubstitute
    }

    /// "Christmas Day" or "Christmas Day (observed)".
    public var name: String { isObservedSubstitute ? kind.name + " (observed)" : kind.name }
    public var description: String { "\(date.iso) \(name)" }
}

/// Ontario's statutory holidays for any year, computed by rule (domain.md §4). Pure and allocation-light;
/// `BusinessCalendar` caches the results, so callers in hot loops should go through it.
public enum OntarioHolidays {
    /// Family Day was first observed in 2008.
    public static let familyDayFirstYear = 2008

    /// The date of one holiday in a year; nil for Family Day before 2008 (or a year outside 1...9999).
    public static func date(of holiday: StatutoryHoliday, in year: Int) -> LocalDate? {
        guard (1...9999).contains(year) else { return nil }
        switch holiday {
        case .newYearsDay: return LocalDate(year: year, month: 1, day: 1)
        case .familyDay: return year >= familyDayFirstYear ? nthWeekday(.monday, 3, month: 2, year: year) : nil
        case .goodFriday: return easterSunday(year).adding(days: -2)
        case .victoriaDay:
            // The Monday on or before 24 May: step back from the 24th to a Monday.
            let may24 = LocalDate(year: year, month: 5, day: 24)!
            return may24.adding(days: -((may24.weekday.rawValue - Weekday.monday.rawValue + 7) % 7))
        case .canadaDay: return LocalDate(year: year, month: 7, day: 1)
        case .labourDay: return nthWeekday(.monday, 1, month: 9, year: year)
        case .thanksgiving: return nthWeekday(.monday, 2, month: 10, year: year)
        case .christmasDay: return LocalDate(year: year, month: 12, day: 25)
        case .boxingDay: return LocalDate(year: year, month: 12, day: 26)
        }
    }

    /// The statutory holidays of a year in date order (8 before 2008, 9 since).
    public static func holidays(in year: Int) -> [Holiday] {
        StatutoryHoliday.allCases.compactMap { kind in date(of: kind, in: year).map { Holiday(kind: kind, date: $0) } }
    }

    /// Statutory holidays plus observed substitutes, in date order. A holiday on a Saturday or Sunday
    /// closes the next weekday not already closed, taking holidays in date order (so in 2027 Christmas
    /// takes Mon 27 Dec and Boxing Day Tue 28). A substitute always falls in the holiday's own year:
    /// 1 Jan's follows it, and 25/26 Dec's land by 28 Dec at the latest.
    public static func holidaysWithSubstitutes(in year: Int) -> [Holiday] {
        let statutory = holidays(in: year)
        var closed = Set(statutory.map(\.date.dayNumber))
        var result = statutory
        for holiday in statutory where holiday.date.weekday.isWeekend {
            var day = holiday.date.dayNumber + 1
            while LocalDate(dayNumber: day).weekday.isWeekend || closed.contains(day) { day += 1 }
            closed.insert(day)
            result.append(Holiday(kind: holiday.kind, date: LocalDate(dayNumber: day), isObservedSubstitute: true))
        }
        return result.sorted { $0.date < $1.date }
    }

    /// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// The nth (1-based) given weekday of a month, e.g. the 3rd Monday of February.
    static func nthWeekday(_ weekday: Weekday, _ n: Int, month: Int, year: Int) -> LocalDate {
        let first = LocalDate(year: year, month: month, day: 1)!
        let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }
}
