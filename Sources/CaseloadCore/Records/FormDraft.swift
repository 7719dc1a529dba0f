import Foundation

/// Typing that was not saved when a session ended without a goodbye (an SSH drop, SIGHUP, SIGTERM,
/// the terminal closing). It is kept per staff member, form and subject, so the same form offers it
/// back the next time that person opens it for that client. A draft is the person's own unsaved
/// text, not a record: only its author ever sees it, and saving or discarding the form removes it.
public struct FormDraft: Hashable, Sendable {
    /// Which form, and for what: a new note for client 12 is `note` / `client:12`.
    public struct Key: Hashable, Sendable {
        public var form: String
        public var subject: String

        public init(form: String, subject: String) { self.form = form; self.subject = subject }

        public static func note(clientID: Int64) -> Key { Key(form: "note", subject: "client:\(clientID)") }
        public static func amendment(noteID: Int64) -> Key { Key(form: "note-amendment", subject: "note:\(noteID)") }
        public static let newClient = Key(form: "intake", subject: "new")
        public static func clientEdit(clientID: Int64) -> Key { Key(form: "client-edit", subject: "client:\(clientID)") }
        public static func employment(clientID: Int64) -> Key { Key(form: "employment", subject: "client:\(clientID)") }
    }

    public var key: Key
    /// Each field's value as the form shows it, by field id.
    public var fields: [String: String]
    public var savedAt: Date

    public init(key: Key, fields: [String: String], savedAt: Date = Date()) {
        self.key = key; self.fields = fields; self.savedAt = savedAt
    }
}
