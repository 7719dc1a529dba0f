import CaseloadCore
import Foundation
import GRDB

/// A note as front desk may see it: who, when, how and what kind — never the body.
/// `subject` is filled only for roles that may read note bodies.
public struct CaseNoteHeader: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var clientID: Int64
    public var authorID: Int64
    public var authorName: String
    public var interactionAt: Date
    public var enteredAt: Date
    public var communication: String
    public var type: String
    public var subject: String?
    public var amends: Int64?
    /// A later note amends this one.
    public var isAmended: Bool
}

/// Case notes and contact attempts. Notes are never updated: a correction is a new note whose
/// `amends` names the original (a trigger refuses edits made any other way).
extension CaseloadDatabase {
    /// Newest first. Every role may list headers; only roles that read notes get subjects.
    public func noteHeaders(clientID: Int64, by staff: StaffMember) throws -> [CaseNoteHeader] {
        try read { db in
            let actor = try actingOnClient(staff, needs: .viewClientBasics, clientID: clientID, in: db)
            let withSubject = actor.role.allows(.readNoteBodies)
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.id, n.client_id, n.author_id, s.full_name, n.interaction_at, n.entered_at,
                       n.communication, n.type, n.subject, n.amends,
                       EXISTS (SELECT 1 FROM case_note a WHERE a.amends = n.id) AS is_amended
                FROM case_note n JOIN staff s ON s.id = n.author_id
                WHERE n.client_id = ?
                ORDER BY n.interaction_at DESC, n.id DESC
                """, arguments: [clientID])
            return try rows.map { row in
                CaseNoteHeader(
                    id: try row.decode(atIndex: 0), clientID: try row.decode(atIndex: 1),
                    authorID: try row.decode(atIndex: 2), authorName: try row.decode(atIndex: 3),
                    interactionAt: try row.decode(atIndex: 4), enteredAt: try row.decode(atIndex: 5),
                    communication: try row.decode(atIndex: 6), type: try row.decode(atIndex: 7),
                    subject: withSubject ? try row.decode(atIndex: 8) : nil, amends: try row.decode(atIndex: 9),
                    isAmended: try row.decode(atIndex: 10))
            }
        }
    }

    /// Full notes of a client, newest first. Refused to front desk.
    public func notes(clientID: Int64, by staff: StaffMember) throws -> [CaseNote] {
        try read { db in
            _ = try actingOnClient(staff, needs: .readNoteBodies, clientID: clientID, in: db)
            return try CaseNote.filter(CaseNote.Columns.clientID == clientID)
                .order(CaseNote.Columns.interactionAt.desc, CaseNote.Columns.id.desc)
                .fetchAll(db)
        }
    }

    /// One note with its body. Refused to front desk.
    public func note(id: Int64, by staff: StaffMember) throws -> CaseNote {
        try read { db in
            let actor = try acting(staff, needs: .readNoteBodies, in: db)
            guard let note = try CaseNote.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: CaseNote.databaseTableName, id: id)
            }
            try db.requireSiteAccess(actor, clientID: note.clientID)
            return note
        }
    }

    /// Adds a note written by the acting staff member (R-19: Communication and Type are required
    /// and must be active list entries). An amendment must name a note of the same client, and
    /// links its own plan item or appointment.
    public func addCaseNote(_ note: CaseNote, by staff: StaffMember) throws -> CaseNote {
        try write { db in
            let actor = try actingOnClient(staff, needs: .writeNotes, clientID: note.clientID, in: db)
            var note = note
            try db.insertCheckedNote(&note, by: actor)
            return note
        }
    }

    /// Records an attempt to reach a referred client, with its note when one is given (both, or neither).
    public func addContactAttempt(_ attempt: ContactAttempt, note: CaseNote? = nil,
                                  by staff: StaffMember) throws -> ContactAttempt {
        try write { db in
            let actor = try actingOnClient(staff, needs: .writeNotes, clientID: attempt.clientID, in: db)
            var attempt = attempt
            attempt.id = nil
            attempt.staffID = actor.id!
            try db.requireActive(.contactMethod, attempt.method)
            _ = try db.storedClient(attempt.clientID)
            if var note {
                note.clientID = attempt.clientID
                try db.insertCheckedNote(&note, by: actor)
                attempt.noteID = note.id
            }
            try db.insertAudited(&attempt, by: actor, at: Date())
            return attempt
        }
    }

    /// Contact attempts of a client, oldest first (the referral rules count them).
    public func contactAttempts(clientID: Int64) throws -> [ContactAttempt] {
        try read { db in
            try ContactAttempt.filter(ContactAttempt.Columns.clientID == clientID)
                .order(ContactAttempt.Columns.attemptedAt, ContactAttempt.Columns.id)
                .fetchAll(db)
        }
    }
}
