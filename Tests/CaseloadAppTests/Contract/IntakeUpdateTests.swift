import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The intake form's `update`, with no database: keys and store answers in, state and effects out.
@MainActor @Suite struct IntakeUpdateTests {
    typealias ID = IntakeForm.ID

    /// A new-client form, opened (the read answered) with no kept draft.
    static func newClient(draft: FormDraft? = nil) -> IntakeModel {
        var model = IntakeModel(context: FormUpdateFixture.context(.caseworker), clientID: nil, clock: FormUpdateFixture.clock)
        #expect(model.update(.reload).readsAskedFor == ["open the form"])
        let offer = draft.map { DraftOffer($0, what: "new client", zone: AppFixture.zone) }
        _ = model.update(.loaded(.prepared(client: nil, caseworkers: [], draftOffer: offer)))
        return model
    }

    @Test func typingChangesTheFormAndSearchesForDuplicates() {
        var model = Self.newClient()
        let effects = model.type("Ann")
        #expect(model.state.form.values[ID.firstName] == "Ann")
        #expect(effects.readsAskedFor.last == "search for duplicates")
        #expect(model.hasUnsavedInput)
        _ = model.update(.loaded(.duplicates([], query: "Ann")))
        #expect(model.state.duplicates.query == "Ann")
        #expect(model.type("n").readsAskedFor == ["search for duplicates"], "each change of the names searches again")
    }

    @Test func ctrlSWithProblemsMarksTheFieldsAndAsksNothingOfTheStore() {
        var model = Self.newClient()
        let effects = model.press(.ctrl("s"))
        #expect(!effects.asksTheStore)
        guard case .status(let text, true)? = effects.commands.first else { Issue.record("expected an error status, got \(effects.commands)"); return }
        #expect(text.contains("need attention"))
        #expect(model.state.form[ID.firstName]?.error != nil)
    }

    @Test func aValidCtrlSAsksForTheWriteAndItsAnswerLeavesForTheProfile() {
        var model = Self.newClient()
        model.type("Ann"); model.press(.tab); model.type("Lee")
        let effects = model.press(.ctrl("s"))
        #expect(effects.writesAskedFor == ["save the client"])
        #expect(effects.commands.isEmpty, "nothing is said before the store answers")
        let saved = Client(id: 12, firstName: "Ann", lastName: "Lee")
        let after = model.update(.loaded(.saved(saved, isNew: true)))
        #expect(after.commands == [.replace(.profile(clientID: 12, tab: .summary)), .status("Saved: Lee, Ann added.", isError: false)])
        #expect(!model.hasUnsavedInput)
    }

    @Test func aRefusalKeepsEveryTypedCharacterAndMarksItsField() {
        var model = Self.newClient()
        model.type("Ann"); model.press(.tab); model.type("Lee")
        let effects = model.update(.loaded(.refused(.invalid([FieldError(field: ID.lastName, message: "Last name is taken.")]))))
        #expect(model.state.form.values[ID.firstName] == "Ann" && model.state.form.values[ID.lastName] == "Lee")
        #expect(model.state.form[ID.lastName]?.error == "Last name is taken.")
        #expect(effects.commands.first.map { if case .status(_, true) = $0 { true } else { false } } == true)
        // An exact duplicate asks first; y asks why this is a different person (#19), and only then saves.
        _ = model.update(.loaded(.refused(.exactDuplicate(clientID: 3, clientName: "Ann Lee"))))
        #expect(model.state.duplicateQuestion?.isAskingReason == false)
        #expect(model.press(.char("y")).writesAskedFor.isEmpty)
        #expect(model.state.duplicateQuestion?.isAskingReason == true)
        #expect(model.press(.enter).writesAskedFor.isEmpty, "no reason, no save")
        model.type("Different birth certificate")
        #expect(model.press(.enter).writesAskedFor == ["save the client"])
    }

    @Test func escWithTypingAsksTheShellAndEscWithoutGoesBack() {
        var untouched = Self.newClient()
        #expect(untouched.press(.escape).commands == [.back])

        var model = Self.newClient()
        model.type("Ann")
        let effects = model.press(.escape)
        #expect(effects.commands == [.leave(model.leaveQuestion)])
        #expect(model.leaveQuestion.dialog.title == "Discard this new client?")
        #expect(model.state.form.values[ID.firstName] == "Ann", "asking loses nothing")
    }

    @Test func aKeptDraftIsOfferedAndYPutsItBackAndForgetsTheKeptRow() {
        let kept = FormDraft(key: .newClient, fields: [ID.firstName: "Kept"], savedAt: AppFixture.now)
        var model = Self.newClient(draft: kept)
        #expect(model.footerKeys.bindings.map(\.help) == ["Restore", "Discard", "Decide later"])
        #expect(model.press(.char("x")).isHandled && model.state.draftOffer != nil, "the question is modal")
        let effects = model.press(.char("y"))
        #expect(effects.writesAskedFor == ["remove the kept draft"])
        #expect(effects.readsAskedFor == ["search for duplicates"])
        #expect(model.state.form.values[ID.firstName] == "Kept" && model.state.draftOffer == nil)

        var later = Self.newClient(draft: kept)
        let esc = later.press(.escape)
        #expect(!esc.asksTheStore && later.state.draftOffer == nil)
        #expect(esc.commands == [.status("The kept new client stays for the next time this form opens.", isError: false)])
    }

    @Test func aFormThatCouldNotOpenGoesBackSayingWhy() {
        var model = IntakeModel(context: FormUpdateFixture.context(.caseworker), clientID: 5, clock: FormUpdateFixture.clock)
        _ = model.update(.reload)
        let failure = ScreenFailure(doing: "open the form", error: StoreError.notFound(recordType: "client", id: 5))
        let effects = model.update(.failed(failure))
        #expect(effects.commands == [.back, .status(failure.sentence, isError: true)])
    }
}
