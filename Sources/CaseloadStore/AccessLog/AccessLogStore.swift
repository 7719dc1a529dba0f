import CaseloadCore
import Foundation
import GRDB

extension CaseloadDatabase {
    /// Appends views and exports to the access log in one small transaction. Any active account may
    /// record what it looked at; nothing but ids, counts and the export's description is stored.
    public func recordAccess(_ events: [AccessEvent], by staff: StaffMember) throws {
        guard !events.isEmpty else { return }
        try write { db in
            let current = try acting(staff, needs: nil, in: db)
            for event in events {
                try db.execute(sql: """
                    INSERT INTO access_log (at, staff_id, login, kind, client_id, note_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [event.at, current.id, ProcessLogin.name, event.kind.rawValue, event.clientID, event.noteID, event.detail])
            }
        }
    }

    /// The client whose CaMS reference or number (`12` or `#12`) this is, for commands.
    public func clientID(reference: String) throws -> Int64? {
        let text = reference.trimmingCharacters(in: .whitespaces)
        return try read { db in
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM client WHERE cams_reference = ?", arguments: [text]) { return id }
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard let number = Int64(digits) else { return nil }
            return try Int64.fetchOne(db, sql: "SELECT id FROM client WHERE id = ?", arguments: [number])
        }
    }

    /// A client's history, newest first: the audit trail's changes to the client and its records
    /// (notes, plans, appointments, employment …) with the access log's views and exports of it.
    /// Supervisors and administrators only.
    public func clientHistory(clientID: Int64, by staff: StaffMember) throws -> [ClientHistoryEntry] {
        try read { db in
            _ = try acting(staff, needs: .viewAudit, in: db)
            let rows = try Row.fetchAll(db, sql: ClientHistorySQL.query, arguments: StatementArguments(ClientHistorySQL.arguments(clientID)))
            return try rows.map { row in
                let source: ClientHistoryEntry.Source = row["source"] == "change" ? .change : .view
                let recordType: String = row["record_type"]
                let recordID: Int64? = row["record_id"]
                let detail: String = row["detail"] ?? ""
                return ClientHistoryEntry(
                    source: source, at: row["at"], staffName: row["full_name"], staffUsername: row["username"], login: row["login"],
                    action: row["action"], record: recordID.map { "\(recordType) #\($0)" } ?? recordType,
                    detail: source == .change ? try ClientHistorySQL.changedFields(detail) : detail)
            }
        }
    }
}

/// Which audit rows belong to a client: the client row itself; the records of tables with a
/// `client_id` that name the client; plan items and checkpoints through their parents; and records
/// deleted since (appointments, manual follow-ups), whose delete row kept the client id. Built as a
/// set of (record type, id) pairs so every lookup uses `audit_by_record`, never a scan of the trail.
enum ClientHistorySQL {
    static let clientTables = ["assessment", "action_plan", "appointment", "case_note", "consent_record", "contact_attempt",
                               "employment", "financial_support", "manual_follow_up"]
    /// The client's records that can be deleted (see `deleteAudited`).
    static let deletableTables = ["appointment", "manual_follow_up"]

    /// Ids are reused once the newest row of a table is deleted, so each pair comes with the audit
    /// rows it owns: (after, through]. A live record owns what follows its id's last delete; a
    /// deleted one what led up to its delete.
    static var query: String {
        func lastDelete(_ table: String, _ idColumn: String, before: String = "") -> String {
            "ifnull((SELECT max(d.id) FROM audit d WHERE d.record_type = '\(table)' AND d.record_id = \(idColumn) AND d.action = 'delete'\(before)), 0)"
        }
        let owned = clientTables.map { "SELECT '\($0)', id, \(lastDelete($0, "\($0).id")), \(Int64.max) FROM \($0) WHERE client_id = ?" }
        let deleted = deletableTables.map { table in
            """
            SELECT x.record_type, x.record_id, \(lastDelete(table, "x.record_id", before: " AND d.id < x.id")), x.id FROM audit x
                WHERE x.record_type = '\(table)' AND x.action = 'delete' AND json_extract(x.changes, '$.client_id') = ?
            """
        }
        let tied = (["SELECT 'client', ?, 0, \(Int64.max)"] + owned + [
            "SELECT 'plan_item', i.id, 0, \(Int64.max) FROM plan_item i JOIN action_plan p ON p.id = i.plan_id WHERE p.client_id = ?",
            "SELECT 'checkpoint', c.id, 0, \(Int64.max) FROM checkpoint c JOIN employment e ON e.id = c.employment_id WHERE e.client_id = ?",
        ] + deleted).joined(separator: "\n  UNION ")
        return """
            WITH tied(record_type, record_id, after_id, through_id) AS (
              \(tied)
            )
            SELECT * FROM (
              SELECT 'change' AS source, a.at, a.id AS row_id, a.action, a.record_type, a.record_id, a.changes AS detail, a.login,
                     s.full_name, s.username
              FROM tied t JOIN audit a ON a.record_type = t.record_type AND a.record_id = t.record_id
                                      AND a.id > t.after_id AND a.id <= t.through_id
              LEFT JOIN staff s ON s.id = a.staff_id
              UNION ALL
              SELECT 'view', l.at, l.id, l.kind, CASE WHEN l.note_id IS NULL THEN 'client' ELSE 'case_note' END,
                     coalesce(l.note_id, l.client_id), l.detail, l.login, s.full_name, s.username
              FROM access_log l LEFT JOIN staff s ON s.id = l.staff_id
              WHERE l.client_id = ?
            ) ORDER BY at DESC, source DESC, row_id DESC
            """
    }

    static func arguments(_ clientID: Int64) -> [Int64] {
        Array(repeating: clientID, count: 1 + clientTables.count + 2 + deletableTables.count + 1)
    }

    /// "first_name, phone" from the audit JSON: which fields, never their values (they may be note text).
    static func changedFields(_ json: String) throws -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return "" }
        return object.keys.sorted().joined(separator: ", ")
    }
}
