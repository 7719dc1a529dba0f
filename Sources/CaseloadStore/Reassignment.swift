import CaseloadCore
import Foundation
import GRDB

/// What moves with a client to a new caseworker: the appointments still to come with the old one,
/// and the hand-made follow-ups the old one still has open for the client. Shown before a
/// reassignment so the supervisor knows what the new caseworker inherits.
public struct OpenWork: Hashable, Sendable {
    public var appointments: [Appointment] = []
    public var followUps: [ManualFollowUp] = []

    public init(appointments: [Appointment] = [], followUps: [ManualFollowUp] = []) {
        self.appointments = appointments; self.followUps = followUps
    }

    public var isEmpty: Bool { appointments.isEmpty && followUps.isEmpty }

    /// "2 appointments (Tue 20 Jan 10:00, Thu 22 Jan 14:30) and 1 follow-up (Call about the job fair)".
    public var summary: String {
        var parts: [String] = []
        if !appointments.isEmpty {
            let when = appointments.map { "\($0.day.medium) \($0.startText)" }.joined(separator: ", ")
            parts.append("\(appointments.count) appointment\(appointments.count == 1 ? "" : "s") (\(when))")
        }
        if !followUps.isEmpty {
            let what = followUps.map(\.title).joined(separator: "; ")
            parts.append("\(followUps.count) follow-up\(followUps.count == 1 ? "" : "s") (\(what))")
        }
        return parts.isEmpty ? "no open appointments or follow-ups" : parts.joined(separator: " and ")
    }
}

/// A reassignment done: the client as saved and what moved with them.
public struct Reassignment: Hashable, Sendable {
    public var client: Client
    public var moved: OpenWork
}

extension CaseloadDatabase {
    /// The open work that would move if `clientID` left its caseworker today (supervisors).
    public func openWork(clientID: Int64, today: LocalDate, by staff: StaffMember) throws -> OpenWork {
        try read { db in
            _ = try acting(staff, needs: .reassignClient, in: db)
            let client = try db.storedClient(clientID)
            return try db.openWork(of: client, today: today)
        }
    }

    /// Moves a client to another caseworker (supervisors only), with the reason kept in the audit
    /// trail, and with them the open work of `openWork` (each moved row audited as well).
    /// - Throws: `invalid` (reason, caseworker), `staleVersion`, `notPermitted`.
    public func reassignClient(_ client: Client, toCaseworker caseworkerID: Int64?, reason: String, today: LocalDate,
                               now: Date = Date(), by staff: StaffMember) throws -> Reassignment {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid([.init(field: "reason", message: "Say why the client moves (e.g. Caseload balancing).")])
        }
        return try write { db in
            let actor = try acting(staff, needs: .reassignClient, in: db)
            let stored = try db.storedClient(client.id)
            try db.requireVersion(stored, matches: client)
            return try db.reassign(stored, to: caseworkerID, reason: reason, today: today, now: now, by: actor)
        }
    }
}

extension Database {
    func openWork(of client: Client, today: LocalDate) throws -> OpenWork {
        guard let clientID = client.id else { return OpenWork() }
        var appointments = Appointment
            .filter(Appointment.Columns.clientID == clientID && Appointment.Columns.status == AppointmentStatus.scheduled.rawValue)
            .filter(Appointment.Columns.day >= today)
        var followUps = ManualFollowUp
            .filter(ManualFollowUp.Columns.clientID == clientID && ManualFollowUp.Columns.completedOn == nil)
        if let old = client.caseworkerID {
            appointments = appointments.filter(Appointment.Columns.staffID == old)
            followUps = followUps.filter(ManualFollowUp.Columns.ownerID == old)
        }
        return OpenWork(
            appointments: try appointments.order(Appointment.Columns.day, Appointment.Columns.startMinute).fetchAll(self),
            followUps: try followUps.order(ManualFollowUp.Columns.dueOn, ManualFollowUp.Columns.id).fetchAll(self))
    }

    /// The reassignment inside the caller's transaction (one client; `transferCaseload` runs many).
    func reassign(_ stored: Client, to caseworkerID: Int64?, reason: String, today: LocalDate, now: Date,
                  by actor: StaffMember) throws -> Reassignment {
        if let caseworkerID, try StaffMember.fetchOne(self, key: caseworkerID)?.isActive != true {
            throw StoreError.invalid([.init(field: "caseworker", message: "Choose an active staff member.")])
        }
        if stored.caseworkerID == caseworkerID { return Reassignment(client: stored, moved: OpenWork()) }
        let work = try openWork(of: stored, today: today)
        var updated = stored
        updated.caseworkerID = caseworkerID
        updated.updatedAt = now
        try updateVersioned(&updated, by: actor, at: now)
        if let caseworkerID {
            for var appointment in work.appointments {
                appointment.staffID = caseworkerID
                try updateVersioned(&appointment, by: actor, at: now)
            }
            for var followUp in work.followUps {
                followUp.ownerID = caseworkerID
                try updateVersioned(&followUp, by: actor, at: now)
            }
        }
        try appendAudit(.update, recordType: "client_reassignment", recordID: stored.id, changes: AuditJSON.values([
            "from_caseworker_id": stored.caseworkerID.databaseValue, "to_caseworker_id": caseworkerID.databaseValue,
            "reason": reason.databaseValue,
            "moved_appointments": (caseworkerID == nil ? 0 : work.appointments.count).databaseValue,
            "moved_follow_ups": (caseworkerID == nil ? 0 : work.followUps.count).databaseValue,
        ]), by: actor.id, at: now)
        return Reassignment(client: updated, moved: caseworkerID == nil ? OpenWork() : work)
    }
}
