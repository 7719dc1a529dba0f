/// Every statutory holiday and observed substitute from 1900 through 2199 as one byte per day, built
/// once on first use (~110 KB), so the follow-up queue's hot loops test a day with an array read.
/// Days outside the window are computed from their year's rules (correct, just slower).
struct HolidayTable: Sendable {
    static let shared = HolidayTable(years: 1900...2199)

    /// 0: no holiday; 1...9: statutory holiday (kind + 1); 17...25: observed substitute (kind + 17).
    typealias Code = UInt8
    static let observedFlag: Code = 16

    let firstDay: Int
    let codes: [Code]

    init(years: ClosedRange<Int>) {
        firstDay = LocalDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let end = LocalDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var codes = [Code](repeating: 0, count: end - firstDay + 1)
        for year in years {
            for holiday in OntarioHolidays.holidaysWithSubstitutes(in: year) {
                codes[holiday.date.dayNumber - firstDay] = Self.code(for: holiday)
            }
        }
        self.codes = codes
    }

    static func code(for holiday: Holiday) -> Code {
        Code(holiday.kind.rawValue + 1) + (holiday.isObservedSubstitute ? observedFlag : 0)
    }

    @inline(__always)
    func code(dayNumber: Int) -> Code {
        let i = dayNumber &- firstDay
        if i >= 0 && i < codes.count { return codes[i] }
        let date = LocalDate(dayNumber: dayNumber)
        return OntarioHolidays.holidaysWithSubstitutes(in: date.year).first { $0.date == date }.map(Self.code(for:)) ?? 0
    }

    func holiday(dayNumber: Int) -> Holiday? {
        let c = code(dayNumber: dayNumber)
        guard c != 0, let kind = StatutoryHoliday(rawValue: Int(c & (Self.observedFlag - 1)) - 1) else { return nil }
        return Holiday(kind: kind, date: LocalDate(dayNumber: dayNumber), isObservedSubstitute: c & Self.observedFlag != 0)
    }
}
