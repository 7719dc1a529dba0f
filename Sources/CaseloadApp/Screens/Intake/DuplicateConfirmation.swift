import CaseloadStore
import TerminalKit

/// The question asked when the store refuses a new client as an exact duplicate (same name, date
/// of birth and phone as an existing one): saving again with yes registers them anyway. Shared by
/// the intake form and the walk-in screen.
enum DuplicateConfirmation {
    static func dialog(clientID: Int64, clientName: String) -> ConfirmDialog {
        ConfirmDialog(
            title: "Already registered?",
            message: ["\(clientName) (#\(clientID)) has this name, date of birth and phone.",
                      "Register a second record only for a different person.",
                      "y registers them anyway; n or Esc goes back to the form."],
            defaultAnswer: .no)
    }

    /// What the status line says when the person answers no (the form keeps its typing).
    static let keptForm = "Not saved. F5 opens the existing client from the duplicates list."
    static let keptWalkIn = "Not checked in. Esc, then pick the existing client from the list."
}
