import CaseloadCore
import GRDB

/// A record the store inserts with an audit row. The audit row and the store's messages name it by
/// its `databaseTableName`.
protocol AuditedRecord: FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
}

/// A record guarded by optimistic concurrency: `version` goes up by one on every saved update.
protocol VersionedRecord: AuditedRecord {
    var version: Int { get set }
}

// Enums are stored as their raw values; the tables' CHECK constraints list the same values.
extension ClientStatus: DatabaseValueConvertible {}
extension ReferralSource: DatabaseValueConvertible {}
extension PlanStatus: DatabaseValueConvertible {}
extension PlanItemOutcome: DatabaseValueConvertible {}
extension AppointmentStatus: DatabaseValueConvertible {}
extension CancelledBy: DatabaseValueConvertible {}
extension ContactResult: DatabaseValueConvertible {}
extension CheckpointMonth: DatabaseValueConvertible {}
extension SupportRecipient: DatabaseValueConvertible {}
extension SupportStatus: DatabaseValueConvertible {}
extension FollowUpActionKind: DatabaseValueConvertible {}
extension StaffRole: DatabaseValueConvertible {}
extension ValueListKind: DatabaseValueConvertible {}

extension Row {
    /// Throwing read: a bad value in the file becomes an error, never a crash.
    func at<Value: DatabaseValueConvertible>(_ column: some ColumnExpression) throws -> Value {
        try decode(Value.self, forColumn: column)
    }
}
