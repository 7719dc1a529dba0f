import Testing
@testable import CaseloadCore

@Suite struct OntarioHolidaysTests {
    /// year, New Year's, Family Day, Good Friday, Victoria Day, Canada Day, Labour Day, Thanksgiving, Christmas, Boxing Day.
    static let table: [[String]] = [
        ["2024", "2024-01-01", "2024-02-19", "2024-03-29", "2024-05-20", "2024-07-01", "2024-09-02", "2024-10-14", "2024-12-25", "2024-12-26"],
        ["2025", "2025-01-01", "2025-02-17", "2025-04-18", "2025-05-19", "2025-07-01", "2025-09-01", "2025-10-13", "2025-12-25", "2025-12-26"],
        ["2026", "2026-01-01", "2026-02-16", "2026-04-03", "2026-05-18", "2026-07-01", "2026-09-07", "2026-10-12", "2026-12-25", "2026-12-26"],
        ["2027", "2027-01-01", "2027-02-15", "2027-03-26", "2027-05-24", "2027-07-01", "2027-09-06", "2027-10-11", "2027-12-25", "2027-12-26"],
        ["2028", "2028-01-01", "2028-02-21", "2028-04-14", "2028-05-22", "2028-07-01", "2028-09-04", "2028-10-09", "2028-12-25", "2028-12-26"],
        ["2008", "2008-01-01", "2008-02-18", "2008-03-21", "2008-05-19", "2008-07-01", "2008-09-01", "2008-10-13", "2008-12-25", "2008-12-26"],
    ]

    @Test(arguments: table)
    func everyStatutoryHoliday(_ row: [String]) {
        let year = Int(row[0])!
        let holidays = OntarioHolidays.holidays(in: year)
        #expect(holidays.map(\.kind) == StatutoryHoliday.allCases)
        #expect(holidays.map(\.date.iso) == Array(row.dropFirst()))
        #expect(holidays.allSatisfy { !$0.isObservedSubstitute })
        for (kind, iso) in zip(StatutoryHoliday.allCases, row.dropFirst()) {
            #expect(OntarioHolidays.date(of: kind, in: year) == d(iso))
        }
    }

    @Test(arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
                      (2028, "2028-04-16"), (2000, "2000-04-23"), (2038, "2038-04-25"), (1900, "1900-04-15"),
                      (2285, "2285-03-22"), (1818, "1818-03-22"), (1943, "1943-04-25"), (2019, "2019-04-21")])
    func easterSunday(_ year: Int, _ iso: String) {
        #expect(OntarioHolidays.easterSunday(year) == d(iso))
        #expect(OntarioHolidays.date(of: .goodFriday, in: year) == d(iso).adding(days: -2))
    }

    /// Claus Tøndering's formulation of the Gregorian computus, written independently of Meeus's.
    private func tonderingEaster(_ y: Int) -> LocalDate {
        let g = y % 19, c = y / 100
        let h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30
        let i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11))
        let j = (y + y / 4 + i + 2 - c + c / 4) % 7
        let l = i - j
        let month = 3 + (l + 40) / 44
        return LocalDate(year: y, month: month, day: l + 28 - 31 * (month / 4))!
    }

    @Test func easterAgreesWithAnIndependentAlgorithmFor1900To9999() {
        let mismatches = (1900...9999).filter { OntarioHolidays.easterSunday($0) != tonderingEaster($0) }
        #expect(mismatches.isEmpty)
        let sundays = (1900...9999).allSatisfy { OntarioHolidays.easterSunday($0).weekday == .sunday }
        #expect(sundays)
    }

    @Test func familyDayOnlySince2008() {
        #expect(OntarioHolidays.date(of: .familyDay, in: 2007) == nil)
        #expect(OntarioHolidays.holidays(in: 2007).count == 8)
        #expect(!OntarioHolidays.holidays(in: 1999).contains { $0.kind == .familyDay })
        #expect(OntarioHolidays.holidays(in: 2008).count == 9)
        #expect(BusinessCalendar.ontario.isBusinessDay(d("2007-02-19")))     // 3rd Monday, no Family Day yet
        #expect(!BusinessCalendar.ontario.isBusinessDay(d("2008-02-18")))
    }

    @Test func rulesHoldForManyYears() {
        for year in 1900...2300 {
            let h = Dictionary(uniqueKeysWithValues: OntarioHolidays.holidays(in: year).map { ($0.kind, $0.date) })
            let victoria = h[.victoriaDay]!
            #expect(victoria.weekday == .monday && victoria.month == 5 && (18...24).contains(victoria.day))
            #expect(h[.labourDay]!.weekday == .monday && h[.labourDay]!.month == 9 && h[.labourDay]!.day <= 7)
            #expect(h[.thanksgiving]!.weekday == .monday && (8...14).contains(h[.thanksgiving]!.day))
            #expect(h[.goodFriday]!.weekday == .friday)
            if let family = h[.familyDay] { #expect(family.weekday == .monday && family.month == 2 && (15...21).contains(family.day)) }
            #expect((h[.familyDay] != nil) == (year >= 2008))
        }
    }

    @Test func names() {
        #expect(StatutoryHoliday.allCases.map(\.name) == ["New Year's Day", "Family Day", "Good Friday", "Victoria Day",
            "Canada Day", "Labour Day", "Thanksgiving", "Christmas Day", "Boxing Day"])
        #expect(Holiday(kind: .boxingDay, date: d("2027-12-28"), isObservedSubstitute: true).name == "Boxing Day (observed)")
    }

    /// (year, expected substitutes as "date name").
    @Test(arguments: [
        (2027, ["2027-12-27 Christmas Day (observed)", "2027-12-28 Boxing Day (observed)"]),
        (2028, ["2028-01-03 New Year's Day (observed)", "2028-07-03 Canada Day (observed)"]),
        (2022, ["2022-01-03 New Year's Day (observed)", "2022-12-27 Christmas Day (observed)"]),
        (2023, ["2023-01-02 New Year's Day (observed)", "2023-07-03 Canada Day (observed)"]),
        (2029, ["2029-07-02 Canada Day (observed)"]),
        (2026, ["2026-12-28 Boxing Day (observed)"]),
        (2021, ["2021-12-27 Christmas Day (observed)", "2021-12-28 Boxing Day (observed)"]),
        (2024, []), (2025, []),
    ])
    func observedSubstitutes(_ year: Int, _ expected: [String]) {
        let substitutes = OntarioHolidays.holidaysWithSubstitutes(in: year).filter(\.isObservedSubstitute)
        #expect(substitutes.map(\.description) == expected)
        // A substitute always belongs to the same year as its holiday, and is a weekday.
        #expect(substitutes.allSatisfy { $0.date.year == year && !$0.date.weekday.isWeekend })
    }

    @Test func newYearsSubstituteBelongsToTheNewYear() {
        // 2022-01-01 is a Saturday: the previous Friday stays open; Monday 3 January closes.
        #expect(BusinessCalendar.ontario.isBusinessDay(d("2021-12-31")))
        #expect(BusinessCalendar.ontario.closureReason(for: d("2022-01-03")) == "New Year's Day (observed)")
        #expect(BusinessCalendar.ontario.isBusinessDay(d("2027-12-31")))
        #expect(!BusinessCalendar.ontario.isBusinessDay(d("2028-01-03")))
    }
}
