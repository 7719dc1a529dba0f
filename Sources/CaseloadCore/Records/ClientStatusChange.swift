import Foundation

/// One change of a client's status: from what, to what, on which day and why. Kept for every
/// change, the first one (intake) included, so the profile can say since when and why a client is
/// where they are.
public struct ClientStatusChange: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    /// Nil for the status a client was registered with.
    public var fromStatus: ClientStatus?
    public var toStatus: ClientStatus
    /// The agency-local day the change took effect.
    public var changedOn: LocalDate
    public var reason: String
    public var staffID: Int64?
    public var at: Date

    public init(id: Int64? = nil, clientID: Int64, fromStatus: ClientStatus?, toStatus: ClientStatus,
                changedOn: LocalDate, reason: String, staffID: Int64?, at: Date) {
        self.id = id; self.clientID = clientID; self.fromStatus = fromStatus; self.toStatus = toStatus
        self.changedOn = changedOn; self.reason = reason; self.staffID = staffID; self.at = at
    }
}
