import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Booking from the day sheet respects the calendar (#22): `b` books on the day viewed; a closed day
/// or a past time is refused with the store's reason on the field, and the typing stays.
@Suite(.serialized) @MainActor struct BookingCalendarTests {
    @Test func bBooksOnTheDayViewedAndAClosedDayIsRefusedOnTheDateKeepingTheTyping() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.right, .right)                // Saturday 17 January
        d.press(.ctrl("n"))
        #expect(d.route == .booking(clientID: nil, day: AppFixture.today.adding(days: 2)))
        d.type("Haddad")
        d.press(.enter)
        #expect(d.screen.contains("Marie Roy on Sat 17 Jan 2026"))
        d.type("10:00")
        d.press(.tab, .tab)
        d.type("Interview preparation")
        d.press(.ctrl("s"))
        #expect(d.route == .booking(clientID: nil, day: AppFixture.today.adding(days: 2)), "still on the form")
        #expect(d.screen.contains("Sat 17 Jan is closed"))
        #expect(d.screen.contains("Interview preparation") && d.screen.contains("10:00"))
        #expect(try f.app.db.caseworkerDay(staffID: f.app.otherCaseworker.id!, day: AppFixture.today.adding(days: 2), by: f.app.admin).isEmpty)
    }

    @Test func aTimeThatHasPassedIsRefusedOnTheTimeKeepingTheTyping() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("n"))
        #expect(d.route == .booking(clientID: nil, day: AppFixture.today))
        d.type("Haddad")
        d.press(.enter)
        d.type("11:00")                        // it is 14:00
        d.press(.tab, .tab)
        d.type("Cover letter help")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Thu 15 Jan at 11:00 has already passed"))
        #expect(d.screen.contains("Cover letter help"))
        #expect(d.route == .booking(clientID: nil, day: AppFixture.today))
    }
}
