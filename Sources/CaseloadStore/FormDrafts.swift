import CaseloadCore
import Foundation
import GRDB

/// Unsaved typing kept for its author (see `FormDraft`). Only the author's own rows are ever read
/// or written: the key always includes the acting staff member.
extension CaseloadDatabase {
    /// Keeps each draft, replacing an older one for the same form and subject, in one transaction.
    public func keepDrafts(_ drafts: [FormDraft], by staff: StaffMember) throws {
        guard !drafts.isEmpty else { return }
        try write { db in
            let actor = try acting(staff, needs: nil, in: db)
            for draft in drafts {
                try db.execute(sql: """
                    INSERT INTO form_draft(staff_id, form, subject, fields, saved_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(staff_id, form, subject) DO UPDATE SET fields = excluded.fields, saved_at = excluded.saved_at
                    """, arguments: [actor.id, draft.key.form, draft.key.subject, try Self.json(draft.fields), draft.savedAt])
            }
        }
    }

    /// The acting staff member's draft for this form and subject, if one was kept.
    public func draft(_ key: FormDraft.Key, by staff: StaffMember) throws -> FormDraft? {
        try read { db in
            let actor = try acting(staff, needs: nil, in: db)
            guard let row = try Row.fetchOne(db, sql: "SELECT fields, saved_at FROM form_draft WHERE staff_id = ? AND form = ? AND subject = ?",
                                             arguments: [actor.id, key.form, key.subject]) else { return nil }
            let text: String = row["fields"]
            guard let data = text.data(using: .utf8),
                  let fields = try JSONSerialization.jsonObject(with: data) as? [String: String] else { return nil }
            return FormDraft(key: key, fields: fields, savedAt: row["saved_at"])
        }
    }

    /// Forgets the draft (it was offered back, saved, or thrown away). Writes only when there is one,
    /// so opening a form never makes other sessions refresh.
    public func discardDraft(_ key: FormDraft.Key, by staff: StaffMember) throws {
        guard let id = staff.id else { return }
        let exists = try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM form_draft WHERE staff_id = ? AND form = ? AND subject = ?)",
                              arguments: [id, key.form, key.subject]) ?? false
        }
        guard exists else { return }
        try write { db in
            let actor = try acting(staff, needs: nil, in: db)
            try db.execute(sql: "DELETE FROM form_draft WHERE staff_id = ? AND form = ? AND subject = ?",
                           arguments: [actor.id, key.form, key.subject])
        }
    }

    private static func json(_ fields: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }
}
