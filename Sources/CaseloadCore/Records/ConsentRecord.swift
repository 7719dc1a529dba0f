import Foundation

/// Consent given or withdrawn, always recorded through a case note of Type Consent.
public struct ConsentRecord: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var recordedOn: LocalDate
    /// What was consented to, e.g. "Share information with OW caseworker".
    public var topic: String
    public var isGiven: Bool
    public var noteID: Int64?
    public init(id: Int64? = nil, clientID: Int64, recordedOn: LocalDate, topic: String, isGiven: Bool, noteID: Int64? = nil) {
        self.id = id; self.clientID = clientID; self.recordedOn = recordedOn; self.topic = topic
        self.isGiven = isGiven; self.noteID = noteID
    }
}
