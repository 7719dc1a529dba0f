import CaseloadCore
import Foundation
import GRDB

/// Logging attendance: one status change per call, versioned (a row someone else changed since it
/// was read is refused, nothing saved) and audited in the same transaction as its follow-up.
extension CaseloadDatabase {
    /// Marks a Scheduled appointment Attended, Late, No Show or Cancelled.
    /// Attended and Late stamp the check-in time `now`; No Show and Cancelled need a reason, and
    /// Cancelled says by whom; No Show adds a follow-up for the client's caseworker (R-11 wording
    /// for a social-assistance client's first appointment). A resolved appointment must be reverted
    /// first, so one stray key never overwrites what someone recorded.
    /// - Returns: the saved appointment (new version).
    public func setAppointmentStatus(_ appointment: Appointment, to status: AppointmentStatus, reason: String? = nil,
                                     cancelledBy: CancelledBy? = nil, now: Date = Date(),
                                     by staff: StaffMember) throws -> Appointment {
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        switch status {
        case .scheduled:
            throw StoreError.invalid([.init(field: "status", message: "Use revert to put an appointment back to Scheduled.")])
        case .rescheduled:
            throw StoreError.invalid([.init(field: "status", message: "Reschedule with a new date and time instead.")])
        case .noShow where reason == nil:
            throw StoreError.invalid([.init(field: "reason", message: "Say why it was a no-show (e.g. No call, no show).")])
        case .cancelled where reason == nil:
            throw StoreError.invalid([.init(field: "reason", message: "Say why it was cancelled (e.g. Client ill).")])
        case .cancelled where cancelledBy == nil:
            throw StoreError.invalid([.init(field: "cancelledBy", message: "Say who cancelled: the client or staff.")])
        default: break
        }
        return try write { db in
            let actor = try acting(staff, needs: .manageAppointments, in: db)
            var updated = try db.storedAppointment(appointment.id)
            try db.requireVersion(updated, matches: appointment)
            try Self.requireScheduled(updated)
            updated.status = status
            updated.statusReason = reason
            updated.cancelledBy = status == .cancelled ? cancelledBy : nil
            updated.checkedInAt = status == .attended || status == .late ? now : nil
            try db.updateVersioned(&updated, by: actor, at: now)
            if status == .noShow { try db.addNoShowFollowUp(for: updated, by: actor, at: now) }
            return updated
        }
    }

    /// Puts a resolved appointment back to Scheduled, clearing check-in, reason and who cancelled.
    /// Reverting a No Show removes its open follow-up; reverting a Rescheduled one deletes the
    /// replacement appointment, which must still be Scheduled (else it is refused: revert that first).
    public func revertAppointment(_ appointment: Appointment, now: Date = Date(), by staff: StaffMember) throws -> Appointment {
        try write { db in
            let actor = try acting(staff, needs: .manageAppointments, in: db)
            var updated = try db.storedAppointment(appointment.id)
            try db.requireVersion(updated, matches: appointment)
            let was = updated.status
            guard was != .scheduled else { return updated }
            // Back to Scheduled, a walk-in would be swept to No Show tonight: it is voided instead.
            if updated.isWalkIn {
                throw StoreError.invalid([.init(field: "status", message:
                    "A walk-in cannot go back to Scheduled: void it instead (v), with the reason.")])
            }
            if was == .rescheduled, let newID = updated.rescheduledTo, let replacement = try Appointment.fetchOne(db, key: newID) {
                guard replacement.status == .scheduled else {
                    throw StoreError.invalid([.init(field: "status", message:
                        "The new appointment on \(replacement.day.medium) at \(replacement.startText) is already \(replacement.status.rawValue): revert it first.")])
                }
                updated.rescheduledTo = nil
                try db.updateVersioned(&updated, by: actor, at: now)   // unlink before deleting what it points at
                try db.deleteAudited(Appointment.self, id: newID, by: actor, at: now)
            }
            updated.status = .scheduled
            updated.statusReason = nil; updated.cancelledBy = nil; updated.checkedInAt = nil; updated.rescheduledTo = nil
            try db.updateVersioned(&updated, by: actor, at: now)
            if was == .noShow { try db.removeNoShowFollowUp(for: updated, by: actor, at: now) }
            return updated
        }
    }

    static func requireScheduled(_ appointment: Appointment) throws {
        guard appointment.status != .scheduled else { return }
        throw StoreError.invalid([.init(field: "status", message:
            "This appointment is already \(appointment.status.rawValue): revert it to Scheduled first.")])
    }
}

extension Database {
    func storedAppointment(_ id: Int64?) throws -> Appointment {
        guard let id, let appointment = try Appointment.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: Appointment.databaseTableName, id: id ?? 0)
        }
        return appointment
    }
}

fileprivate extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
