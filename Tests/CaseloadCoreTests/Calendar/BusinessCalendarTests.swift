import Testing
@testable import CaseloadCore

@Suite struct BusinessCalendarTests {
    let ontario = BusinessCalendar.ontario

    /// domain.md §4's examples, then more: (received, N, due).
    @Test(arguments: [
        ("2025-12-24", 1, "2025-12-29"), ("2026-02-13", 1, "2026-02-17"), ("2025-04-14", 10, "2025-04-29"),
        ("2025-12-19", 1, "2025-12-22"), ("2025-12-22", 1, "2025-12-23"), ("2025-12-24", 10, "2026-01-12"),
        ("2025-12-31", 1, "2026-01-02"), ("2027-12-24", 1, "2027-12-29"), ("2027-12-31", 1, "2028-01-04"),
        ("2021-12-31", 1, "2022-01-04"), ("2029-06-29", 1, "2029-07-03"), ("2028-06-30", 1, "2028-07-04"),
        ("2026-12-24", 1, "2026-12-29"), ("2025-04-17", 1, "2025-04-21"), ("2025-05-16", 1, "2025-05-20"),
        ("2025-08-29", 1, "2025-09-02"), ("2025-10-10", 5, "2025-10-20"), ("2025-12-27", 1, "2025-12-29"),
        ("2025-12-28", 1, "2025-12-29"), ("2024-02-28", 1, "2024-02-29"), ("2024-02-29", 1, "2024-03-01"),
        ("2025-06-30", 1, "2025-07-02"), ("2025-03-03", 0, "2025-03-03"), ("2025-03-08", 0, "2025-03-08"),
        ("2025-04-29", -10, "2025-04-14"), ("2025-12-29", -1, "2025-12-24"),
    ])
    func addingBusinessDays(_ received: String, _ n: Int, _ due: String) {
        #expect(ontario.addingBusinessDays(n, to: d(received)) == d(due))
        #expect(ontario.dueDate(addingBusinessDays: n, to: d(received)).date == d(due))
    }

    /// Without substitutes a weekend holiday simply falls on the weekend.
    @Test(arguments: [
        ("2027-12-24", 1, "2027-12-27"), ("2027-12-31", 1, "2028-01-03"), ("2029-06-29", 1, "2029-07-02"),
        ("2021-12-31", 1, "2022-01-03"), ("2025-12-24", 1, "2025-12-29"),
    ])
    func substitutesOff(_ received: String, _ n: Int, _ due: String) {
        let calendar = BusinessCalendar(observesSubstitutes: false)
        #expect(calendar.addingBusinessDays(n, to: d(received)) == d(due))
        #expect(calendar.closureReason(for: d("2027-12-27")) == nil)
        #expect(calendar.closureReason(for: d("2027-12-25")) == "Christmas Day")
    }

    @Test(arguments: [
        ("2025-12-25", "Christmas Day"), ("2025-12-26", "Boxing Day"), ("2025-12-27", "weekend"),
        ("2027-12-25", "Christmas Day"), ("2027-12-27", "Christmas Day (observed)"), ("2027-12-28", "Boxing Day (observed)"),
        ("2028-01-03", "New Year's Day (observed)"), ("2029-07-02", "Canada Day (observed)"), ("2026-02-16", "Family Day"),
        ("2025-04-18", "Good Friday"), ("2025-05-19", "Victoria Day"), ("2025-09-01", "Labour Day"),
        ("2025-10-13", "Thanksgiving"), ("2025-01-01", "New Year's Day"), ("2025-07-01", "Canada Day"),
    ])
    func closureReasons(_ iso: String, _ reason: String) {
        #expect(ontario.closureReason(for: d(iso)) == reason)
        #expect(!ontario.isBusinessDay(d(iso)))
    }

    @Test(arguments: ["2025-04-21", "2025-12-24", "2025-12-31", "2025-08-04", "2025-11-11", "2025-03-17", "2027-12-29", "2028-01-04"])
    func ordinaryWeekdaysAreOpen(_ iso: String) {
        // Easter Monday, Christmas Eve, New Year's Eve, the Civic Holiday, Remembrance Day: not Ontario statutory holidays.
        #expect(ontario.isBusinessDay(d(iso)))
        #expect(ontario.closureReason(for: d(iso)) == nil)
    }

    @Test func agencyClosuresAllSitesAndOneSite() {
        let closures = [
            ClosureDay(siteID: nil, day: d("2025-12-24"), reason: "Christmas Eve"),
            ClosureDay(siteID: 2, day: d("2025-12-30"), reason: "office move"),
            ClosureDay(siteID: 3, day: d("2025-12-31"), reason: "flood"),
        ]
        let site2 = BusinessCalendar(closures: closures, siteID: 2)
        #expect(site2.closureReason(for: d("2025-12-24")) == "agency closure: Christmas Eve")
        #expect(site2.closureReason(for: d("2025-12-30")) == "agency closure: office move")
        #expect(site2.isBusinessDay(d("2025-12-31")))
        #expect(site2.addingBusinessDays(1, to: d("2025-12-23")) == d("2025-12-29"))
        #expect(site2.addingBusinessDays(2, to: d("2025-12-23")) == d("2025-12-31"))
        let agencyWide = BusinessCalendar(closures: closures)
        #expect(agencyWide.isBusinessDay(d("2025-12-30")) && !agencyWide.isBusinessDay(d("2025-12-24")))
        #expect(agencyWide.closureDays == [d("2025-12-24"): "Christmas Eve"])
        // A holiday keeps its name even when the agency also closes that day.
        var both = BusinessCalendar()
        both.addClosure(on: d("2025-12-25"), reason: "holiday week")
        both.addClosure(on: d("2025-12-29"), reason: "holiday week")
        both.addClosure(on: d("2025-12-29"), reason: "holiday week")
        both.addClosure(on: d("2025-12-29"), reason: "boiler repair")
        #expect(both.closureReason(for: d("2025-12-25")) == "Christmas Day")
        #expect(both.closureReason(for: d("2025-12-29")) == "agency closure: holiday week; boiler repair")
        #expect(both.addingBusinessDays(1, to: d("2025-12-24")) == d("2025-12-30"))
    }

    /// Business days after the first date up to and including the second.
    @Test(arguments: [
        ("2025-12-29", "2025-12-29", 0), ("2025-12-29", "2025-12-30", 1), ("2025-12-24", "2025-12-28", 0),
        ("2025-12-24", "2025-12-29", 1), ("2025-04-14", "2025-04-28", 9), ("2025-04-14", "2025-04-29", 10),
        ("2025-12-19", "2026-01-05", 8), ("2024-01-01", "2024-12-31", 253), ("2025-04-29", "2025-04-14", -10),
        ("2025-12-31", "2026-01-01", 0), ("2025-12-31", "2026-01-02", 1), ("2027-12-24", "2027-12-28", 0),
    ])
    func businessDaysBetween(_ from: String, _ to: String, _ count: Int) {
        #expect(ontario.businessDays(from: d(from), to: d(to)) == count)
    }

    /// Adding N then counting back gives N, for every start day across several years and N up to 15.
    @Test func addingAndCountingAgree() {
        var failures: [String] = []
        var day = d("2021-11-01")
        while day < d("2029-02-01") {
            for n in [0, 1, 2, 5, 10, 15] {
                let due = ontario.addingBusinessDays(n, to: day)
                let isBusinessDayOrStart = n == 0 || ontario.isBusinessDay(due)
                if ontario.businessDays(from: day, to: due) != n || !isBusinessDayOrStart { failures.append("\(day) +\(n) -> \(due)") }
                if n > 0 && ontario.businessDays(from: day, to: due.adding(days: -1)) != n - 1 { failures.append("\(day) +\(n) not minimal") }
            }
            day = day.adding(days: 1)
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    /// 2024 (leap), 2025, 2100 (not leap), 2000 (leap): business days per year by hand:
    /// weekdays minus weekday holidays (substitutes included).
    @Test(arguments: [(2024, 262 - 9), (2025, 261 - 9), (2026, 261 - 9), (2027, 261 - 9), (2028, 260 - 9)])
    func businessDaysPerYear(_ year: Int, _ expected: Int) {
        let start = LocalDate(year: year - 1, month: 12, day: 31)!, end = LocalDate(year: year, month: 12, day: 31)!
        #expect(ontario.businessDays(from: start, to: end) == expected)
    }

    @Test func yearsOutsideTheCachedWindowUseTheSameRules() {
        for year in [1899, 2200, 2305, 5000, 9998] {
            for h in OntarioHolidays.holidaysWithSubstitutes(in: year) {
                #expect(ontario.closure(on: h.date) == .holiday(h))
            }
        }
        // Inside and outside the window agree day by day on the table's edge years.
        let table = HolidayTable.shared
        for year in [1900, 2000, 2100, 2199] {
            let expected = Dictionary(uniqueKeysWithValues: OntarioHolidays.holidaysWithSubstitutes(in: year).map { ($0.date.dayNumber, $0) })
            var n = LocalDate(year: year, month: 1, day: 1)!.dayNumber
            while LocalDate(dayNumber: n).year == year {
                #expect(table.holiday(dayNumber: n) == expected[n])
                n += 1
            }
        }
        #expect(ontario.addingBusinessDays(1, to: d("2199-12-31")) == d("2200-01-02"))   // 2200-01-01 is a Wednesday
    }

    @Test func fastEnoughForTheQueue() {
        let clock = ContinuousClock()
        var day = d("2025-01-01"), checksum = 0
        let elapsed = clock.measure {
            for i in 0..<200_000 {
                checksum &+= ontario.addingBusinessDays(10, to: day).dayNumber
                if i % 100 == 0 { day = day.adding(days: 1) }
            }
        }
        #expect(checksum != 0)
        #expect(elapsed < .seconds(5), "200,000 due dates took \(elapsed)")
    }
}
