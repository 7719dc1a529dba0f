import CaseloadCore
import Foundation
import GRDB

/// Referrals to other services and supports. Front desk sees none of it: reading needs
/// `.viewActionPlan`, writing `.editActionPlan`.
extension CaseloadDatabase {
    /// Inserts a new referral (no id) or saves an edited one (version checked). The service type
    /// must be an active entry of its list (an edited referral may keep a retired one).
    public func saveReferralOut(_ referral: ReferralOut, today: LocalDate, by staff: StaffMember) throws -> ReferralOut {
        var referral = ReferralOut.normalized(referral)
        let problems = ReferralOut.validate(referral, today: today)
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editActionPlan, clientID: referral.clientID, in: db)
            _ = try db.storedClient(referral.clientID)
            let now = Date()
            guard let id = referral.id else {
                try db.requireNotClosed(referral.clientID, doing: "making a referral")
                try db.requireActive(.referralServiceType, referral.serviceType)
                referral.version = 0
                try db.insertAudited(&referral, by: actor, at: now)
                return referral
            }
            guard let stored = try ReferralOut.fetchOne(db, key: id), stored.clientID == referral.clientID else {
                throw StoreError.notFound(recordType: ReferralOut.databaseTableName, id: id)
            }
            try db.requireVersion(stored, matches: referral)
            if stored.serviceType != referral.serviceType { try db.requireActive(.referralServiceType, referral.serviceType) }
            try db.updateVersioned(&referral, by: actor, at: now)
            return referral
        }
    }

    /// The client's referrals out, latest first.
    public func referralsOut(clientID: Int64, by staff: StaffMember) throws -> [ReferralOut] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewActionPlan, clientID: clientID, in: db)
            return try ReferralOut.filter(ReferralOut.Columns.clientID == clientID)
                .order(ReferralOut.Columns.madeOn.desc, ReferralOut.Columns.id.desc).fetchAll(db)
        }
    }
}
