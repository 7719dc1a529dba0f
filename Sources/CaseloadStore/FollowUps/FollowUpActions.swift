import CaseloadCore
import Foundation
import GRDB

/// What people do to follow-ups: complete one (with a note) or snooze it to a later day (with a
/// reason). A computed item is never stored, so completing or snoozing it records a
/// `FollowUpAction` by its key; a hand-made follow-up is completed in its own row. All audited.
/// Caseworkers act on their own items; supervisors and administrators on anyone's.
extension CaseloadDatabase {
    public func completeFollowUp(_ item: DueItem, note: String, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty else {
            throw StoreError.invalid([FieldError(field: "note", message: "Say what was done, so the next person knows.")])
        }
        if item.rule == .financialSupportApproval {
            // The support would stay Submitted: the item clears when the SSM's decision is recorded.
            throw StoreError.invalid([FieldError(field: "rule", message:
                "This item clears when a supervisor records the SSM's decision (approve or decline in the approval queue), not by completing it.")])
        }
        if item.itemKey.subject == .checkpoint {
            // only recording the checkpoint (with its evidence) satisfies it, or a snooze moves it.
            throw StoreError.refused("note", "A checkpoint is done only by recording it with its evidence: open the checkpoint form, or snooze the item.")
        }
        if item.rule == .manual {
            try completeManualFollowUp(id: item.itemKey.id, note: note, by: staff, today: today)
            return
        }
        try followUpWrite { db in
            let actor = try acting(staff, needs: .viewFollowUps, in: db)
            try db.requireMayAct(on: item.itemKey, clientID: item.clientID, actor: actor)
            if let done = try db.existingCompletion(of: item.key) {
                throw FollowUpError.alreadyCompleted(by: done.by, on: LocalDate(done.on, in: FollowUpEngine.agencyTimeZone))
            }
            let now = Date()
            var action = FollowUpAction(itemKey: item.key, kind: .completed, reason: note, staffID: actor.id!, at: now)
            try db.insertAudited(&action, by: actor, at: now)
        }
    }

    /// Moves an item to a later day; it comes back then, and its explanation says why it moved.
    public func snoozeFollowUp(_ item: DueItem, until day: LocalDate, reason: String, by staff: StaffMember,
                               today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if day <= today { problems.append(FieldError(field: "until", message: "Snooze to a day after today (\(today.long)).")) }
        if reason.isEmpty { problems.append(FieldError(field: "reason", message: "Give a reason: it is shown with the item and audited.")) }
        guard problems.isEmpty else { throw StoreError.invalid(problems) }
        try followUpWrite { db in
            let actor = try acting(staff, needs: .viewFollowUps, in: db)
            try db.requireMayAct(on: item.itemKey, clientID: item.clientID, actor: actor)
            let now = Date()
            var action = FollowUpAction(itemKey: item.key, kind: .snoozed, snoozedUntil: day, reason: reason,
                                        staffID: actor.id!, at: now)
            try db.insertAudited(&action, by: actor, at: now)
        }
    }

    /// What people did to one item (completions and snoozes), oldest first: the audit beside the queue.
    public func followUpActions(itemKey: String) throws -> [FollowUpAction] {
        try read { db in
            try FollowUpAction.filter(FollowUpAction.Columns.itemKey == itemKey)
                .order(FollowUpAction.Columns.at, FollowUpAction.Columns.id).fetchAll(db)
        }
    }
}
