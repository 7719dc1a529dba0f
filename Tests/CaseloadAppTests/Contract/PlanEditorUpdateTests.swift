import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The plan editor's `update`, with no database: keys and store answers in, state and effects out.
@MainActor @Suite struct PlanEditorUpdateTests {
    typealias ID = PlanDialogs.ID
    static let plan = ActionPlan(id: 2, clientID: 3, openedOn: LocalDate(year: 2025, month: 12, day: 1)!)

    static func loaded(plan: ActionPlan? = Self.plan, items: [PlanItem] = []) -> PlanEditorModel {
        var model = PlanEditorModel(context: FormUpdateFixture.context(.caseworker), clientID: 3, clock: FormUpdateFixture.clock)
        #expect(model.update(.reload).readsAskedFor == ["load the plan"])
        _ = model.update(.loaded(.plan(PlanEditorData(clientName: "Côté, Zoë", itemTypes: ["Training", "Job Search"], closureReasons: ["Employed"],
                                                      plan: plan, items: items), select: nil, then: nil)))
        return model
    }

    @Test func aKeyOpensItsDialogAndTypingFillsIt() {
        var model = Self.loaded()
        #expect(model.press(.char("a")).isHandled)
        guard case .dialog(let dialog, .addItem)? = model.state.modal else { Issue.record("expected the add dialog"); return }
        #expect(dialog.title == "Add a plan item")
        model.type("tra"); model.press(.enter)
        model.type("Forklift")
        guard case .dialog(let typed, _)? = model.state.modal else { Issue.record("the dialog closed"); return }
        #expect(typed.text(ID.type) == "Training" && typed.text(ID.description) == "Forklift")
        #expect(model.hasUnsavedInput)
    }

    @Test func ctrlSWithProblemsShowsThemOnTheDialogWithoutAnEffect() {
        var model = Self.loaded()
        model.press(.char("a"))
        let effects = model.press(.ctrl("s"))
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.status("Not saved: Fix the marked field, then Enter or ^S.", isError: true)])
        guard case .dialog(let dialog, _)? = model.state.modal else { Issue.record("the dialog closed"); return }
        #expect(dialog.form[ID.type]?.error == "Choose the item's type.")
    }

    @Test func aValidCtrlSAsksForTheWriteAndItsAnswerReloadsAndSaysSo() {
        var model = Self.loaded()
        model.press(.char("a")); model.type("tra"); model.press(.enter)
        #expect(model.press(.ctrl("s")).writesAskedFor == ["save the plan"])
        if case .dialog? = model.state.modal {} else { Issue.record("the dialog stays open until the store answers") }
        let saved = PlanItem(id: 8, planID: 2, type: "Training")
        let after = model.update(.loaded(.written(PlanWriteResult(message: "Added the Training item.", select: 8, then: .afterAdding(saved)))))
        #expect(after.readsAskedFor == ["load the plan"])
        #expect(after.commands == [.status("Added the Training item.", isError: false)])
        #expect(model.state.modal == nil)
    }

    @Test func aRefusedWriteStaysOnTheDialogWithTheTyping() {
        var model = Self.loaded()
        model.press(.char("a")); model.type("tra"); model.press(.enter); model.type("Forklift")
        _ = model.press(.ctrl("s"))
        let effects = model.update(.loaded(.refused(StoreError.invalid([FieldError(field: "", message: "The plan is closed.")]), fromDialog: true)))
        #expect(effects.commands == [.status("Not saved: The plan is closed.", isError: true)])
        guard case .dialog(let dialog, _)? = model.state.modal else { Issue.record("the dialog closed"); return }
        #expect(dialog.text(ID.description) == "Forklift" && dialog.error == "The plan is closed.")
    }

    @Test func escInADialogWithTypingAsksTheDialogsQuestionAndEscWithoutADialogIsTheShells() {
        var model = Self.loaded()
        #expect(model.press(.escape).isEmpty, "no dialog: Esc is the shell's (back)")
        model.press(.char("h")); model.type("Training")
        #expect(model.press(.escape).commands.isEmpty)
        guard case .dialog(let dialog, _)? = model.state.modal else { Issue.record("the dialog closed unasked"); return }
        #expect(dialog.discard.isAsking)
        #expect(model.press(.char("y")).commands == [.status("Nothing changed.", isError: false)])
        #expect(model.state.modal == nil)
    }

    @Test func someoneWhoMayNotSeePlansIsSentBackBeforeAnyRead() {
        var model = PlanEditorModel(context: FormUpdateFixture.context(.frontDesk), clientID: 3, clock: FormUpdateFixture.clock)
        let effects = model.update(.reload)
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.back, .status(Permission.viewActionPlan.refusal, isError: true)])
    }
}
