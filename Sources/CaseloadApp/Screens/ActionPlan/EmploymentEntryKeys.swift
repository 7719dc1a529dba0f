import CaseloadCore
import TerminalKit

enum EmploymentEntryAction: Sendable {
    case save, cancel, scrollPanel
    /// Listed for help only: the form moves focus and edits the fields itself.
    case fields
}

extension EmploymentEntryState {
    /// The form's one key table. Only function, control and paging keys act here: every printable key is text.
    var keymap: Keymap<EmploymentEntryAction> {
        Keymap([
            KeyBinding([.ctrl("s")], .save, help: "Save job", group: "Form", showInFooter: true,
                       disabledReason: role.allows(.editActionPlan) ? nil : Permission.editActionPlan.refusal),
            KeyBinding([.tab, .down], .fields, help: "Next field", group: "Form", showInFooter: true),
            KeyBinding([.backTab, .up], .fields, help: "Previous field", group: "Form"),
            KeyBinding([.enter, .char(" ")], .fields, help: "Open a list / next field", group: "Form"),
            KeyBinding([.pageDown, .pageUp], .scrollPanel, help: "Scroll the PBF panel", group: "Form", showInFooter: true),
            KeyBinding([.escape], .cancel, help: isDirty ? "Cancel (asks first)" : "Cancel", group: "Form", showInFooter: true),
        ])
    }
}
