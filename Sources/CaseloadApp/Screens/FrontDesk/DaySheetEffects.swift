import CaseloadCore
import CaseloadStore
import Foundation

/// The day sheet's reads and writes: the only places it reaches the store. A refusal by the store's
/// rules comes back in its own words (`.refused`); anything else fails the effect.
extension Effect where Message == DaySheetMessage {
    static var readingTheClock: String { "read the clock" }

    /// One snapshot: the site (and the sites and caseworkers the first time), then the day's rows.
    static func loadSheet(siteID: Int64?, day: LocalDate, staffID: Int64?, withSetup: Bool) -> Self {
        .read(DaySheetModel.loadingTheSheet) { env in
            var read = DaySheetRead(today: env.today, nowMinute: FrontDeskTime.minute(of: env.now, in: env.zone), siteID: siteID, rows: [])
            if withSetup {
                let sites = try env.db.daySheetSites(by: env.actor)
                read.sites = sites
                read.caseworkers = try env.db.bookableStaff()
                read.siteID = DaySheetState.site(siteID, among: sites)
            }
            if let site = read.siteID {
                read.rows = try env.db.daySheet(siteID: site, day: day, staffID: staffID, by: env.actor)
            }
            return .sheet(read)
        }
    }

    static var readClock: Self {
        .read(readingTheClock) { env in .clock(today: env.today, nowMinute: FrontDeskTime.minute(of: env.now, in: env.zone)) }
    }

    static func setStatus(_ row: DaySheetRow, _ status: AppointmentStatus, reason: String? = nil, cancelledBy: CancelledBy? = nil) -> Self {
        change("mark the appointment \(status.rawValue)") { env in
            let saved = try env.db.setAppointmentStatus(row.appointment, to: status, reason: reason, cancelledBy: cancelledBy,
                                                        now: env.now, by: env.actor)
            let done: String
            switch status {
            case .attended: done = "Checked in \(row.clientDisplayName) at \(saved.checkedInAt.map { FrontDeskTime.clock($0, in: env.zone) } ?? "")"
            case .late: done = "Checked in \(row.clientDisplayName) (late)"
            case .noShow: done = "Marked \(row.clientDisplayName) No Show; follow-up added for the caseworker"
            default: done = "Marked \(row.clientDisplayName)'s \(row.appointment.startText) appointment \(status.rawValue)"
            }
            return done + " · Enter u undoes it"
        }
    }

    static func revert(_ row: DaySheetRow) -> Self {
        change("revert the appointment") { env in
            _ = try env.db.revertAppointment(row.appointment, now: env.now, by: env.actor)
            return "\(row.clientDisplayName)'s \(row.appointment.startText) appointment is Scheduled again"
        }
    }

    static func sweep(_ appointments: [Appointment]) -> Self {
        change("sweep the day") { env in
            let marked = try env.db.sweepAppointments(appointments, now: env.now, by: env.actor)
            let skipped = appointments.count - marked.count
            return "Marked \(marked.count) No Show" + (skipped > 0 ? " (\(skipped) were resolved meanwhile and left alone)" : "")
        }
    }

    static func reschedule(_ dialog: RescheduleDialog, to day: LocalDate, startMinute: Int, reason: String, allowOverlap: Bool) -> Self {
        .write("reschedule the appointment") { env in
            do {
                let moved = try env.db.rescheduleAppointment(dialog.row.appointment, to: day, startMinute: startMinute, reason: reason,
                                                             allowOverlap: allowOverlap, now: env.now, by: env.actor)
                return .changed("Moved \(dialog.row.clientDisplayName) to \(moved.new.day.medium) \(moved.new.startText) · Enter u on the old row undoes it")
            } catch StoreError.invalid(let problems) {
                return .rescheduleRefused(problems, dialog, allowOverlap: allowOverlap)
            }
        }
    }

    /// A write that says what it did, or the store's refusal in its own words.
    private static func change(_ doing: String, _ body: @escaping (AppEnvironment) throws -> String) -> Self {
        .write(doing) { env in
            do { return .changed(try body(env)) } catch StoreError.invalid(let problems) {
                return .refused(problems.map(\.message).joined(separator: " "))
            }
        }
    }
}
