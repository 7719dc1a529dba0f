import Testing
@testable import TerminalKit

struct DateFieldTests {
    static let today = CalendarDay(year: 2025, month: 12, day: 21)!   // a Sunday

    @Test(arguments: [
        ("2025-12-24", DateFieldState.Parsed.valid(CalendarDay(year: 2025, month: 12, day: 24)!)),
        ("today", .valid(today)),
        (" TODAY ", .valid(today)),
        ("+3", .valid(CalendarDay(year: 2025, month: 12, day: 24)!)),
        ("-2", .valid(CalendarDay(year: 2025, month: 12, day: 19)!)),
        ("+12", .valid(CalendarDay(year: 2026, month: 1, day: 2)!)),
        ("2024-02-29", .valid(CalendarDay(year: 2024, month: 2, day: 29)!)),
        ("2025-2-3", .valid(CalendarDay(year: 2025, month: 2, day: 3)!)),
        ("2025-02-30", .invalid("Feb 2025 has 28 days")),
        ("2025-13-01", .invalid("No month 13: use 01 to 12")),
        ("9999-01-0", .invalid("No day 0: days start at 01")),
        ("2025-02-00", .invalid("No day 0: days start at 01")),
        ("24/12/2025", .invalid("Not a date: use YYYY-MM-DD, today, +3 or -2")),
        ("+", .invalid("Use +N or -N for days from today, e.g. +3")),
        ("+x", .invalid("Use +N or -N for days from today, e.g. +3")),
        ("", .empty),
    ])
    func parsesInputs(text: String, expected: DateFieldState.Parsed) {
        #expect(DateFieldState.parse(text, today: Self.today) == expected)
    }

    @Test func showsWeekdayBesideAValidDate() {
        var date = DateFieldState(today: Self.today)
        for c in "+3" { _ = date.handle(.char(c)) }
        let b = draw(32, 1) { date.render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(b.lines() == ["+3" + String(repeating: " ", count: 11) + "Wed 24 Dec 2025    "])
        #expect(b.cursor?.x == 2)
    }

    @Test func showsTheReasonBesideAnInvalidDate() {
        let date = DateFieldState("2025-02-30", today: Self.today)
        let b = draw(40, 1) { date.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(b.text == "2025-02-30   ! Feb 2025 has 28 days")
        #expect(b[14, 0].style == theme[.error])
        #expect(date.error == "Feb 2025 has 28 days")
        #expect(date.value == nil)
    }

    @Test func enterNormalizesAValidEntryAndRefusesAnInvalidOne() {
        var date = DateFieldState("today", today: Self.today)
        #expect(date.handle(.enter) == .submitted)
        #expect(date.field.text == "2025-12-21")
        var bad = DateFieldState("2025-02-30", today: Self.today)
        #expect(bad.handle(.enter) == .consumed)
        #expect(bad.field.text == "2025-02-30")
        var required = DateFieldState(today: Self.today, allowsEmpty: false)
        #expect(required.error == "Enter a date (YYYY-MM-DD, today, +3)")
        #expect(required.handle(.enter) == .consumed)
    }

    @Test(arguments: [
        (1970, 1, 1, 0, "Thu 1 Jan 1970"),
        (1969, 12, 31, -1, "Wed 31 Dec 1969"),
        (2000, 3, 1, 11017, "Wed 1 Mar 2000"),
        (2025, 12, 24, 20446, "Wed 24 Dec 2025"),
        (2024, 2, 29, 19782, "Thu 29 Feb 2024"),
    ])
    func calendarDayArithmetic(y: Int, m: Int, d: Int, days: Int, text: String) throws {
        let day = try #require(CalendarDay(year: y, month: m, day: d))
        #expect(day.daysSinceEpoch == days)
        #expect(CalendarDay(daysSinceEpoch: days) == day)
        #expect(day.longText == text)
    }

    @Test func calendarDayValidatesAndCrossesMonthEnds() {
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2025, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2100, month: 2, day: 28)!.adding(days: 1).iso == "2100-03-01")
        #expect(CalendarDay(year: 2024, month: 12, day: 31)!.adding(days: 1).iso == "2025-01-01")
        #expect(CalendarDay(year: 2025, month: 3, day: 1)!.adding(days: -1).iso == "2025-02-28")
        #expect(CalendarDay(year: 2025, month: 1, day: 2)! < CalendarDay(year: 2025, month: 1, day: 10)!)
    }
}
