import CaseloadCore
import Foundation
import GRDB

/// Client status: every change is one versioned update of the client, a `client_status_change`
/// row with its day and reason, and their audit rows, inside the write that caused it.
extension Database {
    /// Moves the client to `status` (nothing when it is there already) and records why.
    @discardableResult
    func changeClientStatus(_ clientID: Int64, to status: ClientStatus, on day: LocalDate, reason: String,
                            by actor: StaffMember, at now: Date) throws -> Client {
        var client = try storedClient(clientID)
        guard client.status != status else { return client }
        var change = ClientStatusChange(clientID: clientID, fromStatus: client.status, toStatus: status,
                                        changedOn: day, reason: reason, staffID: actor.id, at: now)
        client.status = status
        client.updatedAt = now
        try updateVersioned(&client, by: actor, at: now)
        try insertAudited(&change, by: actor, at: now)
        return client
    }

    /// The status a new client starts with, recorded as the first change.
    func recordInitialStatus(of client: Client, on day: LocalDate, by actor: StaffMember, at now: Date) throws {
        var change = ClientStatusChange(clientID: client.id!, fromStatus: nil, toStatus: client.status, changedOn: day,
                                        reason: ClientLifecycle.intakeReason(source: client.referralSource,
                                                                             receivedOn: client.referralReceivedOn),
                                        staffID: actor.id, at: now)
        try insertAudited(&change, by: actor, at: now)
    }

    /// Applies a lifecycle step's verdict, if it has one.
    func apply(_ step: (ClientStatus, String)?, clientID: Int64, on day: LocalDate, by actor: StaffMember, at now: Date) throws {
        guard let (status, reason) = step else { return }
        try changeClientStatus(clientID, to: status, on: day, reason: reason, by: actor, at: now)
    }

    /// Refuses work on a closed file until it is reopened.
    func requireNotClosed(_ clientID: Int64, doing what: String) throws {
        if try storedClient(clientID).status == .closed {
            throw StoreError.refused("status", ClientLifecycle.closedRefusal(what))
        }
    }

    /// The business days of the client's site (its closure days and the observed-substitutes setting).
    func businessCalendar(siteID: Int64?) throws -> BusinessCalendar {
        let closures = try ClosureDay.fetchAll(self)
        let substitutes = try String.fetchOne(self, sql: "SELECT value FROM setting WHERE key = ?",
                                              arguments: [Setting.observedSubstitutes.rawValue]).map { $0 == "1" } ?? true
        return BusinessCalendar(observesSubstitutes: substitutes, closures: closures, siteID: siteID)
    }
}

extension CaseloadDatabase {
    /// The client's status changes, oldest first (the profile shows the latest with its day and reason).
    public func statusHistory(clientID: Int64, by staff: StaffMember) throws -> [ClientStatusChange] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientBasics, clientID: clientID, in: db)
            return try ClientStatusChange.filter(ClientStatusChange.Columns.clientID == clientID)
                .order(ClientStatusChange.Columns.id).fetchAll(db)
        }
    }

    /// Whether R-03 allows closing this referral as unable to contact on `day`, and why (or why not).
    public func unableToContactDecision(clientID: Int64, on day: LocalDate, by staff: StaffMember) throws -> RuleDecision {
        try read { db in
            _ = try actingOnClient(staff, needs: .editClient, clientID: clientID, in: db)
            return try db.unableToContactDecision(clientID: clientID, on: day)
        }
    }

    /// closes a RASP/TRF referral nobody could reach. Refused, with the rule's reason, unless 10
    /// business days have passed since receipt and 2 attempts are recorded, none reaching the client.
    public func closeAsUnableToContact(clientID: Int64, on day: LocalDate, by staff: StaffMember) throws -> Client {
        try write { db in
            let actor = try actingOnClient(staff, needs: .editClient, clientID: clientID, in: db)
            let decision = try db.unableToContactDecision(clientID: clientID, on: day)
            guard decision.isAllowed else { throw StoreError.refused("status", decision.message) }
            let now = Date()
            try db.closeOpenPlan(ofClient: clientID, on: day, reason: ClientLifecycle.unableToContactReason, by: actor, at: now)
            return try db.changeClientStatus(clientID, to: .closed, on: day,
                                             reason: "\(ClientLifecycle.unableToContactReason) (R-03): " + decision.message,
                                             by: actor, at: now)
        }
    }

    /// Reopens a returning client: a new EAP, status `Active`; every earlier record stays.
    public func reopenClient(clientID: Int64, goal: String?, on day: LocalDate, reason: String,
                             by staff: StaffMember) throws -> ActionPlan {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.refused("reason", "Say why the file is reopened (for example: the client came back looking for work).")
        }
        let goal = goal?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editActionPlan, clientID: clientID, in: db)
            let client = try db.storedClient(clientID)
            if let refusal = ClientLifecycle.reopenRefusal(status: client.status) {
                throw StoreError.refused("status", refusal)
            }
            let now = Date()
            var plan = ActionPlan(clientID: clientID, goal: goal?.isEmpty == false ? goal : nil, openedOn: day)
            try db.insertAudited(&plan, by: actor, at: now)
            try db.changeClientStatus(clientID, to: .active, on: day, reason: "Reopened: \(reason)", by: actor, at: now)
            return plan
        }
    }
}

extension Database {
    func unableToContactDecision(clientID: Int64, on day: LocalDate) throws -> RuleDecision {
        let client = try storedClient(clientID)
        if let refusal = ClientLifecycle.unableToContactRefusal(status: client.status, source: client.referralSource,
                                                                received: client.referralReceivedOn) {
            return .refused(refusal)
        }
        let attempts = try ContactAttempt.filter(ContactAttempt.Columns.clientID == clientID).fetchAll(self)
        return UnableToContactRule.canClose(received: client.referralReceivedOn!, attempts: attempts, asOf: day,
                                            calendar: try businessCalendar(siteID: client.siteID))
    }
}
