import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Booking's `update`, with no database: the client search, the caseworker's day and the booking.
@MainActor @Suite struct BookingUpdateTests {
    typealias F = PureFixture
    static let amira = F.client(12, "Amira", "Haddad", caseworker: 3)

    static func started(clientID: Int64? = nil) -> BookingModel {
        var model = BookingModel(context: F.context(F.desk), clientID: clientID)
        _ = model.update(.loaded(.setup(caseworkers: [F.caseworker, F.otherCaseworker], sites: [F.site],
                                        client: clientID == nil ? nil : amira)))
        return model
    }

    @Test func theFirstLoadReadsWhoCanBeBookedAndAnEmptySearchAsksNothing() {
        var model = BookingModel(context: F.context(F.desk), clientID: nil)
        #expect(model.update(.reload).askedFor == ["read: start booking"])
        let setup = model.update(.loaded(.setup(caseworkers: [F.caseworker], sites: [F.site], client: nil)))
        #expect(setup.isEmpty, "nothing typed yet: no search")
        #expect(model.state.isChoosingClient)
    }

    @Test func typingSearchesPickingReadsTheCaseworkersDayAndEscGoesBack() {
        var model = Self.started()
        #expect(model.update(.key(.char("A"))).askedFor == ["read: search the clients"])
        _ = model.update(.loaded(.found([Self.amira])))
        #expect(model.state.picker.selected == Self.amira)
        #expect(model.update(.key(.enter)).askedFor == ["read: read Marie Roy's day"], "Amira's own caseworker is chosen")
        _ = model.update(.loaded(.day([], staffID: 3, day: AppFixture.today)))
        #expect(model.update(.key(.char("9"))).effectsAreOnlyHandled, "the same caseworker and day: not read again")

        var picking = Self.started()
        #expect(picking.update(.key(.escape)).commands == [.back])
    }

    @Test func withTheListFocusedTheShellKeepsItsKeys() {
        var model = Self.started()
        #expect(model.update(.key(.tab)).effectsAreOnlyHandled)
        #expect(!model.isEditingText)
        #expect(model.update(.key(.char("q"))).isEmpty, "q goes back through the shell, as before")
        #expect(model.update(.key(.down)).effectsAreOnlyHandled)
    }

    @Test func aBookingWithoutATimeIsRefusedBeforeTheStoreAndAClashAsksFirst() {
        var model = Self.started(clientID: 12)
        #expect(!model.state.isChoosingClient)
        let missing = model.update(.key(.ctrl("s")))
        #expect(missing.askedFor.isEmpty)
        #expect(missing.commands == [.status("Fix the marked fields, then ^S to book.", isError: true)])
        #expect(model.state.form[BookingState.ID.time]?.error == FrontDeskTime.timeHelp)

        for c in "15:30" { _ = model.update(.key(.char(c))) }
        for _ in 0..<2 { _ = model.update(.key(.tab)) }   // past Length to Purpose
        for c in "Job matching" { _ = model.update(.key(.char(c))) }
        #expect(model.update(.key(.ctrl("s"))).askedFor == ["write: book the appointment"])
        let clash = model.update(.loaded(.refused([FieldError(field: "start", message: "Marie Roy already has Zoë at 15:00.")], allowOverlap: false)))
        #expect(clash.isEmpty && model.state.confirmOverlap != nil)
        #expect(model.update(.key(.char("y"))).askedFor == ["write: book the appointment"])
        #expect(model.state.confirmOverlap == nil)

        let other = model.update(.loaded(.refused([FieldError(field: "purpose", message: "Too long.")], allowOverlap: true)))
        #expect(other.commands == [.status("Fix the marked fields, then ^S to book.", isError: true)])
        #expect(model.state.form[BookingState.ID.purpose]?.error == "Too long.")
    }

    @Test func escWithTypingAsksBeforeLeavingAndWithoutGoesStraightBack() {
        var untouched = Self.started(clientID: 12)
        #expect(untouched.update(.key(.escape)).commands == [.back], "nothing typed")
        var typed = Self.started(clientID: 12)
        _ = typed.update(.key(.char("9")))   // a hurried start on the time
        #expect(typed.hasUnsavedInput)
        #expect(typed.update(.key(.escape)).commands == [.leave(BookingModel.leaveQuestion)], "the shell asks first")
        #expect(typed.state.form.values[BookingState.ID.time] == "9", "the typing stays until the answer")
    }

    @Test func aBookingGoesBackAndSaysWhenAndWithWhom() {
        var model = Self.started(clientID: 12)
        let booked = Appointment(id: 9, clientID: 12, staffID: 3, siteID: 1, day: AppFixture.today, startMinute: 15 * 60 + 30, purpose: "Job matching")
        #expect(model.update(.loaded(.booked(booked))).commands == [.back, .status("Booked Amira Haddad with Marie Roy on Thu 15 Jan at 15:30", isError: false)])
        #expect(!model.hasUnsavedInput)
    }
}
