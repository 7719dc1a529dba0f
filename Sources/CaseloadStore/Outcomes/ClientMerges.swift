import CaseloadCore
import Foundation
import GRDB

extension ClientMerge: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "client_merge"

    public enum Columns: String, ColumnExpression, Sendable {
        case retiredClientID = "retired_client_id", keptClientID = "kept_client_id", reason
        case mergedBy = "merged_by", mergedAt = "merged_at", moved
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(retiredClientID: try row.at(C.retiredClientID), keptClientID: try row.at(C.keptClientID),
                  reason: try row.at(C.reason), mergedBy: try row.at(C.mergedBy), mergedAt: try row.at(C.mergedAt),
                  moved: try row.at(C.moved))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.retiredClientID] = retiredClientID; container[C.keptClientID] = keptClientID
        container[C.reason] = reason; container[C.mergedBy] = mergedBy; container[C.mergedAt] = mergedAt
        container[C.moved] = moved
    }
}

/// What a merge did: the kept file, and how many rows of each table moved to it.
public struct MergeResult: Hashable, Sendable {
    public var kept: Client
    public var retired: Client
    public var moved: [String: Int]
}

/// A supervisor merges two files of one person (issue #19): every row that points at the retired file
/// (every table with a foreign key to `client`, found in the schema, so tables added later move too)
/// moves to the kept file; the retired file stays, read-only, as a pointer. Refused when both files have
/// different CaMS references: CaMS says they are two people.
extension CaseloadDatabase {
    public func mergeClients(keep keptID: Int64, retire retiredID: Int64, reason: String, by staff: StaffMember) throws -> MergeResult {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid([.init(field: "reason", message: "Say why these two files are one person: the reason is audited.")])
        }
        if let p = UnsafeCharacters.problem(in: reason, field: "The reason") { throw StoreError.invalid([.init(field: "reason", message: p)]) }
        return try write { db in
            var (kept, retired, actor) = try mergeablePair(keep: keptID, retire: retiredID, by: staff, in: db)
            let now = Date()
            // The CaMS reference is unique: it leaves the retired file before the kept one takes it.
            if kept.camsReference == nil, let reference = retired.camsReference {
                retired.camsReference = nil
                retired.updatedAt = now
                try db.updateVersioned(&retired, by: actor, at: now)
                kept.camsReference = reference
                kept.updatedAt = now
                try db.updateVersioned(&kept, by: actor, at: now)
            }
            // The retired file changes too: it becomes a read-only pointer. Its version moves (a form
            // still open on it elsewhere is stale) and the client trigger names it in the change feed,
            // which the merge row alone does not (it names the kept file): other sessions' list rows
            // and profiles of the retired file learn of the merge even when no record moved from it.
            // (After the CaMS move above, nothing is left to change and this writes nothing.)
            retired.updatedAt = now
            try db.updateVersioned(&retired, by: actor, at: now)
            let links = try db.clientLinks()
            var moved: [String: Int] = [:]
            // The merge row first: case notes may move only along a recorded merge.
            var merge = ClientMerge(retiredClientID: retiredID, keptClientID: keptID, reason: reason,
                                    mergedBy: actor.id!, mergedAt: now, moved: "{}")
            try merge.insert(db)
            for link in links {
                try db.execute(sql: "UPDATE OR IGNORE \(link.table.quotedDatabaseIdentifier) SET \(link.column.quotedDatabaseIdentifier) = ? WHERE \(link.column.quotedDatabaseIdentifier) = ?",
                               arguments: [keptID, retiredID])
                let count = db.changesCount
                // Left behind only where the kept file already has the same row (a unique key, e.g. one
                // staff member's access grant): it says nothing the kept file does not.
                let left = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(link.table.quotedDatabaseIdentifier) WHERE \(link.column.quotedDatabaseIdentifier) = ?", arguments: [retiredID]) ?? 0
                if left > 0 {
                    try db.execute(sql: "DELETE FROM \(link.table.quotedDatabaseIdentifier) WHERE \(link.column.quotedDatabaseIdentifier) = ?", arguments: [retiredID])
                    moved["\(link.table).\(link.column) duplicates dropped", default: 0] += left
                }
                if count > 0 { moved[link.key, default: 0] += count }
            }
            merge.moved = try AuditJSON.values(moved.mapValues(\.databaseValue))
            try merge.update(db)
            try db.appendAudit(.insert, recordType: ClientMerge.databaseTableName, recordID: retiredID,
                               changes: AuditJSON.values(try merge.databaseDictionary), by: actor.id, at: now)
            try db.applyOutcomeRules(clientID: keptID, by: actor, at: now)
            return MergeResult(kept: try db.storedClient(keptID), retired: try db.storedClient(retiredID), moved: moved)
        }
    }

    /// The merge that retired this file, if it was merged into another.
    public func mergeRecord(retiredClientID id: Int64) throws -> ClientMerge? {
        try read { db in try ClientMerge.fetchOne(db, key: id) }
    }
}

/// One column that points at a client.
struct ClientLink: Hashable {
    var table: String
    var column: String
    var key: String { column == "client_id" ? table : "\(table).\(column)" }
}

extension Database {
    /// Every column with a foreign key to `client(id)`, except the merge pointers themselves (a chain of
    /// merges is followed by `mergedInto`, not rewritten).
    func clientLinks() throws -> [ClientLink] {
        try Row.fetchAll(self, sql: """
            SELECT m.name AS tbl, f."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'client' AND m.name <> 'client_merge'
            ORDER BY m.name, f."from"
            """).map { ClientLink(table: $0["tbl"], column: $0["col"]) }
    }

    /// Refuses a change to a file that was merged into another.
    func requireNotMerged(_ clientID: Int64) throws {
        guard let kept = try Int64.fetchOne(self, sql: "SELECT kept_client_id FROM client_merge WHERE retired_client_id = ?",
                                            arguments: [clientID]) else { return }
        let name = try Row.fetchOne(self, sql: "SELECT last_name || ', ' || first_name FROM client WHERE id = ?", arguments: [kept])?[0] as String?
        throw StoreError.refused("client", "This file was merged into \(name ?? "another file") (#\(kept)) and is read-only: work on that file.")
    }
}
