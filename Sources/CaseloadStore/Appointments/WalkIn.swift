import CaseloadCore
import Foundation
import GRDB

/// Walk-ins: an appointment created at check-in, for a client found by search or registered on the
/// spot (a minimal record that passes the same intake rules: no placeholders). One transaction, so
/// a refused check-in never leaves a half-registered client behind.
extension CaseloadDatabase {
    public struct WalkInResult: Hashable, Sendable {
        /// The client, as stored (new or existing): name, date of birth and phone only.
        public var client: ClientSummary
        public var appointment: Appointment
        public var isNewClient: Bool
    }

    /// Registers `newClient` (when given; else uses `clientID`) and checks them in now with `staffID`
    /// at `siteID`: an Attended walk-in appointment starting at `startMinute` on `day`.
    /// - Throws: `invalid` (intake problems by field: firstName, lastName, dateOfBirth, phone; or the
    ///   booking's), `exactDuplicate` (a new client like an existing one, unless `allowingDuplicate`:
    ///   checked in the transaction, so two terminals cannot both register the same person), `notPermitted`.
    public func checkInWalkIn(clientID: Int64? = nil, newClient: Client? = nil, staffID: Int64, siteID: Int64,
                              day: LocalDate, startMinute: Int, lengthMinutes: Int = 30, purpose: String = "Walk-in",
                              now: Date = Date(), by staff: StaffMember, allowingDuplicate: Bool = false,
                              duplicateReason: String? = nil) throws -> WalkInResult {
        var client = try newClient.map { try Self.validatedWalkIn($0, today: day) }
        var appointment = try Self.validatedBooking(Appointment(
            clientID: clientID ?? 0, staffID: staffID, siteID: siteID, day: day, startMinute: startMinute,
            lengthMinutes: min(lengthMinutes, 1440 - startMinute), purpose: purpose, status: .attended,
            checkedInAt: now, isWalkIn: true))
        return try write { db in
            let actor = try acting(staff, needs: .registerWalkIn, in: db)
            _ = try acting(staff, needs: .manageAppointments, in: db)
            if var fresh = client {
                fresh.id = nil; fresh.version = 0; fresh.camsReference = nil
                fresh.caseworkerID = fresh.caseworkerID ?? staffID
                fresh.siteID = fresh.siteID ?? siteID
                fresh.createdAt = now; fresh.updatedAt = now
                let matched = try db.requireNoExactDuplicate(of: fresh, allowingDuplicate: allowingDuplicate, reason: duplicateReason)
                try db.insertAudited(&fresh, by: actor, at: now)
                try db.keepDuplicateConfirmation(clientID: fresh.id!, matched: matched, reason: duplicateReason, by: actor, at: now)
                client = fresh
                appointment.clientID = fresh.id!
            } else if let clientID {
                try db.requireSiteAccess(actor, clientID: clientID)
            } else {
                throw StoreError.invalid([.init(field: "client", message: "Choose the client, or register a new one.")])
            }
            // A walk-in is seen when a caseworker is free: overlaps are the caseworker's call, not a refusal.
            try db.insertBooking(&appointment, allowOverlap: true, by: actor, at: now)
            guard let summary = try ClientSummary.fetchOne(db, Client.summaries().filter(key: appointment.clientID)) else {
                throw StoreError.notFound(recordType: Client.databaseTableName, id: appointment.clientID)
            }
            return WalkInResult(client: summary, appointment: appointment, isNewClient: newClient != nil)
        }
    }

    /// The intake rules, plus a date of birth: with only a name to go on, the next search could not
    /// tell two people apart.
    static func validatedWalkIn(_ client: Client, today: LocalDate) throws -> Client {
        do {
            let valid = try validatedIntake(client, today: today)
            if valid.dateOfBirth == nil { throw StoreError.invalid([Self.birthDateNeeded]) }
            return valid
        } catch StoreError.invalid(var problems) {
            if client.dateOfBirth == nil, !problems.contains(where: { $0.field == "dateOfBirth" }) {
                problems.append(Self.birthDateNeeded)
            }
            throw StoreError.invalid(problems)
        }
    }

    static let birthDateNeeded = FieldError(field: "dateOfBirth",
                                            message: "Enter the date of birth: it tells clients with the same name apart.")
}
