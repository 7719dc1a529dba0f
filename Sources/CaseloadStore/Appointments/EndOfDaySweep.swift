import CaseloadCore
import Foundation
import GRDB

/// The end-of-day sweep: appointments still Scheduled after their time, marked in one transaction.
extension CaseloadDatabase {
    public static let sweepReason = "Not checked in by end of day (end-of-day sweep)"

    /// Marks each listed appointment No Show (with its follow-up, as one by one would), skipping
    /// any that someone resolved since the list was shown. Returns those marked.
    public func sweepAppointments(_ appointments: [Appointment], reason: String = CaseloadDatabase.sweepReason,
                                  now: Date = Date(), by staff: StaffMember) throws -> [Appointment] {
        try write { db in
            let actor = try acting(staff, needs: .manageAppointments, in: db)
            var marked: [Appointment] = []
            for listed in appointments {
                guard var stored = try Appointment.fetchOne(db, key: listed.id), stored.status == .scheduled else { continue }
                stored.status = .noShow
                stored.statusReason = reason
                try db.updateVersioned(&stored, by: actor, at: now)
                try db.addNoShowFollowUp(for: stored, by: actor, at: now)
                marked.append(stored)
            }
            return marked
        }
    }
}
