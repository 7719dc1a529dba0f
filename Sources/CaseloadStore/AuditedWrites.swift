import CaseloadCore
import Foundation
import GRDB

/// The only ways records are written: each change and its audit row, inside the caller's
/// transaction; versioned records are updated only when nobody saved them in between.
extension Database {
    /// Inserts the record (which gets its id) and an "insert" audit row with its values.
    func insertAudited<R: AuditedRecord>(_ record: inout R, by staff: StaffMember, at now: Date) throws {
        try record.insert(self)
        try reload(&record)
        try appendAudit(.insert, recordType: R.databaseTableName, recordID: record.id,
                        changes: AuditJSON.values(record.databaseDictionary), by: staff.id, at: now)
    }

    /// `UPDATE … SET <changed columns>, version = version + 1 WHERE id = ? AND version = ?`.
    /// A version that moved on throws `staleVersion` (the transaction rolls back: nothing saved,
    /// nothing audited). Saving an unchanged record writes nothing. The record gets its new version.
    func updateVersioned<R: VersionedRecord>(_ record: inout R, by staff: StaffMember, at now: Date) throws {
        let table = R.databaseTableName
        guard let id = record.id else { throw StoreError.notFound(recordType: table, id: 0) }
        guard let stored = try R.fetchOne(self, key: id) else { throw StoreError.notFound(recordType: table, id: id) }
        guard stored.version == record.version else {
            throw try staleVersion(table, id: id, expected: record.version, found: stored.version)
        }
        let old = try stored.databaseDictionary
        let new = try record.databaseDictionary
        let changed = new.keys.filter { $0 != "id" && $0 != "version" && new[$0] != old[$0] }.sorted()
        if changed.isEmpty { return }

        let assignments = (changed.map { "\($0.quotedDatabaseIdentifier) = ?" } + ["version = version + 1"])
            .joined(separator: ", ")
        var arguments = StatementArguments(changed.map { new[$0]! })
        arguments += [id, record.version]
        try execute(sql: "UPDATE \(table.quotedDatabaseIdentifier) SET \(assignments) WHERE id = ? AND version = ?",
                    arguments: arguments)
        guard changesCount == 1 else {
            let found = try Int.fetchOne(self, sql: "SELECT version FROM \(table.quotedDatabaseIdentifier) WHERE id = ?",
                                         arguments: [id])
            throw try staleVersion(table, id: id, expected: record.version, found: found ?? -1)
        }
        try reload(&record)
        try appendAudit(.update, recordType: table, recordID: id,
                        changes: AuditJSON.changes(from: old, to: new, fields: changed), by: staff.id, at: now)
    }

    /// Updates a record without a version column (value-list entries), auditing the changed fields.
    func updateAudited<R: AuditedRecord>(_ record: R, by staff: StaffMember, at now: Date) throws {
        let table = R.databaseTableName
        guard let id = record.id, let stored = try R.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: table, id: record.id ?? 0)
        }
        let old = try stored.databaseDictionary
        let new = try record.databaseDictionary
        let changed = new.keys.filter { $0 != "id" && new[$0] != old[$0] }.sorted()
        if changed.isEmpty { return }
        try record.update(self, columns: changed)
        try appendAudit(.update, recordType: table, recordID: id,
                        changes: AuditJSON.changes(from: old, to: new, fields: changed), by: staff.id, at: now)
    }

    /// Refuses to go on when the caller's copy is older than the file's (before any other check,
    /// so a concurrent change is reported as such rather than as something else).
    func requireVersion<R: VersionedRecord>(_ stored: R, matches record: R) throws {
        guard stored.version == record.version else {
            throw try staleVersion(R.databaseTableName, id: stored.id ?? 0, expected: record.version, found: stored.version)
        }
    }

    /// Deletes a record, keeping its last values in the audit row.
    func deleteAudited<R: AuditedRecord>(_ type: R.Type, id: Int64, by staff: StaffMember, at now: Date) throws {
        guard let stored = try R.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: R.databaseTableName, id: id)
        }
        try R.deleteOne(self, key: id)
        try appendAudit(.delete, recordType: R.databaseTableName, recordID: id,
                        changes: AuditJSON.values(stored.databaseDictionary), by: staff.id, at: now)
    }

    /// The record as stored: what callers get back equals what a later read returns (instants are
    /// kept to the millisecond, defaults and the new version are filled in).
    private func reload<R: AuditedRecord>(_ record: inout R) throws {
        guard let id = record.id, let stored = try R.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: R.databaseTableName, id: record.id ?? 0)
        }
        record = stored
    }

    private func staleVersion(_ table: String, id: Int64, expected: Int, found: Int) throws -> StoreError {
        let last = try lastChange(recordType: table, recordID: id)
        return .staleVersion(recordType: table, id: id, expected: expected, found: found,
                             changedBy: last?.by, changedAt: last?.at)
    }
}
