import Testing
@testable import CaseloadCore

@Suite struct LocalDateTests {
    @Test(arguments: ["2025-02-30", "2025-2-3", " 2025-01-01", "2025-01-01 ", "2025-13-01", "2025-00-10",
                      "2025-01-00", "2023-02-29", "2100-02-29", "20250101", "2025/01/01", "+025-01-01",
                      "0000-01-01", "2025-01-1a", "２０２５-01-01", "", "2025-01", "2025-01-01-01"])
    func isoParsingRejects(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "1900-01-01", "9999-12-31", "0001-01-01", "2025-12-24"])
    func isoParsingAcceptsAndRoundTrips(_ text: String) {
        #expect(LocalDate(iso: text)?.iso == text)
    }

    @Test func leapYears() {
        #expect(LocalDate.isLeap(2024) && LocalDate.isLeap(2000) && LocalDate.isLeap(2400))
        #expect(!LocalDate.isLeap(2100) && !LocalDate.isLeap(1900) && !LocalDate.isLeap(2025))
        #expect(LocalDate(year: 2100, month: 2, day: 29) == nil)
        #expect(d("2024-02-28").adding(days: 1) == d("2024-02-29"))
        #expect(d("2100-02-28").adding(days: 1) == d("2100-03-01"))
        #expect(d("2000-02-28").adding(days: 1) == d("2000-02-29"))
    }

    /// Every day from year 1 to 9999 converts to a day number and back, each the day after the last.
    @Test func dayNumbersRoundTripOverTheWholeRange() {
        let first = d("0001-01-01").dayNumber, last = d("9999-12-31").dayNumber
        var previous = d("0001-01-01")
        var failures: [String] = []
        for n in (first + 1)...last {
            let date = LocalDate(dayNumber: n)
            let follows = date.day == 1
                ? previous.day == LocalDate.daysIn(month: previous.month, year: previous.year)
                    && (date.month == previous.month % 12 + 1) && date.year == previous.year + (date.month == 1 ? 1 : 0)
                : date.year == previous.year && date.month == previous.month && date.day == previous.day + 1
            if date.dayNumber != n || !follows || LocalDate(year: date.year, month: date.month, day: date.day) != date {
                failures.append("\(n) -> \(date)")
                if failures.count > 5 { break }
            }
            previous = date
        }
        #expect(failures.isEmpty)
        #expect(previous == d("9999-12-31"))
        #expect(d("1970-01-01").dayNumber == 0)
        #expect(d("2000-03-01").dayNumber == 11_017)
        #expect(d("1969-12-31").dayNumber == -1)
    }

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("1969-12-31", .wednesday), ("2000-01-01", .saturday),
        ("2025-12-24", .wednesday), ("2026-02-13", .friday), ("2025-04-14", .monday), ("1900-01-01", .monday),
        ("2024-02-29", .thursday), ("2027-12-25", .saturday), ("2029-07-01", .sunday), ("0001-01-01", .monday),
        ("9999-12-31", .friday),
    ])
    func weekdayOfKnownDates(_ iso: String, _ weekday: Weekday) {
        #expect(d(iso).weekday == weekday)
    }

    @Test func longAndMediumForms() {
        #expect(d("2025-12-24").long == "Wed 24 Dec 2025")
        #expect(d("2026-02-01").medium == "Sun 1 Feb")
    }

    @Test(arguments: [
        ("2025-01-31", 1, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
        ("2025-08-31", 6, "2026-02-28"), ("2027-08-31", 6, "2028-02-29"), ("2025-03-31", -1, "2025-02-28"),
        ("2025-12-15", 1, "2026-01-15"), ("2025-01-15", -13, "2023-12-15"),
    ])
    func addingMonthsClamps(_ start: String, _ months: Int, _ expected: String) {
        #expect(d(start).adding(months: months) == d(expected))
    }

    @Test(arguments: [("2000-02-29", "2018-02-28", 17), ("2000-02-29", "2018-03-01", 18), ("2007-12-24", "2025-12-23", 17),
                      ("2007-12-24", "2025-12-24", 18), ("1990-06-15", "1990-06-15", 0)])
    func ageInWholeYears(_ born: String, _ on: String, _ age: Int) {
        #expect(d(born).age(on: d(on)) == age)
    }
}
