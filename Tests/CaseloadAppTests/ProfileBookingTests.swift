import CaseloadCore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Booking from the client profile's Appointments tab (the day sheet books too).
@MainActor @Suite struct ProfileBookingTests {
    @Test func bOnTheAppointmentsTabOpensBookingForThisClient() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk, tab: .appointments)
        #expect(d.screen.contains("b Book appointment"))
        d.press(.char("b"))
        #expect(d.route == .booking(clientID: f.zoe.id!))
        #expect(d.screen.contains("Côté"))
    }
}
