import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The note form's `update`, with no database: keys and store answers in, state and effects out.
@MainActor @Suite struct NoteEntryUpdateTests {
    typealias ID = NoteEntryForm.ID

    static func lists() -> NoteEntryForm.Lists {
        var lists = NoteEntryForm.Lists()
        lists.communications = ["Phone", "In person"]
        lists.types = ["General", CaseNote.contactAttemptType]
        lists.methods = ["Phone"]
        return lists
    }

    /// A new note's form, opened (the read answered).
    static func opened(role: StaffRole = .caseworker, draft: DraftOffer? = nil) -> NoteEntryModel {
        var model = NoteEntryModel(context: FormUpdateFixture.context(role), clientID: 3, amends: nil, clock: FormUpdateFixture.clock)
        #expect(model.update(.reload).readsAskedFor == ["open the note form"])
        _ = model.update(.loaded(.prepared(NoteEntrySetup(clientName: "Côté, Zoë", thread: [], authorNames: [:], lists: lists(),
                                                          templates: [:], calendar: BusinessCalendar(), draftOffer: draft))))
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        return model
    }

    /// Phone, General, then the note's text.
    static func typeANote(_ model: inout NoteEntryModel, _ text: String = "Called about the workshop.") {
        model.type("ph"); model.press(.enter)
        model.type("gen"); model.press(.enter)
        model.press(.tab)
        model.type(text)
    }

    @Test func typingFillsTheFieldsAndAsksNothingOfTheStore() {
        var model = Self.opened()
        var effects: [Effect<NoteEntryMessage>] = []
        effects += model.type("ph"); effects += model.press(.enter)
        effects += model.type("gen"); effects += model.press(.enter, .tab)
        effects += model.type("Called.")
        #expect(!effects.asksTheStore)
        #expect(model.state.form.values[ID.communication] == "Phone" && model.state.form.values[ID.type] == "General")
        #expect(model.state.form.values[ID.body] == "Called.")
        #expect(model.hasUnsavedInput)
    }

    @Test func ctrlSWithProblemsShowsThemWithoutAnEffect() {
        var model = Self.opened()
        let effects = model.press(.ctrl("s"))
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.status("Not saved: 3 fields need attention (see under each).", isError: true)])
        #expect(model.state.form[ID.communication]?.error != nil && model.state.form[ID.body]?.error != nil)
    }

    @Test func aValidCtrlSAsksForTheWriteAndAnAnswerGoesBackSayingSo() {
        var model = Self.opened()
        Self.typeANote(&model)
        let effects = model.press(.ctrl("s"))
        #expect(effects.writesAskedFor == ["save the note"])
        let note = CaseNote(id: 40, clientID: 3, authorID: 7, interactionAt: AppFixture.now, communication: "Phone", type: "General",
                            subject: "Called", body: "Called about the workshop.")
        let after = model.update(.loaded(.saved(note, record: .none, due: nil)))
        #expect(after.commands == [.back, .status("Note saved for Côté, Zoë.", isError: false)])
        #expect(!model.hasUnsavedInput)
    }

    @Test func aRetiredChoiceIsRefusedKeepingTheTextAndTheListsAreReadAgain() {
        var model = Self.opened()
        Self.typeANote(&model)
        let effects = model.update(.loaded(.refused(StoreError.notInValueList(kind: .communication, value: "Phone"))))
        #expect(effects.readsAskedFor == ["read the lists again"])
        #expect(model.state.form.values[ID.body] == "Called about the workshop.")
        #expect(model.state.form[ID.communication]?.error == "'Phone' was taken off the list: choose another.")
        var fresh = Self.lists(); fresh.communications = ["In person"]
        _ = model.update(.loaded(.freshLists(fresh)))
        #expect(model.state.form.values[ID.communication] == "", "the retired choice is cleared, the rest kept")
        #expect(model.state.form.values[ID.body] == "Called about the workshop.")
    }

    @Test func escWithTypingAsksTheShellAndEscWithoutGoesBack() {
        var untouched = Self.opened()
        #expect(untouched.press(.escape).commands == [.back])
        var model = Self.opened()
        Self.typeANote(&model)
        #expect(model.press(.escape).commands == [.leave(NoteEntryModel.leaveQuestion)])
        #expect(model.state.form.values[ID.body] == "Called about the workshop.")
    }

    @Test func someoneWhoMayNotWriteNotesIsSentBackBeforeAnyRead() {
        var model = NoteEntryModel(context: FormUpdateFixture.context(.frontDesk), clientID: 3, amends: nil, clock: FormUpdateFixture.clock)
        let effects = model.update(.reload)
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.back, .status(Permission.writeNotes.refusal, isError: true)])
    }

    @Test func aKeptNoteIsPutBackOnYAndItsRowForgotten() {
        let kept = FormDraft(key: .note(clientID: 3), fields: [ID.communication: "Phone", ID.body: "Kept text"], savedAt: AppFixture.now)
        var model = Self.opened(draft: DraftOffer(kept, what: "case note", zone: AppFixture.zone))
        let effects = model.press(.char("y"))
        #expect(effects.writesAskedFor == ["remove the kept draft"])
        #expect(model.state.form.values[ID.body] == "Kept text" && model.state.form.values[ID.communication] == "Phone")
    }
}
