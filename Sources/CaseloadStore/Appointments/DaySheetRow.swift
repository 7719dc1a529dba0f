import CaseloadCore
import Foundation
import GRDB

/// One appointment as the front desk sees it: the appointment itself, and of the client only what
/// every role may see (name, date of birth, phone). No notes, plan or money are ever read for it.
public struct DaySheetRow: Hashable, Sendable, Identifiable {
    public var appointment: Appointment
    public var clientFirstName: String
    public var clientLastName: String
    public var clientPreferredName: String?
    public var clientDateOfBirth: LocalDate?
    public var clientPhone: String?
    public var caseworkerName: String
    /// For a Rescheduled appointment: when the new one is.
    public var rescheduledToDay: LocalDate?
    public var rescheduledToMinute: Int?

    public var id: Int64 { appointment.id ?? 0 }
    /// "Côté, Zoë", as lists show clients.
    public var clientSortName: String { "\(clientLastName), \(clientPreferredName ?? clientFirstName)" }
    /// "Zoë Côté", as messages name them.
    public var clientDisplayName: String { "\(clientPreferredName ?? clientFirstName) \(clientLastName)" }
    /// Minute after midnight the appointment ends.
    public var endMinute: Int { appointment.startMinute + appointment.lengthMinutes }

    /// Still Scheduled after its start time: someone forgot to mark it (the sweep's work).
    public func isOverdue(today: LocalDate, nowMinute: Int) -> Bool {
        guard appointment.status == .scheduled else { return false }
        return appointment.day < today || (appointment.day == today && appointment.startMinute < nowMinute)
    }

    /// Decodes by position (see `selection`): a busy site's day is over a thousand rows, and
    /// looking each of 23 columns up by name was most of the day sheet's time.
    init(row: Row) throws {
        func at<T: DatabaseValueConvertible>(_ i: Int) throws -> T { try row.decode(T.self, atIndex: i) }
        appointment = Appointment(
            id: try at(0), clientID: try at(1), staffID: try at(2), siteID: try at(3), day: try at(4),
            startMinute: try at(5), lengthMinutes: try at(6), purpose: try at(7), status: try at(8),
            statusReason: try at(9), cancelledBy: try at(10), checkedInAt: try at(11), isWalkIn: try at(12),
            rescheduledTo: try at(13), version: try at(14))
        clientFirstName = try at(15)
        clientLastName = try at(16)
        clientPreferredName = try at(17)
        clientDateOfBirth = try at(18)
        clientPhone = try at(19)
        caseworkerName = try at(20)
        rescheduledToDay = try at(21)
        rescheduledToMinute = try at(22)
    }

    /// The columns a day-sheet row reads: `a` is the appointment, `c` the client, `s` the staff
    /// member, `n` the appointment it was rescheduled to (if any).
    static let selection = """
        a.id, a.client_id, a.staff_id, a.site_id, a.day, a.start_minute, a.length_minutes, a.purpose, a.status,
        a.status_reason, a.cancelled_by, a.checked_in_at, a.is_walk_in, a.rescheduled_to, a.version,
        c.first_name, c.last_name, c.preferred_name, c.date_of_birth, c.phone, s.full_name, n.day, n.start_minute
        """
    static let joins = """
        JOIN client c ON c.id = a.client_id JOIN staff s ON s.id = a.staff_id LEFT JOIN appointment n ON n.id = a.rescheduled_to
        """
}
