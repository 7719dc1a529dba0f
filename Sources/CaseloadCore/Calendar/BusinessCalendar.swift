/// Business days for Caseload (domain.md §4): Monday to Friday, except Ontario statutory holidays,
/// their observed substitutes (a setting, on by default) and agency closure days.
/// A value type: build one per site from the closure table and pass it to the rules.
public struct BusinessCalendar: Hashable, Sendable {
    /// Whether a holiday on a weekend closes the next free weekday.
    public var observesSubstitutes: Bool
    /// Agency closure reasons keyed by day number (several closures on one day are joined).
    private var closures: [Int: String]

    /// `closures` may hold every site's rows: those for every site (`siteID == nil`) apply, and those
    /// for `siteID` when one is given.
    public init(observesSubstitutes: Bool = true, closures: [ClosureDay] = [], siteID: Int64? = nil) {
        self.observesSubstitutes = observesSubstitutes
        self.closures = [:]
        for c in closures where c.siteID == nil || c.siteID == siteID { addClosure(on: c.day, reason: c.reason) }
    }

    /// Ontario holidays with observed substitutes and no agency closures.
    public static let ontario = BusinessCalendar()

    public mutating func addClosure(on day: LocalDate, reason: String) {
        let key = day.dayNumber
        if let existing = closures[key] {
            if !existing.split(separator: ";").map({ $0.trimmingSpaces }).contains(reason) { closures[key] = existing + "; " + reason }
        } else {
            closures[key] = reason
        }
    }

    /// The agency closure days in effect, by date.
    public var closureDays: [LocalDate: String] {
        Dictionary(uniqueKeysWithValues: closures.map { (LocalDate(dayNumber: $0.key), $0.value) })
    }

    // MARK: - Single days

    @inline(__always)
    func isBusinessDay(dayNumber: Int) -> Bool {
        let weekday = ((dayNumber % 7) + 10) % 7          // Monday = 0; day 0 (1970-01-01) was a Thursday
        if weekday >= 5 { return false }
        let code = HolidayTable.shared.code(dayNumber: dayNumber)
        if code != 0 && (observesSubstitutes || code & HolidayTable.observedFlag == 0) { return false }
        return closures.isEmpty || closures[dayNumber] == nil
    }

    public func isBusinessDay(_ date: LocalDate) -> Bool { isBusinessDay(dayNumber: date.dayNumber) }

    /// `date` itself when the office is open, else the next day it is.
    public func businessDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        for _ in 0..<30 where !isBusinessDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// Why a day is closed, or nil for a business day. A holiday is named even on a weekend
    /// (Sat 25 Dec 2027 is "Christmas Day"); agency closures come before "weekend".
    public func closure(on date: LocalDate) -> DayClosure? {
        let n = date.dayNumber
        if let h = HolidayTable.shared.holiday(dayNumber: n), observesSubstitutes || !h.isObservedSubstitute { return .holiday(h) }
        if let reason = closures[n] { return .agencyClosure(reason: reason) }
        if date.weekday.isWeekend { return .weekend }
        return nil
    }

    /// "Christmas Day", "Boxing Day (observed)", "weekend", "agency closure: <reason>"; nil when open.
    public func closureReason(for date: LocalDate) -> String? { closure(on: date)?.description }

    /// The holidays (with substitutes when observed) of a year, in date order.
    public func holidays(in year: Int) -> [Holiday] {
        observesSubstitutes ? OntarioHolidays.holidaysWithSubstitutes(in: year) : OntarioHolidays.holidays(in: year)
    }

    // MARK: - Counting

    /// Received + N business days: counting starts the day after `date`; each business day reached
    /// uses up one; the day the count reaches 0 is the result. N = 0 gives `date` itself; a negative
    /// N counts back the same way.
    public func addingBusinessDays(_ n: Int, to date: LocalDate) -> LocalDate {
        var day = date.dayNumber, left = abs(n)
        let step = n < 0 ? -1 : 1
        while left > 0 {
            day += step
            if isBusinessDay(dayNumber: day) { left -= 1 }
        }
        return day == date.dayNumber ? date : LocalDate(dayNumber: day)
    }

    /// The same count as `addingBusinessDays`, with the closed days it stepped over for the explanation.
    /// `startLabel` names the starting fact ("received", "assessment submitted").
    public func dueDate(addingBusinessDays n: Int, to date: LocalDate, startLabel: String = "received") -> DueDate {
        var day = date.dayNumber, left = abs(n)
        let step = n < 0 ? -1 : 1
        var skipped: [ClosedDay] = []
        while left > 0 {
            day += step
            if isBusinessDay(dayNumber: day) { left -= 1; continue }
            let d = LocalDate(dayNumber: day)
            skipped.append(ClosedDay(date: d, closure: closure(on: d) ?? .weekend))
        }
        return DueDate(start: date, startLabel: startLabel, businessDays: n, date: LocalDate(dayNumber: day), skipped: skipped)
    }

    /// Business days after `start` up to and including `end` — "overdue by N business days" is
    /// `businessDays(from: due, to: today)`. Negative when `end` is before `start`.
    public func businessDays(from start: LocalDate, to end: LocalDate) -> Int {
        let a = start.dayNumber, b = end.dayNumber
        if a == b { return 0 }
        let (lo, hi, sign) = a < b ? (a, b, 1) : (b, a, -1)
        var count = 0
        for day in (lo + 1)...hi where isBusinessDay(dayNumber: day) { count += 1 }
        return sign * count
    }
}
