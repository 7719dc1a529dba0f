import CaseloadCore
import Foundation
import GRDB

/// Who answers for an item, read from the file rather than from the caller's copy of the queue, so
/// a stale screen (or a hand-made call) cannot act on another caseworker's work.
extension Database {
    /// A hand-made follow-up's owner; for a computed item, the client's caseworker (nil: unassigned).
    func followUpOwner(of key: FollowUpKey, clientID: Int64) throws -> Int64? {
        if key.rule == .manual {
            guard let manual = try ManualFollowUp.fetchOne(self, key: key.id) else {
                throw StoreError.notFound(recordType: ManualFollowUp.databaseTableName, id: key.id)
            }
            return manual.ownerID
        }
        return try storedClient(clientID).caseworkerID
    }

    /// Supervisors and administrators act on anyone's items; a caseworker only on their own.
    func requireMayAct(on key: FollowUpKey, clientID: Int64, actor: StaffMember) throws {
        if actor.role.allows(.viewTeamFollowUps) { return }
        let owner = try followUpOwner(of: key, clientID: clientID)
        guard let owner, owner == actor.id else {
            let name = try owner.flatMap { try StaffMember.fetchOne(self, key: $0)?.fullName }
            throw FollowUpError.notYours(ownerName: name)
        }
    }

    /// A completion already recorded for the key, with who did it.
    func existingCompletion(of key: String) throws -> (by: String, on: Date)? {
        let row = try Row.fetchOne(self, sql: """
            SELECT s.full_name, a.at FROM follow_up_action a JOIN staff s ON s.id = a.staff_id
            WHERE a.item_key = ? AND a.kind = 'completed' ORDER BY a.at LIMIT 1
            """, arguments: [key])
        return try row.map { (try $0.decode(String.self, atIndex: 0), try $0.decode(Date.self, atIndex: 1)) }
    }
}
