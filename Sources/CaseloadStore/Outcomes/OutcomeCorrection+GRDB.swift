import CaseloadCore
import GRDB

extension OutcomeCorrection.RecordType: DatabaseValueConvertible {}

extension OutcomeCorrection: AuditedRecord {
    public static let databaseTableName = "outcome_correction"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", recordType = "record_type", recordID = "record_id", what, reason
        case staffID = "staff_id", at
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), clientID: try row.at(C.clientID), recordType: try row.at(C.recordType),
                  recordID: try row.at(C.recordID), what: try row.at(C.what), reason: try row.at(C.reason),
                  staffID: try row.at(C.staffID), at: try row.at(C.at))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.recordType] = recordType
        container[C.recordID] = recordID; container[C.what] = what; container[C.reason] = reason
        container[C.staffID] = staffID; container[C.at] = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
