import CaseloadCore
import CaseloadStore
import TerminalKit

/// A walk-in for a client who is booked today (#22): offer to check in that appointment instead,
/// so the day has one visit, not a walk-in beside a booking that the sweep later marks No Show.
struct WalkInBookedOffer {
    let row: DaySheetRow
    let dialog: ConfirmDialog

    init(row: DaySheetRow) {
        self.row = row
        let time = row.appointment.startText
        dialog = ConfirmDialog(title: "Booked today", message: [
            "\(row.clientDisplayName) has a \(time) appointment with \(row.caseworkerName) today.", "",
            "Check in the \(time) appointment instead? y/n", "(n registers a walk-in as well)",
        ], defaultAnswer: .yes)   // they are expected: Enter checks the booking in, not a second visit
    }
}

extension Effect where Message == WalkInMessage {
    /// The client's first appointment still Scheduled today at this site, if any.
    static func findBookedToday(clientID: Int64, siteID: Int64) -> Self {
        .read("look for the client's appointment today") { env in
            let rows = try env.db.daySheet(siteID: siteID, day: env.today, by: env.actor)
            return .bookedToday(rows.first { $0.appointment.clientID == clientID && $0.appointment.status == .scheduled })
        }
    }

    static func checkInBooked(_ row: DaySheetRow) -> Self {
        .write("check in the appointment") { env in
            do {
                let saved = try env.db.setAppointmentStatus(row.appointment, to: .attended, reason: nil, cancelledBy: nil, now: env.now, by: env.actor)
                let at = saved.checkedInAt.map { FrontDeskTime.clock($0, in: env.zone) } ?? ""
                return .checkedIn("Checked in \(row.clientDisplayName) for the \(row.appointment.startText) appointment with \(row.caseworkerName) at \(at)")
            } catch StoreError.invalid(let found) {
                return .refused(found)
            }
        }
    }
}
