import CaseloadCore
import CaseloadStore
import TerminalKit

/// `p` in a day-sheet row's menu: correct the selected client's phone and email (#22).
extension DaySheetState {
    var contactRefusal: String? {
        if !actor.role.allows(.correctClientContact) { return Permission.correctClientContact.refusal }
        return selectedRow == nil ? "No appointment selected: move to one with ↑↓ first." : nil
    }
}

extension Effect where Message == DaySheetMessage {
    static func loadContact(_ row: DaySheetRow) -> Self {
        .read("read \(row.clientDisplayName)'s phone and email") { env in
            .contact(try env.db.clientContact(id: row.appointment.clientID, by: env.actor), row)
        }
    }

    /// A refusal (a bad phone or email, or someone else's save meanwhile) goes on the dialog, keeping the typing.
    static func correctContact(_ dialog: ContactDialog, _ contact: ClientContact) -> Self {
        .write("save the phone and email") { env in
            do {
                _ = try env.db.correctContact(contact, now: env.now, by: env.actor)
                return .changed("Saved \(dialog.row.clientDisplayName)'s phone and email")
            } catch StoreError.invalid(let problems) {
                return .contactRefused(problems, dialog)
            } catch let error as StoreError {
                guard case .staleVersion = error else { throw error }
                // Short enough for the dialog's field line; nothing was saved.
                return .contactRefused([FieldError(field: "phone", message: "Someone else saved it meanwhile: Esc, then Enter p reloads.")], dialog)
            }
        }
    }
}
