import Foundation

/// One look at (or export of) client data, for the access log: who and when are added by the store.
/// Only ids and counts, never note text or names, so the log itself holds nothing to leak.
public struct AccessEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// A client's profile was opened.
        case viewProfile = "view-profile"
        /// A note's text was shown (the note viewer, an amendment's thread).
        case readNote = "read-note"
        /// Data left the program: a CSV/JSON export, a report, a backup.
        case export
    }

    public var kind: Kind
    public var at: Date
    public var clientID: Int64?
    public var noteID: Int64?
    /// What was exported, e.g. "followups csv; scope: everyone; 12 rows" (no names, no text).
    public var detail: String

    public init(_ kind: Kind, at: Date = Date(), clientID: Int64? = nil, noteID: Int64? = nil, detail: String = "") {
        self.kind = kind; self.at = at; self.clientID = clientID; self.noteID = noteID; self.detail = detail
    }
}

/// One line of a client's history: a change from the audit trail or a view from the access log.
public struct ClientHistoryEntry: Hashable, Sendable {
    public enum Source: String, Sendable { case change, view }
    public var source: Source
    public var at: Date
    public var staffName: String?
    public var staffUsername: String?
    /// The operating-system login that ran the process (nil on rows from before it was kept).
    public var login: String?
    /// "insert", "update", "delete" for changes; the access kind for views.
    public var action: String
    /// The record touched: "client #12", "case_note #40".
    public var record: String
    /// For changes, the changed field names; for exports, what was exported.
    public var detail: String

    public init(source: Source, at: Date, staffName: String?, staffUsername: String?, login: String?,
                action: String, record: String, detail: String) {
        self.source = source; self.at = at; self.staffName = staffName; self.staffUsername = staffUsername
        self.login = login; self.action = action; self.record = record; self.detail = detail
    }
}
