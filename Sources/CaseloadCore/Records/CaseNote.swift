import Foundation

/// A case note. Never edited in place: a correction is a new note whose `amends` points at the original.
public struct CaseNote: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var authorID: Int64
    /// When the interaction happened (not when it was typed in).
    public var interactionAt: Date
    public var enteredAt: Date
    /// Both from administrator-editable lists; both required.
    public var communication: String
    public var type: String
    public var subject: String
    public var body: String
    public var amends: Int64?
    public var planItemID: Int64?
    public var appointmentID: Int64?

    public init(id: Int64? = nil, clientID: Int64, authorID: Int64, interactionAt: Date, enteredAt: Date = Date(),
                communication: String, type: String, subject: String, body: String, amends: Int64? = nil,
                planItemID: Int64? = nil, appointmentID: Int64? = nil) {
        self.id = id; self.clientID = clientID; self.authorID = authorID; self.interactionAt = interactionAt
        self.enteredAt = enteredAt; self.communication = communication; self.type = type; self.subject = subject
        self.body = body; self.amends = amends; self.planItemID = planItemID; self.appointmentID = appointmentID
    }
}

public enum ContactResult: String, Codable, CaseIterable, Sendable {
    case reached = "Reached", voicemail = "Voicemail", noAnswer = "No Answer",
         wrongNumber = "Wrong Number", messageSent = "Message Sent"
}

/// An attempt to reach a referred client.
public struct ContactAttempt: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var staffID: Int64
    public var attemptedAt: Date
    public var method: String
    public var result: ContactResult
    public var noteID: Int64?

    public init(id: Int64? = nil, clientID: Int64, staffID: Int64, attemptedAt: Date, method: String,
                result: ContactResult, noteID: Int64? = nil) {
        self.id = id; self.clientID = clientID; self.staffID = staffID; self.attemptedAt = attemptedAt
        self.method = method; self.result = result; self.noteID = noteID
    }
}
