import CaseloadCore
import Foundation
import GRDB

/// Booking: a new Scheduled appointment, refused when it overlaps the caseworker's other
/// appointments unless the person confirmed the overlap (`allowOverlap`).
extension CaseloadDatabase {
    /// The caseworker's appointments on the same day that overlap `appointment`'s time (itself
    /// excluded; cancelled, rescheduled and no-show ones left out: that time is free again).
    public func overlaps(for appointment: Appointment, by staff: StaffMember) throws -> [DaySheetRow] {
        try read { db in
            _ = try acting(staff, needs: .manageAppointments, in: db)
            return try db.overlaps(for: appointment)
        }
    }

    /// Books `appointment` (status Scheduled, id and version set by the store) on a day the site is
    /// open, at a time after `now`.
    /// - Throws: `invalid` with the field at fault ("start" for an unconfirmed overlap or a time
    ///   passed, "day" for a closed day), `notPermitted`.
    public func bookAppointment(_ appointment: Appointment, allowOverlap: Bool = false, now: Date = Date(),
                                by staff: StaffMember) throws -> Appointment {
        var appointment = try Self.validatedBooking(appointment)
        appointment.id = nil
        appointment.version = 0
        appointment.status = .scheduled
        appointment.statusReason = nil; appointment.cancelledBy = nil; appointment.checkedInAt = nil
        appointment.rescheduledTo = nil
        return try write { db in
            let actor = try actingOnClient(staff, needs: .manageAppointments, clientID: appointment.clientID, in: db)
            try db.requireOpenSlot(appointment, now: now)
            try db.insertBooking(&appointment, allowOverlap: allowOverlap, by: actor, at: now)
            return appointment
        }
    }

    /// Trims the purpose and checks what a person typed: a time inside the day, a length, a purpose.
    static func validatedBooking(_ appointment: Appointment) throws -> Appointment {
        var a = appointment
        a.purpose = a.purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if !(0..<1440).contains(a.startMinute) {
            problems.append(.init(field: "start", message: "Enter a time between 00:00 and 23:59, e.g. 09:30."))
        }
        if a.lengthMinutes <= 0 {
            problems.append(.init(field: "length", message: "Enter a length in minutes, e.g. 30."))
        } else if a.startMinute + a.lengthMinutes > 1440 {
            problems.append(.init(field: "length", message: "The appointment would run past midnight: shorten it or start earlier."))
        }
        if a.purpose.isEmpty {
            problems.append(.init(field: "purpose", message: "Say what the appointment is for (e.g. Résumé review)."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return a
    }
}

extension Database {
    /// Inserts a validated appointment after checking its client, caseworker and site exist and the
    /// caseworker is free (unless `allowOverlap`). Used by booking, rescheduling and walk-ins.
    func insertBooking(_ appointment: inout Appointment, allowOverlap: Bool, by actor: StaffMember, at now: Date) throws {
        guard try Client.fetchOne(self, key: appointment.clientID) != nil else {
            throw StoreError.notFound(recordType: Client.databaseTableName, id: appointment.clientID)
        }
        guard let worker = try StaffMember.fetchOne(self, key: appointment.staffID), worker.isActive else {
            throw StoreError.invalid([.init(field: "caseworker", message: "Choose an active caseworker.")])
        }
        guard try Site.fetchOne(self, key: appointment.siteID) != nil else {
            throw StoreError.invalid([.init(field: "site", message: "Choose one of the agency's sites.")])
        }
        if !allowOverlap, let clash = try overlaps(for: appointment).first {
            throw StoreError.invalid([.init(field: "start", message: AppointmentText.overlap(clash, caseworker: worker.fullName))])
        }
        try insertAudited(&appointment, by: actor, at: now)
    }

    func overlaps(for appointment: Appointment) throws -> [DaySheetRow] {
        let start = appointment.startMinute, end = appointment.startMinute + appointment.lengthMinutes
        return try caseworkerDayRows(staffID: appointment.staffID, day: appointment.day).filter { row in
            row.id != appointment.id && row.appointment.status.holdsTime
                && row.appointment.startMinute < end && start < row.endMinute
        }
    }
}

extension AppointmentStatus {
    /// Whether the appointment still takes up the caseworker's time (for overlap checks).
    var holdsTime: Bool { self == .scheduled || self == .attended || self == .late }
}

/// Wording shared by the store's messages and the screens.
public enum AppointmentText {
    /// "09:30"
    public static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// "09:30–10:30"
    public static func span(_ row: DaySheetRow) -> String { "\(clock(row.appointment.startMinute))–\(clock(row.endMinute))" }

    static func overlap(_ clash: DaySheetRow, caseworker: String) -> String {
        "\(caseworker) already has \(clash.clientDisplayName) at \(span(clash)) on \(clash.appointment.day.medium): "
            + "choose another time, or confirm to double-book."
    }
}
