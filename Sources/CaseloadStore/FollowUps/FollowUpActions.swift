import CaseloadCore
import Foundation
import GRDB

/// What people do to follow-ups: complete one (with a note) or snooze it to a later day (with a
/// reason). A computed item is never stored, so completing or snoozing it records a
/// `FollowUpAction` by its key; a hand-made follow-up is completed in its own row. Both audited.
extension CaseloadDatabase {
    /// Caseworkers act on their own clients' items; supervisors and administrators on anyone's.
    public func completeFollowUp(_ item: DueItem, note: String, by staff: StaffMember, today: LocalDate = .today()) throws {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else { throw StoreError.invalid([FieldError(field: "note", message: "Say what was done, so the next person knows.")]) }
        try write { db in
            let actor = try acting(staff, needs: .viewFollowUps, in: db)
            try db.requireOwnership(item, actor: actor)
            let now = Date()
            if item.rule == .manual {
                guard var manual = try ManualFollowUp.fetchOne(db, key: item.itemKey.id) else {
                    throw StoreError.notFound(recordType: "manual_follow_up", id: item.itemKey.id)
                }
                manual.completedOn = today; manual.completionNote = note
                try db.updateVersioned(&manual, by: actor, at: now)
            } else {
                var action = FollowUpAction(itemKey: item.key, kind: .completed, reason: note, staffID: actor.id!, at: now)
                try db.insertAudited(&action, by: actor, at: now)
            }
        }
    }

    /// Moves an item to a later day; it comes back then. The reason is kept and shown in its explanation.
    public func snoozeFollowUp(_ item: DueItem, until day: LocalDate, reason: String, by staff: StaffMember,
                               today: LocalDate = .today()) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if day <= today { problems.append(FieldError(field: "until", message: "Snooze to a day after today.")) }
        if reason.isEmpty { problems.append(FieldError(field: "reason", message: "Give a reason: it is shown with the item and audited.")) }
        guard problems.isEmpty else { throw StoreError.invalid(problems) }
        try write { db in
            let actor = try acting(staff, needs: .viewFollowUps, in: db)
            try db.requireOwnership(item, actor: actor)
            let now = Date()
            var action = FollowUpAction(itemKey: item.key, kind: .snoozed, snoozedUntil: day, reason: reason, staffID: actor.id!, at: now)
            try db.insertAudited(&action, by: actor, at: now)
        }
    }
}

extension Database {
    /// Someone else's queue is read-only for a caseworker.
    func requireOwnership(_ item: DueItem, actor: StaffMember) throws {
        if actor.role.allows(.viewTeamFollowUps) { return }
        guard item.ownerID == actor.id else { throw StoreError.notPermitted(.viewTeamFollowUps) }
    }
}
