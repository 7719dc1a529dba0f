import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The walk-in screen's `update`, with no database: search before add, the form's checks, the check-in.
@MainActor @Suite struct WalkInUpdateTests {
    typealias F = PureFixture

    static func started() -> WalkInModel {
        var model = WalkInModel(context: F.context(F.desk))
        _ = model.update(.loaded(.setup(caseworkers: [F.caseworker, F.otherCaseworker], sites: [F.site])))
        return model
    }

    @Test func theFirstLoadReadsTheCaseworkersAndANewClientNeedsASearchFirst() {
        var model = WalkInModel(context: F.context(F.desk))
        #expect(model.update(.reload).askedFor == ["read: load the caseworkers"])
        #expect(model.update(.loaded(.setup(caseworkers: [F.caseworker], sites: [F.site]))).isEmpty)
        #expect(model.update(.key(.ctrl("n"))).commands == [.status("Search first: type the client's name, so nobody is registered twice.", isError: true)])
        #expect(model.state.phase == .search)
        #expect(model.update(.key(.escape)).commands == [.back])
    }

    @Test func aNewClientsFormIsCheckedBeforeTheStoreAndEscGoesBackToTheSearch() {
        var model = Self.started()
        for c in "Sam Rivers" { _ = model.update(.key(.char(c))) }
        _ = model.update(.loaded(.found([])))
        #expect(model.update(.key(.ctrl("n"))).effectsAreOnlyHandled)
        #expect(model.state.phase == .details(existing: nil))
        #expect(model.state.form.values[WalkInState.ID.firstName] == "Sam" && model.state.form.values[WalkInState.ID.lastName] == "Rivers")
        let refused = model.update(.key(.ctrl("s")))
        #expect(refused.askedFor.isEmpty, "no date of birth: the store is not asked")
        #expect(refused.commands == [.status("Fix the marked fields, then ^S to check in.", isError: true)])
        #expect(model.update(.key(.escape)).effectsAreOnlyHandled)
        #expect(model.state.phase == .search)
    }

    @Test func aKnownClientIsCheckedInWithOneWriteAndTheScreenCloses() {
        var model = Self.started()
        #expect(model.update(.key(.char("Z"))).askedFor == ["read: search the clients"])
        _ = model.update(.loaded(.found([F.client(10, "Zoë", "Côté")])))
        _ = model.update(.key(.enter))
        #expect(model.state.phase == .details(existing: F.client(10, "Zoë", "Côté")))
        #expect(model.update(.key(.ctrl("s"))).askedFor == ["write: check in the walk-in"])
        let done = model.update(.loaded(.checkedIn("Checked in Zoë Côté as a walk-in with Dana Lee at 14:00")))
        #expect(done.commands == [.back, .status("Checked in Zoë Côté as a walk-in with Dana Lee at 14:00", isError: false)])
        #expect(!model.hasUnsavedInput)
    }

    @Test func aLikelyDuplicateAsksFirstAndNoKeepsTheForm() {
        var model = Self.started()
        for c in "Zoë Côté" { _ = model.update(.key(.char(c))) }
        _ = model.update(.key(.ctrl("n")))
        let asked = model.update(.loaded(.duplicate(clientID: 10, clientName: "Côté, Zoë")))
        #expect(asked.commands == [.status("Côté, Zoë may already be registered: y creates anyway (with the reason), n goes back.", isError: true)])
        #expect(model.state.duplicateQuestion?.isAskingReason == false)
        #expect(model.update(.key(.char("n"))).commands == [.status(DuplicateConfirmation.keptWalkIn, isError: false)])
        #expect(model.state.duplicateQuestion == nil && model.state.phase == .details(existing: nil))
    }

    /// Issue #19: yes asks why this is a different person; only a reason lets the check-in go on.
    @Test func yesAsksForTheReasonBeforeCheckingIn() {
        var model = Self.started()
        for c in "Zoë Côté" { _ = model.update(.key(.char(c))) }
        _ = model.update(.key(.ctrl("n")))
        _ = model.update(.loaded(.duplicate(clientID: 10, clientName: "Côté, Zoë")))
        #expect(model.update(.key(.char("y"))).isHandled)
        #expect(model.state.duplicateQuestion?.clientID == 10 && model.state.duplicateQuestion?.isAskingReason == true)
        #expect(model.update(.key(.enter)).commands == [.status("Not checked in: say why this is a different person.", isError: true)])
        for c in "Sisters" { _ = model.update(.key(.char(c))) }
        let effects = model.update(.key(.enter))
        #expect(model.state.duplicateQuestion == nil)
        // The check-in is tried again, with the reason (here the bare form stops it on its own fields;
        // WalkInAndBookingTests runs the whole flow through the app).
        #expect(effects.commands == [.status("Fix the marked fields, then ^S to check in.", isError: true)])
    }

    @Test func storeRefusalsGoOnTheirFieldsAndTheShellKeepsItsKeysInTheList() {
        var model = Self.started()
        for c in "Sam Rivers" { _ = model.update(.key(.char(c))) }
        _ = model.update(.key(.ctrl("n")))
        let refused = model.update(.loaded(.refused([FieldError(field: WalkInState.ID.phone, message: "Give a real phone number, or none.")])))
        #expect(refused.commands == [.status("Fix the marked fields, then ^S to check in.", isError: true)])
        #expect(model.state.form[WalkInState.ID.phone]?.error == "Give a real phone number, or none.")

        var list = Self.started()
        _ = list.update(.key(.tab))
        #expect(list.update(.key(.char("q"))).isEmpty, "q is the shell's while the list has focus")
    }
}
