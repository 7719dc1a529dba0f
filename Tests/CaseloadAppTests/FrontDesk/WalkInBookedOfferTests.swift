import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Walk-in meets the booked appointment (#22): a client booked today is checked in for that appointment.
@Suite(.serialized) @MainActor struct WalkInBookedOfferTests {
    @Test func aClientBookedTodayIsOfferedTheirAppointmentAndYChecksItIn() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("w"))
        d.type("Haddad")
        d.press(.enter)
        #expect(d.screen.contains("Check in the 15:00 appointment instead? y/n"))
        d.press(.enter)                        // Enter means yes: she is expected
        #expect(d.route == .frontDesk)
        #expect(d.statusLine == "Checked in Amira Haddad for the 15:00 appointment with Marie Roy at 14:00")
        #expect(try f.appointment(f.amiraAt15)?.status == .attended)
        #expect(try f.app.db.daySheet(siteID: f.site, day: AppFixture.today, by: f.app.admin).filter(\.appointment.isWalkIn).isEmpty)
    }

    @Test func nRegistersTheWalkInAsBefore() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("w"))
        d.type("Haddad")
        d.press(.enter)
        d.press(.char("n"))
        #expect(!d.screen.contains("instead? y/n"))
        d.press(.ctrl("s"))
        #expect(d.statusLine.hasPrefix("Checked in Amira Haddad as a walk-in"))
        #expect(try f.appointment(f.amiraAt15)?.status == .scheduled)
    }
}
