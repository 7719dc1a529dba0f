import CaseloadStore
import TerminalKit

/// The question asked when the store refuses a new client as a strong match of an existing one (same
/// birth date and phone, or same name and birth date): yes asks why this is a different person
/// (issue #19: the reason is kept), then registers them anyway. Shared by the intake form and the
/// walk-in screen.
enum DuplicateConfirmation {
    static func dialog(clientID: Int64, clientName: String) -> ConfirmDialog {
        ConfirmDialog(
            title: "Already registered?",
            message: ["\(clientName) (#\(clientID)) has this birth date and phone, or this name and birth date.",
                      "Register a second record only for a different person.",
                      "y: Create anyway — this is a different person (you say why);",
                      "n or Esc goes back to the form."],
            defaultAnswer: .no)
    }

    /// After yes: why this is someone else. Enter saves with the reason; Esc goes back to the form.
    static func reasonDialog(clientID: Int64, clientName: String) -> FormDialog {
        FormDialog(title: "Create anyway — a different person",
                   lines: ["Why is this not \(clientName) (#\(clientID))? The reason is kept with the new client."],
                   fields: [FormField(id: "duplicateReason", label: "Reason", control: .text(TextFieldState(
                       "", placeholder: "e.g. father and son; checked ID", maxLength: 300)))])
    }

    /// A key in the reason dialog: still typing, gone back to the form, asked again for an empty
    /// reason (the dialog says why), or the reason to save with.
    enum ReasonAnswer { case typing, cancelled, missing, given(String) }

    static func answerReason(_ dialog: inout FormDialog, _ key: Key) -> ReasonAnswer {
        switch dialog.handle(key) {
        case .cancel: return .cancelled
        case .none: return .typing
        case .submit:
            let reason = dialog.text("duplicateReason")
            guard !reason.isEmpty else {
                dialog.error = "Say why this is a different person: the reason is kept."
                return .missing
            }
            return .given(reason)
        }
    }

    /// What the status line says when the person answers no (the form keeps its typing).
    static let keptForm = "Not saved. F5 opens the existing client from the duplicates list."
    static let keptWalkIn = "Not checked in. Esc, then pick the existing client from the list."
}

/// The whole strong-duplicate question as one value (issue #19), so the intake form and the walk-in
/// screen keep one piece of state and one yes/no/reason branch: first "already registered?", then, after
/// yes, why this is a different person. Esc or n at either step goes back to the form with its typing.
struct DuplicateQuestion {
    let clientID: Int64
    let clientName: String
    enum Step { case confirming(ConfirmDialog), reason(FormDialog) }
    private(set) var step: Step

    init(clientID: Int64, clientName: String) {
        self.clientID = clientID; self.clientName = clientName
        step = .confirming(DuplicateConfirmation.dialog(clientID: clientID, clientName: clientName))
    }

    /// What a key did: still asking, declined (back to the form), yes without a reason, or the reason to save with.
    enum Answer: Equatable { case asking, declined, missingReason, confirmed(reason: String) }

    var isAskingReason: Bool { if case .reason = step { return true } else { return false } }

    mutating func answer(_ key: Key) -> Answer {
        switch step {
        case .confirming(let dialog):
            switch dialog.answer(for: key) {
            case .yes: step = .reason(DuplicateConfirmation.reasonDialog(clientID: clientID, clientName: clientName)); return .asking
            case .no: return .declined
            case nil: return .asking
            }
        case .reason(var dialog):
            let answer = DuplicateConfirmation.answerReason(&dialog, key)
            step = .reason(dialog)
            switch answer {
            case .typing: return .asking
            case .cancelled: return .declined
            case .missing: return .missingReason
            case .given(let reason): return .confirmed(reason: reason)
            }
        }
    }

    func render(into buffer: inout ScreenBuffer, theme: Theme, ascii: Bool) {
        switch step {
        case .confirming(let dialog):
            buffer.cursor = nil
            dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
        case .reason(let dialog):
            dialog.render(into: &buffer, in: buffer.area, theme: theme, ascii: ascii)
        }
    }
}
