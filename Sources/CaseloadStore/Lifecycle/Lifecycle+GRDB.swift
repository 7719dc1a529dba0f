import CaseloadCore
import Foundation
import GRDB

extension ReferralOutStatus: DatabaseValueConvertible {}

extension ClientStatusChange: AuditedRecord {
    public static let databaseTableName = "client_status_change"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", fromStatus = "from_status", toStatus = "to_status"
        case changedOn = "changed_on", reason, staffID = "staff_id", at
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), clientID: try row.at(C.clientID), fromStatus: try row.at(C.fromStatus),
                  toStatus: try row.at(C.toStatus), changedOn: try row.at(C.changedOn), reason: try row.at(C.reason),
                  staffID: try row.at(C.staffID), at: try row.at(C.at))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.fromStatus] = fromStatus
        container[C.toStatus] = toStatus; container[C.changedOn] = changedOn; container[C.reason] = reason
        container[C.staffID] = staffID; container[C.at] = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ReferralOut: VersionedRecord {
    public static let databaseTableName = "referral_out"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", partner, serviceType = "service_type", madeOn = "made_on", status
        case outcomeNote = "outcome_note", followUpOn = "follow_up_on", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), clientID: try row.at(C.clientID), partner: try row.at(C.partner),
                  serviceType: try row.at(C.serviceType), madeOn: try row.at(C.madeOn), status: try row.at(C.status),
                  outcomeNote: try row.at(C.outcomeNote), followUpOn: try row.at(C.followUpOn), version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.partner] = partner
        container[C.serviceType] = serviceType; container[C.madeOn] = madeOn; container[C.status] = status
        container[C.outcomeNote] = outcomeNote; container[C.followUpOn] = followUpOn; container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
