import Foundation
import Testing
@testable import CaseloadCore

/// Issue #15 item 1: one definition of the dates a person or a file may give, and date arithmetic
/// that never traps however far a mistyped year reaches.
@Suite struct AcceptedDatesTests {
    static func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test(arguments: ["1900-01-01", "1999-12-31", "2025-03-01", "2100-12-31"])
    func anyDayAcceptsTheRange(_ iso: String) {
        #expect(AcceptedDates.anyDay.problem(Self.d(iso)) == nil)
    }

    @Test func anyDayRefusesMistypedYearsSayingWhatToDo() {
        #expect(AcceptedDates.anyDay.problem(Self.d("9999-01-01"))
                == "is after 2100-12-31: check the year")
        #expect(AcceptedDates.anyDay.problem(Self.d("2101-01-01")) != nil)
        #expect(AcceptedDates.anyDay.problem(Self.d("1899-12-31"))
                == "is before 1900-01-01: check the year")
        #expect(AcceptedDates.anyDay.problem(Self.d("0001-01-01")) != nil)
    }

    @Test func aPastDayEndsToday() {
        let limits = AcceptedDates.pastDay(today: Self.d("2025-12-24"))
        #expect(limits.problem(Self.d("2025-12-24")) == nil)
        #expect(limits.problem(Self.d("2025-12-25")) == "is in the future: check the year")
        #expect(limits.problem(Self.d("1899-12-31")) != nil)
    }

    /// The crash: a job starting in 9999 has its 12-month checkpoint in year 10000.
    @Test func monthArithmeticPastYear9999DoesNotTrap() {
        let start = Self.d("9999-06-15")
        let later = start.adding(months: 12)
        #expect((later.year, later.month, later.day) == (10000, 6, 15))
        #expect(later.days(until: start) == -366)   // 10000 is a leap year; Feb 10000 lies between
        #expect(Self.d("0001-01-31").adding(months: -1).iso == "0000-12-31")
        #expect(Self.d("2025-01-31").adding(months: 1) == Self.d("2025-02-28"))   // still clamped to the month's end
        #expect(Self.d("2025-03-31").adding(months: -13) == Self.d("2024-02-29"))
    }

    @Test func extremeArithmeticSaturatesInsteadOfOverflowing() {
        let far = Self.d("2025-01-01").adding(days: Int.max)
        #expect(far > Self.d("9999-12-31"))
        #expect(Self.d("2025-01-01").adding(days: Int.min) < Self.d("0001-01-01"))
        #expect(Self.d("2025-01-01").adding(months: Int.max) > Self.d("9999-12-31"))
    }

    @Test func theDayOfAFarInstantDoesNotTrap() {
        let zone = TimeZone(identifier: "America/Toronto")!
        #expect(LocalDate(Date(timeIntervalSince1970: 400_000_000_000), in: zone).year > 9999)
        #expect(LocalDate(Date(timeIntervalSince1970: 1e18), in: zone).year > 9999)   // past any day number: clamped
        #expect(LocalDate(Date(timeIntervalSince1970: -1e18), in: zone).year < 1)
    }
}
