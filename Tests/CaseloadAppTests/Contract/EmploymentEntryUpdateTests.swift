import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The job form's `update`, with no database: keys and store answers in, state and effects out.
@MainActor @Suite struct EmploymentEntryUpdateTests {
    typealias ID = EmploymentForm.ID

    static func opened() -> EmploymentEntryModel {
        var model = EmploymentEntryModel(context: FormUpdateFixture.context(.caseworker), clientID: 3, clock: FormUpdateFixture.clock)
        #expect(model.update(.reload).readsAskedFor == ["open the job form"])
        _ = model.update(.loaded(.prepared(EmploymentEntrySetup(clientName: "Côté, Zoë", employers: [Employer(id: 1, name: "Maple Foods")],
                                                                previousEmployerIDs: [], endReasons: ["Laid off"], draftOffer: nil))))
        _ = model.update(.laidOut(Rect(x: 0, y: 1, width: 80, height: 21)))
        return model
    }

    /// Maple Foods, Cook, started 2026-01-12, 25 hours.
    @discardableResult
    static func typeAJob(_ model: inout EmploymentEntryModel) -> [Effect<EmploymentEntryMessage>] {
        var effects = model.type("map"); effects += model.press(.enter)
        effects += model.type("Cook"); effects += model.press(.tab)
        effects += model.type("2026-01-12"); effects += model.press(.tab)
        effects += model.type("25")
        return effects
    }

    @Test func typingFillsTheFormAndAStartDateAsksForThePBFFacts() {
        var model = Self.opened()
        let effects = Self.typeAJob(&model)
        #expect(model.state.form.values[ID.employer] == "Maple Foods" && model.state.form.values[ID.jobTitle] == "Cook")
        #expect(effects.readsAskedFor.contains("read the client's PBF facts"))
        #expect(effects.writesAskedFor.isEmpty)
        #expect(model.hasUnsavedInput)
    }

    @Test func ctrlSWithProblemsShowsThemWithoutAnEffect() {
        var model = Self.opened()
        let effects = model.press(.ctrl("s"))
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.status("4 fields need attention: fix the marked fields, then ^S to save.", isError: true)])
        #expect(model.state.form[ID.jobTitle]?.error == "Enter the job title.")
    }

    @Test func aValidCtrlSAsksForTheWriteAndTheAnswerGoesBack() {
        var model = Self.opened()
        Self.typeAJob(&model)
        #expect(model.press(.ctrl("s")).writesAskedFor == ["save the job"])
        let job = Employment(id: 5, clientID: 3, employerID: 1, jobTitle: "Cook", startDate: LocalDate(year: 2026, month: 1, day: 12)!,
                             hoursPerWeek: 25, isNewEmployer: true, isPBFEligible: true)
        let after = model.update(.loaded(.saved(job, checkpoints: 4, createdEmployer: nil)))
        #expect(after.commands == [.back, .status("Job saved (PBF-eligible); its 4 checkpoints are listed.", isError: false)])
        #expect(!model.hasUnsavedInput)
    }

    @Test func aRefusalKeepsTheTypingAndTheEmployerItAlreadyAdded() {
        var model = Self.opened()
        Self.typeAJob(&model)
        let added = Employer(id: 9, name: "New Co")
        let effects = model.update(.loaded(.refused(StoreError.invalid([FieldError(field: ID.jobTitle, message: "Job title is too long.")]),
                                                    createdEmployer: added)))
        #expect(effects.commands == [.status("Not saved: Job title is too long.", isError: true)])
        #expect(model.state.form[ID.jobTitle]?.error == "Job title is too long.")
        #expect(model.state.form.values[ID.jobTitle] == "Cook")
        #expect(model.state.createdEmployer == added, "a retry must not add the employer twice")
    }

    @Test func escWithTypingAsksTheShellAndEscWithoutGoesBack() {
        var untouched = Self.opened()
        #expect(untouched.press(.escape).commands == [.back])
        var model = Self.opened()
        Self.typeAJob(&model)
        #expect(model.press(.escape).commands == [.leave(EmploymentEntryModel.leaveQuestion)])
        #expect(model.state.form.values[ID.jobTitle] == "Cook")
    }

    @Test func someoneWhoMayNotEditPlansIsSentBackBeforeAnyRead() {
        var model = EmploymentEntryModel(context: FormUpdateFixture.context(.frontDesk), clientID: 3, clock: FormUpdateFixture.clock)
        let effects = model.update(.reload)
        #expect(!effects.asksTheStore)
        #expect(effects.commands == [.back, .status(Permission.editActionPlan.refusal, isError: true)])
    }
}
