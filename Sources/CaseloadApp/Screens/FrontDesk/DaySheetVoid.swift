import CaseloadCore
import CaseloadStore
import TerminalKit

/// Voiding a walk-in entered by mistake (#22): it stays on record as voided, with the reason, and
/// never goes back to Scheduled for the sweep to mark No Show.
extension DaySheetState {
    /// Why `v` cannot void the selected row (nil: it can).
    var voidRefusal: String? {
        guard let row = selectedRow else { return "No appointment selected: move to one with ↑↓ first." }
        if !row.appointment.isWalkIn {
            return "Only a walk-in can be voided: \(row.clientDisplayName)'s was booked, so cancel it (c) or undo its status (u)."
        }
        if row.appointment.isVoidedWalkIn { return "\(row.clientDisplayName)'s walk-in is already voided." }
        return nil
    }

    /// A walk-in cannot be reverted (the store refuses): say so before asking.
    var walkInRevertRefusal: String? {
        guard let row = selectedRow, row.appointment.isWalkIn else { return nil }
        return row.appointment.isVoidedWalkIn
            ? "\(row.clientDisplayName)'s walk-in was voided; register a new walk-in if they are here."
            : "A walk-in cannot go back to Scheduled: press v to void it, with the reason."
    }
}

enum VoidReasons {
    static let common = ["Wrong client picked", "Entered twice", "Client left before registering"]
}

extension Effect where Message == DaySheetMessage {
    static func voidWalkIn(_ row: DaySheetRow, reason: String) -> Self {
        .write("void the walk-in") { env in
            do {
                _ = try env.db.voidWalkIn(row.appointment, reason: reason, now: env.now, by: env.actor)
                return .changed("Voided \(row.clientDisplayName)'s \(row.appointment.startText) walk-in; it stays on record with the reason")
            } catch StoreError.invalid(let problems) {
                return .refused(problems.map(\.message).joined(separator: " "))
            }
        }
    }
}
