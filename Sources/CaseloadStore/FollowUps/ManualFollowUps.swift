import CaseloadCore
import Foundation
import GRDB

/// Follow-ups made by hand: a title, a due day and an owner. Caseworkers add them for their own
/// clients (owned by themselves); supervisors and administrators for any client and any owner.
extension CaseloadDatabase {
    /// - Parameter ownerID: nil means the acting staff member.
    public func createManualFollowUp(clientID: Int64, title: String, dueOn: LocalDate, ownerID: Int64? = nil,
                                     by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> ManualFollowUp {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if title.isEmpty { problems.append(FieldError(field: "title", message: "Say what needs doing (it is the item's title).")) }
        if title.count > 200 { problems.append(FieldError(field: "title", message: "Keep the title under 200 characters; details go in a note.")) }
        if dueOn < today { problems.append(FieldError(field: "due", message: "Pick today (\(today.long)) or a later day.")) }
        guard problems.isEmpty else { throw StoreError.invalid(problems) }
        return try followUpWrite { db in
            let actor = try actingOnClient(staff, needs: .viewFollowUps, clientID: clientID, in: db)
            let client = try db.storedClient(clientID)
            let owner = ownerID ?? actor.id!
            if !actor.role.allows(.viewTeamFollowUps) {
                guard client.caseworkerID == actor.id else { throw FollowUpError.notYourClient(clientName: client.sortName) }
                guard owner == actor.id else { throw FollowUpError.notYours(ownerName: try StaffMember.fetchOne(db, key: owner)?.fullName) }
            }
            guard let member = try StaffMember.fetchOne(db, key: owner), member.isActive, member.role.allows(.viewFollowUps) else {
                throw StoreError.invalid([FieldError(field: "owner", message: "Choose an active caseworker, supervisor or administrator as owner.")])
            }
            let now = Date()
            var followUp = ManualFollowUp(clientID: client.id!, ownerID: member.id!, title: title, dueOn: dueOn, createdBy: actor.id!)
            try db.insertAudited(&followUp, by: actor, at: now)
            return followUp
        }
    }

    /// Completes a hand-made follow-up in its own row (versioned: a concurrent edit is refused).
    public func completeManualFollowUp(id: Int64, note: String, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            throw StoreError.invalid([FieldError(field: "note", message: "Say what was done, so the next person knows.")])
        }
        try followUpWrite { db in
            let actor = try acting(staff, needs: .viewFollowUps, in: db)
            guard var manual = try ManualFollowUp.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: ManualFollowUp.databaseTableName, id: id)
            }
            try db.requireMayAct(on: .manual(id), clientID: manual.clientID, actor: actor)
            if let done = manual.completedOn {
                throw FollowUpError.alreadyCompleted(by: nil, on: done)
            }
            manual.completedOn = today
            manual.completionNote = note
            try db.updateVersioned(&manual, by: actor, at: Date())
        }
    }
}
