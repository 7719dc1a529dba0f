import CaseloadCore
import TerminalKit

enum IntakeAction: Sendable {
    case save, openDuplicate, nextDuplicate, previousDuplicate, cancel
    /// Listed for help only: the form moves focus and edits the fields itself.
    case fields
}

extension IntakeState {
    /// The form's one key table. Only function and control keys act here: every printable key is text.
    var keymap: Keymap<IntakeAction> {
        let noMatch: String? = !isNew ? "only while adding a new client"
            : duplicates.matches.isEmpty ? "no possible duplicate is listed" : nil
        return Keymap([
            KeyBinding([.ctrl("s")], .save, help: "Save", group: "Form", showInFooter: true),
            KeyBinding([.function(5)], .openDuplicate, help: "Open match", group: "Search before add", showInFooter: isNew,
                       disabledReason: noMatch),
            KeyBinding([.ctrl("n")], .nextDuplicate, help: "Next match", group: "Search before add", disabledReason: noMatch),
            KeyBinding([.ctrl("p")], .previousDuplicate, help: "Previous match", group: "Search before add", disabledReason: noMatch),
            KeyBinding([.tab, .down], .fields, help: "Next field", group: "Form", showInFooter: true),
            KeyBinding([.backTab, .up], .fields, help: "Previous field", group: "Form"),
            KeyBinding([.enter, .char(" ")], .fields, help: "Open a list / next field", group: "Form"),
            KeyBinding([.escape], .cancel, help: isDirty ? "Cancel (asks first)" : "Cancel", group: "Form", showInFooter: true),
        ])
    }
}
