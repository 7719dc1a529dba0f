import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #17 item 2: the shell asks before a form's typing is lost, for every form. The form asks to
/// go back (`AppCommand.leave`) and names its typing; the shell asks, keeps the form on no, pops it on yes.
@MainActor @Suite struct LeaveQuestionTests {
    /// One form as the shell drives it: opened from `from` with `open`, typed into with `typing`.
    struct Form {
        var from: Route, open: [Key], form: Route, typing: (TestDriver<CaseloadApp>) -> Void, typed: String
        var question: LeaveQuestion
    }

    static func forms(_ f: AppFixture) -> [(String, Form)] {
        let zoe = f.zoe.id!, profile = Route.profile(clientID: zoe, tab: .summary)
        return [
            ("intake", Form(from: .clientList, open: [.char("a")], form: .intake(clientID: nil),
                            typing: { $0.type("Zo") }, typed: "First name:        Zo",
                            question: IntakeModel(context: FormUpdateFixture.context(.caseworker), clientID: nil, clock: FormUpdateFixture.clock).leaveQuestion)),
            ("client edit", Form(from: profile, open: [.char("e")], form: .intake(clientID: zoe),
                                 typing: { $0.press(.end); $0.type("x") }, typed: "Zoëx",
                                 question: IntakeModel(context: FormUpdateFixture.context(.caseworker), clientID: zoe, clock: FormUpdateFixture.clock).leaveQuestion)),
            ("note", Form(from: profile, open: [.char("n")], form: .noteEntry(clientID: zoe, amends: nil),
                          typing: { $0.type("ph"); $0.press(.enter) }, typed: "Phone", question: NoteEntryModel.leaveQuestion)),
            ("job", Form(from: profile, open: [.char("J")], form: .employmentEntry(clientID: zoe),
                         typing: { $0.press(.tab); $0.type("Forklift driver") }, typed: "Forklift driver", question: EmploymentEntryModel.leaveQuestion)),
        ]
    }

    @Test(arguments: ["intake", "client edit", "note", "job"])
    func escWithTypingIsAskedByTheShellAndNoKeepsEveryCharacter(_ name: String) throws {
        let f = try AppFixture()
        let form = try #require(Self.forms(f).first { $0.0 == name }?.1)
        let d = f.driver(as: f.caseworker, start: form.from)
        d.press(form.open)
        #expect(d.route == form.form)
        form.typing(d)
        #expect(d.program.currentScreen.hasUnsavedInput)
        d.press(.escape)
        #expect(d.screen.contains(form.question.dialog.title), "\(d.screen)")
        d.press(.char("z"))                       // the question is modal: a stray key types nothing
        #expect(d.screen.contains(form.question.dialog.title))
        d.press(.char("n"))
        #expect(d.route == form.form && !d.screen.contains(form.question.dialog.title))
        #expect(d.screen.contains(form.typed), "no: the typing stays\n\(d.screen)")
        #expect(d.statusLine == (form.question.stayedMessage ?? ""))
        d.press(.escape, .char("y"))
        #expect(d.route == form.from)
        #expect(d.statusLine == (form.question.leftMessage ?? ""))
    }

    @Test(arguments: ["intake", "client edit", "note", "job"])
    func escWithoutTypingLeavesAtOnce(_ name: String) throws {
        let f = try AppFixture()
        let form = try #require(Self.forms(f).first { $0.0 == name }?.1)
        let d = f.driver(as: f.caseworker, start: form.from)
        d.press(form.open)
        #expect(d.route == form.form)
        d.press(.escape)
        #expect(d.route == form.from && !d.screen.contains(form.question.dialog.title))
    }

    /// The plan editor's typing is in its dialogs: Esc asks the dialog's own question (the same
    /// shared type as every dialog), and leaving by F2 is the shell's question.
    @Test func thePlanEditorsDialogAsksItselfAndF2IsTheShellsQuestion() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .profile(clientID: f.wang.id!, tab: .eap))
        d.press(.char("p"))
        #expect(d.route == .planEditor(clientID: f.wang.id!))
        d.press(.char("o")); d.type("Warehouse work")
        d.press(.escape)
        #expect(d.screen.contains(DiscardQuestion.dialog.title))
        d.press(.char("n"))
        d.press(.function(2))
        #expect(d.screen.contains(LeaveQuestion.standard.dialog.title) && d.screen.contains("Typed text that was not saved will be lost."))
        d.press(.char("n"))
        #expect(d.route == .planEditor(clientID: f.wang.id!) && d.screen.contains("Warehouse work"))
    }
}
