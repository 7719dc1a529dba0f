import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// A walk-in for a client booked today is offered that appointment's check-in instead (#22), with no database.
@MainActor @Suite struct WalkInBookedOfferUpdateTests {
    typealias F = PureFixture
    static let booked = DaySheetUpdateTests.row(7, "Zoë", "Côté", at: 10 * 60 + 30)

    static func picked() -> WalkInModel {
        var model = WalkInUpdateTests.started()
        _ = model.update(.key(.char("Z")))
        _ = model.update(.loaded(.found([F.client(107, "Zoë", "Côté")])))
        #expect(model.update(.key(.enter)).askedFor == ["read: look for the client's appointment today"])
        return model
    }

    @Test func yChecksInTheBookedAppointmentInstead() {
        var model = Self.picked()
        _ = model.update(.loaded(.bookedToday(Self.booked)))
        #expect(model.state.bookedOffer?.dialog.message.contains("Check in the 10:30 appointment instead? y/n") == true)
        #expect(model.update(.key(.ctrl("s"))).effectsAreOnlyHandled, "the question is answered first")
        #expect(model.update(.key(.char("y"))).askedFor == ["write: check in the appointment"])
        #expect(model.state.bookedOffer == nil)
    }

    @Test func nRegistersTheWalkInAndNoBookingAsksNothing() {
        var model = Self.picked()
        _ = model.update(.loaded(.bookedToday(Self.booked)))
        #expect(model.update(.key(.char("n"))).effectsAreOnlyHandled)
        #expect(model.state.bookedOffer == nil)
        #expect(model.update(.key(.ctrl("s"))).askedFor == ["write: check in the walk-in"])

        var unbooked = Self.picked()
        _ = unbooked.update(.loaded(.bookedToday(nil)))
        #expect(unbooked.state.bookedOffer == nil)
        #expect(unbooked.update(.key(.ctrl("s"))).askedFor == ["write: check in the walk-in"])
    }
}
