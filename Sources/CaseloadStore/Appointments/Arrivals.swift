import CaseloadCore
import Foundation
import GRDB

/// A client checked in at the desk for one of a caseworker's appointments: what the caseworker's
/// own screen announces ("Zoë Côté has arrived for 10:00").
public struct Arrival: Hashable, Sendable {
    public var appointmentID: Int64
    public var clientName: String
    public var startMinute: Int
    public var checkedInAt: Date
    public var isWalkIn: Bool

    /// "Zoë Côté has arrived for 10:00" / "Zoë Côté walked in (10:05)".
    public var notice: String {
        isWalkIn ? "\(clientName) walked in and is waiting (\(AppointmentText.clock(startMinute)))"
                 : "\(clientName) has arrived for \(AppointmentText.clock(startMinute))"
    }
}

extension CaseloadDatabase {
    /// Check-ins after `since` for appointments with `staff`, oldest first. Cheap (the staff/day
    /// index), so a session can ask whenever the database changed.
    public func arrivals(since: Date, on day: LocalDate, by staff: StaffMember) throws -> [Arrival] {
        try read { db in
            let actor = try acting(staff, needs: .viewClientBasics, in: db)
            guard let staffID = actor.id else { return [] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.start_minute, a.checked_in_at, a.is_walk_in, c.first_name, c.last_name, c.preferred_name
                FROM appointment a JOIN client c ON c.id = a.client_id
                WHERE a.staff_id = ? AND a.day = ? AND a.status IN ('Attended', 'Late') AND a.checked_in_at > ?
                ORDER BY a.checked_in_at, a.id
                """, arguments: [staffID, day, since])
            return rows.map { row in
                let first: String = row["preferred_name"] ?? row["first_name"]
                return Arrival(appointmentID: row["id"], clientName: "\(first) \(row["last_name"] as String)",
                               startMinute: row["start_minute"], checkedInAt: row["checked_in_at"], isWalkIn: row["is_walk_in"])
            }
        }
    }
}
