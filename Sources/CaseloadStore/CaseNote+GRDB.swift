import CaseloadCore
import Foundation
import GRDB

// Case notes have no version: they are never updated (amendments are new notes).

extension CaseNote: AuditedRecord {
    public static let databaseTableName = "case_note"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", authorID = "author_id", interactionAt = "interaction_at"
        case enteredAt = "entered_at", communication, type, subject, body, amends
        case planItemID = "plan_item_id", appointmentID = "appointment_id"
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), authorID: try row.at(C.authorID),
            interactionAt: try row.at(C.interactionAt), enteredAt: try row.at(C.enteredAt),
            communication: try row.at(C.communication), type: try row.at(C.type),
            subject: try row.at(C.subject), body: try row.at(C.body), amends: try row.at(C.amends),
            planItemID: try row.at(C.planItemID), appointmentID: try row.at(C.appointmentID))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.authorID] = authorID
        container[C.interactionAt] = interactionAt; container[C.enteredAt] = enteredAt
        container[C.communication] = communication; container[C.type] = type; container[C.subject] = subject
        container[C.body] = body; container[C.amends] = amends; container[C.planItemID] = planItemID
        container[C.appointmentID] = appointmentID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ContactAttempt: AuditedRecord {
    public static let databaseTableName = "contact_attempt"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", staffID = "staff_id", attemptedAt = "attempted_at", method, result
        case noteID = "note_id"
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), staffID: try row.at(C.staffID),
            attemptedAt: try row.at(C.attemptedAt), method: try row.at(C.method), result: try row.at(C.result),
            noteID: try row.at(C.noteID))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.staffID] = staffID
        container[C.attemptedAt] = attemptedAt; container[C.method] = method; container[C.result] = result
        container[C.noteID] = noteID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ConsentRecord: AuditedRecord {
    public static let databaseTableName = "consent_record"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", recordedOn = "recorded_on", topic, isGiven = "is_given"
        case noteID = "note_id"
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), recordedOn: try row.at(C.recordedOn),
            topic: try row.at(C.topic), isGiven: try row.at(C.isGiven), noteID: try row.at(C.noteID))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.recordedOn] = recordedOn
        container[C.topic] = topic; container[C.isGiven] = isGiven; container[C.noteID] = noteID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
