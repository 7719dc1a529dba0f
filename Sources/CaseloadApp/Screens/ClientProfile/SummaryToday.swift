import CaseloadCore
import CaseloadStore
import TerminalKit

/// The Summary's "Today" lines (#22): the client's appointments today, with where each stands, so a
/// caseworker told "has arrived" sees it on the file too ("10:30 Résumé review · Checked in 10:02").
extension SummaryTab {
    func todayLines() -> [StyledLine] {
        let today = data.appointments.filter { $0.appointment.day == format.today }
            .sorted { ($0.appointment.startMinute, $0.id) < ($1.appointment.startMinute, $1.id) }
        var out: [StyledLine] = []
        for (i, a) in today.enumerated() {
            let text = "\(a.appointment.startText) \(a.appointment.purpose) (\(a.staffName)) · \(Self.standing(a.appointment, format: format))"
            out += StyledLine.field(i == 0 ? "Today" : "", text, labelWidth: Self.labelWidth, width: width,
                                   role: a.appointment.status == .scheduled || a.appointment.isCheckedIn ? .normal : .muted)
        }
        return out
    }

    /// Where an appointment stands, in the day sheet's words.
    static func standing(_ a: Appointment, format: ProfileFormat) -> String {
        let walkIn = a.isWalkIn ? "walk-in, " : ""
        switch a.status {
        case .scheduled: return "Scheduled"
        case .attended: return walkIn + (a.checkedInAt.map { "Checked in \(format.clock($0))" } ?? "Checked in")
        case .late: return walkIn + (a.checkedInAt.map { "Checked in late \(format.clock($0))" } ?? "Checked in late")
        case .noShow: return "No Show"
        case .cancelled: return a.isVoidedWalkIn ? "Voided walk-in" : "Cancelled"
        case .rescheduled: return "Moved to another day"
        }
    }
}

private extension Appointment {
    var isCheckedIn: Bool { status == .attended || status == .late }
}
