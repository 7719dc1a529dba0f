import CaseloadCore
import Foundation
import GRDB

/// The append-only audit trail. Rows are only ever added, in the same transaction as the change
/// they describe (triggers refuse UPDATE and DELETE of audit rows).
enum AuditAction: String {
    case insert, update, delete
}

extension Database {
    func appendAudit(_ action: AuditAction, recordType: String, recordID: Int64?, changes: String,
                     by staffID: Int64?, at now: Date) throws {
        var entry = AuditEntry(at: now, staffID: staffID, action: action.rawValue, recordType: recordType,
                               recordID: recordID, changes: changes, login: ProcessLogin.name)
        try entry.insert(self)
    }

    /// Who last touched a record and when, for the stale-version message.
    func lastChange(recordType: String, recordID: Int64) throws -> (by: String?, at: Date)? {
        let row = try Row.fetchOne(self, sql: """
            SELECT audit.at, staff.full_name FROM audit LEFT JOIN staff ON staff.id = audit.staff_id
            WHERE audit.record_type = ? AND audit.record_id = ? ORDER BY audit.id DESC LIMIT 1
            """, arguments: [recordType, recordID])
        guard let row else { return nil }
        return (try row.decode(String?.self, atIndex: 1), try row.decode(Date.self, atIndex: 0))
    }
}

/// The `changes` column: JSON objects with sorted keys, values as SQLite holds them.
enum AuditJSON {
    /// An insert or delete: every column's value, empty (NULL) columns left out: a missing key is
    /// an empty column. Half of a new checkpoint's columns are empty until it is recorded, and the
    /// audit rows are the bulk of what an import writes.
    static func values(_ columns: [String: DatabaseValue]) throws -> String {
        try encode(columns.filter { !$0.value.isNull }.mapValues(jsonValue))
    }

    /// An update: `{"field": [old, new]}` for the changed fields only.
    static func changes(from old: [String: DatabaseValue], to new: [String: DatabaseValue], fields: [String]) throws -> String {
        var object: [String: Any] = [:]
        for field in fields {
            object[field] = [jsonValue(old[field] ?? .null), jsonValue(new[field] ?? .null)]
        }
        return try encode(object)
    }

    static func jsonValue(_ value: DatabaseValue) -> Any {
        switch value.storage {
        case .null: return NSNull()
        case .int64(let i): return NSNumber(value: i)
        case .double(let d): return NSNumber(value: d)
        case .string(let s): return s
        case .blob(let data): return data.base64EncodedString()
        }
    }

    private static func encode(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}

extension CaseloadDatabase {
    /// The audit trail of one record, oldest first. Supervisors and administrators only
    /// (it holds note text).
    public func auditTrail(recordType: String, recordID: Int64, by staff: StaffMember) throws -> [AuditEntry] {
        try read { db in
            _ = try acting(staff, needs: .viewAudit, in: db)
            return try AuditEntry
                .filter(AuditEntry.Columns.recordType == recordType && AuditEntry.Columns.recordID == recordID)
                .order(AuditEntry.Columns.id)
                .fetchAll(db)
        }
    }

    /// The most recent audit rows (newest first), for the administrator's activity view.
    public func recentAudit(limit: Int = 100, by staff: StaffMember) throws -> [AuditEntry] {
        try read { db in
            _ = try acting(staff, needs: .viewAudit, in: db)
            return try AuditEntry.order(AuditEntry.Columns.id.desc).limit(limit).fetchAll(db)
        }
    }
}
