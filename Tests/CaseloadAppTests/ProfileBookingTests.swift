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

    /// A hurried Esc after typing asks first; n keeps the typing, y goes back with nothing booked.
    @Test func escAfterTypingAsksBeforeLosingIt() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .appointments)
        d.press(.char("b"))
        #expect(d.lines.last?.contains("Esc Back") == true, "\(d.screen)")
        d.type("9")
        #expect(d.lines.last?.contains("Esc Back (asks first)") == true, "the footer says Esc asks now\n\(d.screen)")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "\(d.screen)")
        d.press(.char("n"))
        #expect(d.route == .booking(clientID: f.zoe.id!) && d.statusLine == "Kept your typing.", "\(d.screen)")
        d.press(.escape, .char("y"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .appointments), "\(d.screen)")
        #expect(d.statusLine == "Nothing was booked.", "\(d.screen)")
    }
}
