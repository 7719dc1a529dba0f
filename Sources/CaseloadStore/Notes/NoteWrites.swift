import CaseloadCore
import Foundation
import GRDB

/// What a note records beside its text, written in the same transaction as the note.
public enum NoteRecord: Hashable, Sendable {
    case none
    /// Type Consent: consent given or withdrawn, and to what.
    case consent(topic: String, isGiven: Bool)
    /// Type Contact Attempt: how the referred client was tried and what happened.
    case contactAttempt(method: String, result: ContactResult)
}

extension CaseNote {
    /// The Types whose notes carry a record. Seeded names; an administrator who renames them turns
    /// the extra fields off, never on for some other Type.
    public static let consentType = "Consent"
    public static let contactAttemptType = "Contact Attempt"
}

extension CaseloadDatabase {
    /// Saves a note from the note form with the record it documents, all in one transaction:
    /// when any part is refused nothing is saved. Links must name this client's own plan item or
    /// appointment; `zone` gives a consent record its calendar date.
    public func submitNote(_ note: CaseNote, recording record: NoteRecord = .none, zone: TimeZone,
                           by staff: StaffMember) throws -> CaseNote {
        try write { db in
            let actor = try actingOnClient(staff, needs: .writeNotes, clientID: note.clientID, in: db)
            try Self.checkRecord(record, type: note.type.trimmingCharacters(in: .whitespaces), isAmendment: note.amends != nil)
            var note = note
            try db.insertCheckedNote(&note, by: actor)
            switch record {
            case .none: break
            case let .consent(topic, isGiven):
                _ = try db.recordConsent(for: note, topic: topic, isGiven: isGiven, zone: zone, by: actor)
            case let .contactAttempt(method, result):
                try db.requireActive(.contactMethod, method)
                var attempt = ContactAttempt(clientID: note.clientID, staffID: actor.id!, attemptedAt: note.interactionAt,
                                             method: method, result: result, noteID: note.id)
                try db.insertAudited(&attempt, by: actor, at: note.enteredAt)
            }
            return note
        }
    }

    /// A record goes with its own Type only, and a new Consent note always records the consent.
    /// An amendment corrects text only: a second attempt or a consent change is a new note.
    static func checkRecord(_ record: NoteRecord, type: String, isAmendment: Bool) throws {
        switch record {
        case .consent where isAmendment, .contactAttempt where isAmendment:
            throw StoreError.invalid([.init(field: "amends", message: "An amendment corrects a note's text; record a consent change or another contact attempt with a new note.")])
        case .none where type == CaseNote.consentType && !isAmendment:
            throw StoreError.invalid([.init(field: "consentTopic", message: "Say what was consented to (R-19): consent notes update the consent record.")])
        case .consent where type != CaseNote.consentType:
            throw StoreError.invalid([.init(field: "type", message: "Consent is recorded only by a note of Type \(CaseNote.consentType) (R-19).")])
        case .contactAttempt where type != CaseNote.contactAttemptType:
            throw StoreError.invalid([.init(field: "type", message: "A contact attempt is recorded only by a note of Type \(CaseNote.contactAttemptType).")])
        default: break
        }
    }
}

extension Database {
    /// The note rules of `addCaseNote` (R-19 lists, a body, an amendment of the same client) plus
    /// links that must belong to the client. The store stamps author and entry time, never the caller.
    func insertCheckedNote(_ note: inout CaseNote, by actor: StaffMember) throws {
        note.id = nil
        note.authorID = actor.id!
        note.enteredAt = Date()
        note.communication = note.communication.trimmingCharacters(in: .whitespaces)
        note.type = note.type.trimmingCharacters(in: .whitespaces)
        try requireActive(.communication, note.communication)
        try requireActive(.noteType, note.type)
        if note.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StoreError.invalid([.init(field: "body", message: "Write what happened; an empty note is not saved.")])
        }
        let tooLong = [("subject", UnsafeCharacters.problem(in: note.subject, field: "The subject")
                                    ?? FieldLimits.problem(note.subject, label: "The subject", limit: FieldLimits.noteSubject)),
                       ("body", UnsafeCharacters.problem(in: note.body, field: "The note", multiLine: true)
                                    ?? FieldLimits.problem(note.body, label: "The note", limit: FieldLimits.noteBody))]
            .compactMap { field, problem in problem.map { FieldError(field: field, message: $0) } }
        if !tooLong.isEmpty { throw StoreError.invalid(tooLong) }
        _ = try storedClient(note.clientID)
        if let original = note.amends {
            guard let amended = try CaseNote.fetchOne(self, key: original), amended.clientID == note.clientID else {
                throw StoreError.invalid([.init(field: "amends", message: "The note being amended is not one of this client's notes.")])
            }
        }
        if let item = note.planItemID {
            let owner = try Int64.fetchOne(self, sql: """
                SELECT p.client_id FROM plan_item i JOIN action_plan p ON p.id = i.plan_id WHERE i.id = ?
                """, arguments: [item])
            guard owner == note.clientID else {
                throw StoreError.invalid([.init(field: "planItem", message: "That plan item is no longer in this client's plan: choose another or none.")])
            }
        }
        if let appointment = note.appointmentID {
            let owner = try Int64.fetchOne(self, sql: "SELECT client_id FROM appointment WHERE id = ?", arguments: [appointment])
            guard owner == note.clientID else {
                throw StoreError.invalid([.init(field: "appointment", message: "That appointment is no longer this client's: choose another or none.")])
            }
        }
        try insertAudited(&note, by: actor, at: note.enteredAt)
    }
}
