import Foundation

/// One line of the append-only audit trail, written in the same transaction as the change it records.
public struct AuditEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var at: Date
    public var staffID: Int64?
    public var action: String          // "insert", "update", "delete", "login", …
    public var recordType: String      // "client", "case_note", …
    public var recordID: Int64?
    /// What changed, as JSON: {"field": [old, new]} for updates, the new values for inserts.
    public var changes: String
    /// The operating-system account that ran the process: with `--user` on a demo database it
    /// differs from the staff member, and the trail shows both. Nil on rows written before v8.
    public var login: String?
    public init(id: Int64? = nil, at: Date = Date(), staffID: Int64?, action: String, recordType: String,
                recordID: Int64?, changes: String, login: String? = nil) {
        self.id = id; self.at = at; self.staffID = staffID; self.action = action; self.recordType = recordType
        self.recordID = recordID; self.changes = changes; self.login = login
    }
}
