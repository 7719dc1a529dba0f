import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #22: due dates say their unit, and a new follow-up or a snooze defaults to a business day.
@MainActor @Suite struct DueUnitTests {
    @Test func aWeekOnSkipsWeekendsAndHolidays() {
        #expect(FollowUpDialog.aWeekOn(LocalDate(year: 2026, month: 1, day: 15)!) == LocalDate(year: 2026, month: 1, day: 22))
        // Mon 9 Feb 2026 + 7 is Family Day: Tuesday instead.
        #expect(FollowUpDialog.aWeekOn(LocalDate(year: 2026, month: 2, day: 9)!) == LocalDate(year: 2026, month: 2, day: 17))
        // Sat 24 Dec 2027 + 7 is New Year's Eve, a Friday: open.
        #expect(FollowUpDialog.aWeekOn(LocalDate(year: 2027, month: 12, day: 24)!) == LocalDate(year: 2027, month: 12, day: 31))
    }

    @Test func theQueueSaysBusinessDaysInFullWhenWideAndExplainsTheShortFormWhenNarrow() throws {
        let f = try AppFixture()
        try f.owReferral()
        let wide = f.driver(as: f.otherCaseworker, start: .followUps(caseworkerID: nil), size: Size(width: 200, height: 60))
        #expect(wide.screen.contains("overdue 3 business days"), "\(wide.screen)")
        let narrow = f.driver(as: f.otherCaseworker, start: .followUps(caseworkerID: nil))
        #expect(narrow.screen.contains("overdue 3 bd"))
        #expect(narrow.screen.contains("overdue 3 business days"), "the selected item's explanation says it in full")
    }
}
