import CaseloadCore
import Foundation
import GRDB

extension CaseloadDatabase {
    /// §3a: closes a referral the client or the provider declined. Needs the reason (kept with the
    /// status change); refused unless the client is still `Referred`. A closed client raises no rule
    /// follow-ups; reopening works as for any closed file.
    public func closeAsDeclined(clientID: Int64, by decliner: ReferralDecliner, reason: String, on day: LocalDate,
                                by staff: StaffMember) throws -> Client {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.refused("reason", "Say why the referral was declined (for example: the client found work on their own).")
        }
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editClient, clientID: clientID, in: db)
            if let refusal = ClientLifecycle.declinedRefusal(status: try db.storedClient(clientID).status) {
                throw StoreError.refused("status", refusal)
            }
            let now = Date()
            try db.closeOpenPlan(ofClient: clientID, on: day, reason: ClientLifecycle.declinedClosureReason, by: actor, at: now)
            return try db.changeClientStatus(clientID, to: .closed, on: day,
                                             reason: ClientLifecycle.declinedReason(by: decliner, why: why), by: actor, at: now)
        }
    }
}
