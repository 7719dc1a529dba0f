import CaseloadCore
import TerminalKit

enum NoteEntryAction: Sendable { case save, cancel, fields, choose, contactAttempt, edit }

extension NoteEntryState {
    /// The form's one key table, for the footer and `?` help; the form widgets do the moving.
    var keymap: Keymap<NoteEntryAction> {
        let attemptOff = lists.types.contains(CaseNote.contactAttemptType) ? nil : "the Type list has no Contact Attempt entry"
        return Keymap([
            KeyBinding([.ctrl("s")], .save, help: "Save", group: "Note", showInFooter: true),
            KeyBinding([.tab], .fields, help: "Next field", group: "Note", showInFooter: true),
            KeyBinding([.backTab], .fields, help: "Previous field (Date and Time are above)", group: "Note"),
            KeyBinding([.enter, .char(" ")], .choose, help: "Choose (type to filter)", group: "Note", showInFooter: true),
            KeyBinding([.escape], .cancel, help: isDirty ? "Cancel (asks first)" : "Cancel", group: "Note", showInFooter: true),
            KeyBinding([.ctrl("t")], .contactAttempt, help: "Contact attempt", group: "Note", showInFooter: true, disabledReason: attemptOff),
            KeyBinding([.ctrl("a"), .ctrl("e"), .ctrl("k"), .ctrl("u"), .ctrl("w")], .edit,
                       help: "Line start / end, delete to end / start, delete word", group: "Typing"),
        ])
    }
}
