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
    /// The calendar the notes' late-entry markers count business days in (loaded with the notes).
    var noteCalendar: BusinessCalendar?
    var followUps: [ProfileFollowUp]?
    /// The client's items of the follow-up queue, as the rules engine computes them.
    var dueItems: [DueItem]?
    /// Referrals to other services and supports, newest first: not front desk.
    var referralsOut: [ReferralOut]?
    /// The client's status changes, oldest first: the Summary shows the latest, with day and reason.
    var statusChanges: [ClientStatusChange]?
    /// Changes and views of this client, newest first: supervisors and administrators.
    var history: [ClientHistoryEntry]?
    /// The file this one was merged into (issue #19): then this one is a read-only pointer.
    var mergedInto: MergePointer?

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
    /// What the rules say is due for this client (referral contacts, checkpoints, no-shows, manual
    /// follow-ups …), in queue order, with the rule in front.
    var dueEntries: [DueEntry] {
        (dueItems ?? []).map { DueEntry(due: $0.due, what: "\($0.rule.rawValue) \($0.title)", owner: nil) }
    }
}
