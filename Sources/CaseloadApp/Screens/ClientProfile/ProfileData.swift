import CaseloadCore
import CaseloadStore

/// Everything the profile shows about one client. A nil part was not loaded because the acting
/// role may not see it: the screen never holds data it must not draw.
struct ProfileData {
    /// Name, date of birth, phone, status: every role.
    var summary: ClientSummary
    var appointments: [ProfileAppointment]
    /// The whole record (Client Info, Summary details): not front desk.
    var client: Client?
    var caseworkerName: String?
    var siteName: String?
    var consents: [ConsentRecord]?
    var contactAttempts: [ContactAttempt]?
    var assessment: Assessment??
    var employments: [ProfileEmployment]?
    var plan: ProfilePlan??
    var notes: [CaseNoteHeader]?
    var followUps: [ProfileFollowUp]?

    /// Upcoming appointments first (soonest first), as the front desk asks "when is she next in?".
    func upcomingAppointments(from today: LocalDate) -> [ProfileAppointment] {
        appointments.filter { $0.appointment.day >= today && $0.appointment.status == .scheduled }
            .sorted { ($0.appointment.day, $0.appointment.startMinute) < ($1.appointment.day, $1.appointment.startMinute) }
    }
}

/// A date something is due on the Summary: an open manual follow-up or an unrecorded checkpoint.
struct DueEntry: Hashable {
    var due: LocalDate
    var what: String
    var owner: String?
}

extension ProfileData {
    /// Manual follow-ups and checkpoints not yet recorded, soonest first. The rules engine's items
    /// (R-01 … R-18) will join these when it is wired in.
    var dueEntries: [DueEntry] {
        var out: [DueEntry] = []
        for f in followUps ?? [] where f.followUp.completedOn == nil {
            out.append(DueEntry(due: f.followUp.dueOn, what: f.followUp.title, owner: f.ownerName))
        }
        for job in employments ?? [] {
            for c in job.checkpoints where c.recordedOn == nil {
                let months = c.month.rawValue == 1 ? "1-month" : "\(c.month.rawValue)-month"
                out.append(DueEntry(due: c.dueOn, what: "\(months) checkpoint: \(job.employment.jobTitle) at \(job.employerName)", owner: nil))
            }
        }
        return out.sorted { ($0.due, $0.what) < ($1.due, $1.what) }
    }
}
