import CaseloadCore
import Foundation
import GRDB

/// The follow-up a No Show raises for the client's caseworker (issue: no-show rules).
///
/// When an SA-referred client misses their first appointment the follow-up is R-11's "tell the SA
/// caseworker", which the follow-up engine computes from the No Show itself (with its explanation,
/// and gone once an SA Communication is recorded). Storing a copy would show it twice, so none is
/// stored then.
///
/// Reverting the No Show removes that follow-up while it is still open (an audited delete: the
/// audit row keeps its text), because a no-show recorded by mistake must leave nothing stale in
/// anyone's queue. A follow-up the caseworker already completed is history and is left alone.
/// The manual_follow_up table has no appointment column, so the follow-up is found again by its
/// client, its title (one of the two below) and its due date — the same inputs that made it.
enum NoShowFollowUp {
    static let ordinaryPrefix = "Missed appointment: follow up with "

    static func title(clientName: String) -> String { ordinaryPrefix + clientName }

    static func isNoShowTitle(_ title: String) -> Bool { title.hasPrefix(ordinaryPrefix) }
}

extension Database {
    /// The client's first appointment is the earliest one not Cancelled or Rescheduled — the same
    /// definition the follow-up engine's R-11 facts use.
    func isFirstAppointment(_ appointment: Appointment) throws -> Bool {
        let first = try Int64.fetchOne(self, sql: """
            SELECT id FROM appointment WHERE client_id = ? AND status NOT IN ('Cancelled', 'Rescheduled')
            ORDER BY day, start_minute, id LIMIT 1
            """, arguments: [appointment.clientID])
        return first == appointment.id
    }

    /// Due the next business day after the missed appointment, with the site's closure days.
    func noShowDueDate(for appointment: Appointment) throws -> LocalDate {
        let closures = try ClosureDay
            .filter(ClosureDay.Columns.day > appointment.day && ClosureDay.Columns.day <= appointment.day.adding(days: 31))
            .fetchAll(self)
        let substitutes = try String.fetchOne(self, sql: "SELECT value FROM setting WHERE key = ?",
                                              arguments: [Setting.observedSubstitutes.rawValue]).map { $0 == "1" } ?? true
        let calendar = BusinessCalendar(observesSubstitutes: substitutes, closures: closures, siteID: appointment.siteID)
        return calendar.addingBusinessDays(1, to: appointment.day)
    }

    /// Adds the No Show follow-up (call after the appointment is saved as No Show); nil in R-11's
    /// case, whose item the engine computes.
    @discardableResult
    func addNoShowFollowUp(for appointment: Appointment, by actor: StaffMember, at now: Date) throws -> ManualFollowUp? {
        let client = try storedClient(appointment.clientID)
        if try client.referralSource.isSocialAssistance && isFirstAppointment(appointment) { return nil }
        var followUp = ManualFollowUp(
            clientID: appointment.clientID, ownerID: client.caseworkerID ?? appointment.staffID,
            title: NoShowFollowUp.title(clientName: client.displayName),
            dueOn: try noShowDueDate(for: appointment), createdBy: actor.id ?? 0)
        try insertAudited(&followUp, by: actor, at: now)
        return followUp
    }

    /// Removes the open follow-up a No Show of `appointment` raised, if any. Returns it.
    @discardableResult
    func removeNoShowFollowUp(for appointment: Appointment, by actor: StaffMember, at now: Date) throws -> ManualFollowUp? {
        let due = try noShowDueDate(for: appointment)
        let open = try ManualFollowUp
            .filter(ManualFollowUp.Columns.clientID == appointment.clientID && ManualFollowUp.Columns.completedOn == nil)
            .order(ManualFollowUp.Columns.id.desc)
            .fetchAll(self)
            .filter { NoShowFollowUp.isNoShowTitle($0.title) }
        // The one made for this appointment's day; failing that (closure days edited since), the newest.
        guard let match = open.first(where: { $0.dueOn == due }) ?? open.first, let id = match.id else { return nil }
        try deleteAudited(ManualFollowUp.self, id: id, by: actor, at: now)
        return match
    }
}
