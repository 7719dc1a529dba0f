import CaseloadCore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The dialog's error line counts what it asks to fix: two marked fields are not "the marked field".
@Suite struct FormDialogErrorTests {
    static func dialog() -> FormDialog {
        FormDialog(title: "Correct a job", fields: [
            FormField(id: "title", label: "Job title", control: .text(TextFieldState("", maxLength: 40))),
            FormField(id: "hours", label: "Hours a week", control: .text(TextFieldState("", maxLength: 5))),
        ])
    }

    @Test func oneMarkedFieldIsNamedAsOne() {
        var dialog = Self.dialog()
        dialog.show([FieldError(field: "title", message: "Enter the job title.")])
        #expect(dialog.error == "Fix the marked field, then Enter or ^S.")
    }

    @Test func twoMarkedFieldsAreCounted() {
        var dialog = Self.dialog()
        dialog.show([FieldError(field: "title", message: "Enter the job title."), FieldError(field: "hours", message: "Enter the hours.")])
        #expect(dialog.error == "Fix the 2 marked fields, then Enter or ^S.")
        #expect(dialog.form["hours"]?.error == "Enter the hours.")
    }

    @Test func aProblemWithoutAFieldIsSaidAsItIs() {
        var dialog = Self.dialog()
        dialog.show([FieldError(field: "job", message: "Someone else changed this job: nothing was saved.")])
        #expect(dialog.error == "Someone else changed this job: nothing was saved.")
    }
}
