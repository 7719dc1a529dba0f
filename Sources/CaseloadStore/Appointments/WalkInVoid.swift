import CaseloadCore
import Foundation
import GRDB

/// A walk-in entered by mistake (the wrong person picked, Enter pressed twice) is voided with a
/// reason: it stays on record, cancelled by staff, and never goes back to Scheduled, where the
/// end-of-day sweep would mark it No Show and raise a follow-up about a visit that never was.
extension CaseloadDatabase {
    public func voidWalkIn(_ appointment: Appointment, reason: String, now: Date = Date(), by staff: StaffMember) throws -> Appointment {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid([.init(field: "reason", message: "Say why the walk-in is voided (e.g. Wrong client picked).")])
        }
        return try write { db in
            let actor = try acting(staff, needs: .registerWalkIn, in: db)
            var updated = try db.storedAppointment(appointment.id)
            try db.requireVersion(updated, matches: appointment)
            guard updated.isWalkIn else {
                throw StoreError.invalid([.init(field: "status", message:
                    "Only a walk-in can be voided: cancel a booked appointment instead (c), or revert its status (u).")])
            }
            guard !updated.isVoidedWalkIn else { return updated }
            updated.status = .cancelled
            updated.cancelledBy = .staff
            updated.statusReason = Appointment.voidedWalkInReason(reason)
            updated.checkedInAt = nil
            try db.updateVersioned(&updated, by: actor, at: now)
            return updated
        }
    }
}
