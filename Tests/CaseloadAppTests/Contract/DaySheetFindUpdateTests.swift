import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Finding a row on the day sheet (#22): typing moves the selection and never marks anyone.
@MainActor @Suite struct DaySheetFindUpdateTests {
    typealias T = DaySheetUpdateTests
    static let amira = T.row(3, "Amira", "Haddad", at: 15 * 60 + 30)

    static func type(_ text: String, into model: inout DaySheetModel) -> [Effect<DaySheetMessage>] {
        text.flatMap { model.update(.key(.char($0))) }
    }

    @Test func slashOpensAFindFieldThatJumpsByNameOrTimeAndActsOnNothing() {
        var model = T.loaded([T.zoe, T.wang, Self.amira])
        #expect(model.update(.key(.char("/"))).effectsAreOnlyHandled)
        #expect(model.state.isFinding && model.isEditingText && !model.hasUnsavedInput)
        let typed = Self.type("haddad", into: &model)
        #expect(typed.askedFor.isEmpty, "typing a name writes nothing")
        #expect(model.state.selectedRow?.id == 3)
        #expect(model.state.isFinding, "no status prompt or picker opened")
        #expect(model.update(.key(.enter)).effectsAreOnlyHandled)
        #expect(model.state.modal == nil && model.state.selectedRow?.id == 3, "Enter closes and keeps the row")

        _ = model.update(.key(.char("/")))
        _ = Self.type("09", into: &model)
        #expect(model.state.selectedRow?.id == 1, "a time finds its row")
        _ = model.update(.key(.backspace)); _ = model.update(.key(.backspace))
        _ = Self.type("côte", into: &model)
        #expect(model.state.selectedRow?.id == 1)
        #expect(model.update(.key(.escape)).effectsAreOnlyHandled)
        #expect(model.state.modal == nil)

        _ = model.update(.key(.char("/")))
        let none = Self.type("adams", into: &model)
        #expect(none.askedFor.isEmpty && none.commands.last == .status("No one on this day matches \"adams\".", isError: true))
        #expect(model.state.isFinding)
    }

    @Test func aLetterThatIsNoKeySaysHowToFindAndTheShellKeepsItsOwn() {
        var model = T.loaded()
        #expect(model.update(.key(.char("d"))).commands == [.status(DaySheetState.findHint, isError: false)])
        #expect(model.update(.key(.char("m"))).askedFor.isEmpty)
        #expect(model.state.modal == nil)
        #expect(model.update(.key(.char("q"))).isEmpty, "q is still the shell's")
        #expect(model.update(.key(.char("Q"))).isEmpty)
    }

    @Test func afterAStatusIsSetTheCursorMovesToTheNextRowStillScheduled() {
        let attended = T.row(2, "秀英", "王", at: 10 * 60, status: .attended)
        var model = T.loaded([T.zoe, attended, Self.amira])
        _ = model.update(.key(.char("a")))
        _ = model.update(.loaded(.changed("Checked in")))
        let zoeIn = T.row(1, "Zoë", "Côté", at: 9 * 60, status: .attended)
        _ = model.update(.loaded(T.read([zoeIn, attended, Self.amira], setup: false)))
        #expect(model.state.selectedRow?.id == 3, "skips the row already checked in")

        // A refusal leaves the cursor where it was.
        _ = model.update(.key(.char("a")))
        _ = model.update(.loaded(.refused("The appointment changed meanwhile.")))
        _ = model.update(.loaded(T.read([zoeIn, attended, Self.amira], setup: false)))
        #expect(model.state.selectedRow?.id == 3)
    }
}
