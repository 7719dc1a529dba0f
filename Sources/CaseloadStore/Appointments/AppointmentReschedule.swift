import CaseloadCore
import Foundation
import GRDB

/// Rescheduling: in one transaction, a new Scheduled appointment (same client, caseworker, site,
/// length and purpose unless changed) and the old one marked Rescheduled, pointing at the new one.
extension CaseloadDatabase {
    public struct Rescheduled: Hashable, Sendable {
        /// The original, now `Rescheduled` with `rescheduledTo` set.
        public var old: Appointment
        public var new: Appointment
    }

    /// - Parameters:
    ///   - reason: why it moved (optional; stored on the old appointment).
    ///   - allowOverlap: the person confirmed double-booking the caseworker.
    /// - Throws: `invalid` ("start" for an unconfirmed overlap or a time passed; "day" for a closed
    ///   day; "status" when not Scheduled), `staleVersion`.
    public func rescheduleAppointment(_ appointment: Appointment, to day: LocalDate, startMinute: Int,
                                      lengthMinutes: Int? = nil, staffID: Int64? = nil, reason: String? = nil,
                                      cancelledBy: CancelledBy? = nil, allowOverlap: Bool = false, now: Date = Date(),
                                      by staff: StaffMember) throws -> Rescheduled {
        try write { db in
            let actor = try acting(staff, needs: .manageAppointments, in: db)
            var old = try db.storedAppointment(appointment.id)
            try db.requireVersion(old, matches: appointment)
            try Self.requireScheduled(old)
            var new = Appointment(clientID: old.clientID, staffID: staffID ?? old.staffID, siteID: old.siteID, day: day,
                                  startMinute: startMinute, lengthMinutes: lengthMinutes ?? old.lengthMinutes,
                                  purpose: old.purpose)
            if new.day == old.day, new.startMinute == old.startMinute, new.staffID == old.staffID {
                throw StoreError.invalid([.init(field: "start", message: "That is the same day and time: choose a new one.")])
            }
            new = try Self.validatedBooking(new)
            try db.requireOpenSlot(new, now: now)
            try db.insertBooking(&new, allowOverlap: allowOverlap, by: actor, at: now)
            old.status = .rescheduled
            old.rescheduledTo = new.id
            old.statusReason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == false
                ? reason!.trimmingCharacters(in: .whitespacesAndNewlines) : nil
            old.cancelledBy = cancelledBy
            try db.updateVersioned(&old, by: actor, at: now)
            return Rescheduled(old: old, new: new)
        }
    }
}
