import CaseloadCore
import Foundation
import GRDB

extension Appointment: VersionedRecord {
    public static let databaseTableName = "appointment"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", staffID = "staff_id", siteID = "site_id", day
        case startMinute = "start_minute", lengthMinutes = "length_minutes", purpose, status
        case statusReason = "status_reason", cancelledBy = "cancelled_by", checkedInAt = "checked_in_at"
        case isWalkIn = "is_walk_in", rescheduledTo = "rescheduled_to", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), staffID: try row.at(C.staffID),
            siteID: try row.at(C.siteID), day: try row.at(C.day), startMinute: try row.at(C.startMinute),
            lengthMinutes: try row.at(C.lengthMinutes), purpose: try row.at(C.purpose),
            status: try row.at(C.status), statusReason: try row.at(C.statusReason),
            cancelledBy: try row.at(C.cancelledBy), checkedInAt: try row.at(C.checkedInAt),
            isWalkIn: try row.at(C.isWalkIn), rescheduledTo: try row.at(C.rescheduledTo),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.staffID] = staffID
        container[C.siteID] = siteID; container[C.day] = day; container[C.startMinute] = startMinute
        container[C.lengthMinutes] = lengthMinutes; container[C.purpose] = purpose
        container[C.status] = status; container[C.statusReason] = statusReason
        container[C.cancelledBy] = cancelledBy; container[C.checkedInAt] = checkedInAt
        container[C.isWalkIn] = isWalkIn; container[C.rescheduledTo] = rescheduledTo
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ManualFollowUp: VersionedRecord {
    public static let databaseTableName = "manual_follow_up"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", ownerID = "owner_id", title, dueOn = "due_on"
        case createdBy = "created_by", completedOn = "completed_on", completionNote = "completion_note"
        case version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), ownerID: try row.at(C.ownerID),
            title: try row.at(C.title), dueOn: try row.at(C.dueOn), createdBy: try row.at(C.createdBy),
            completedOn: try row.at(C.completedOn), completionNote: try row.at(C.completionNote),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.ownerID] = ownerID
        container[C.title] = title; container[C.dueOn] = dueOn; container[C.createdBy] = createdBy
        container[C.completedOn] = completedOn; container[C.completionNote] = completionNote
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension FollowUpAction: AuditedRecord {
    public static let databaseTableName = "follow_up_action"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, itemKey = "item_key", kind, snoozedUntil = "snoozed_until", reason, staffID = "staff_id"
        case at
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), itemKey: try row.at(C.itemKey), kind: try row.at(C.kind),
            snoozedUntil: try row.at(C.snoozedUntil), reason: try row.at(C.reason),
            staffID: try row.at(C.staffID), at: try row.at(C.at))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.itemKey] = itemKey; container[C.kind] = kind
        container[C.snoozedUntil] = snoozedUntil; container[C.reason] = reason; container[C.staffID] = staffID
        container[C.at] = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
