import CaseloadCore

/// F3's whose-queue and site, as a supervisor last chose them.
public struct QueueChoice: Hashable, Sendable {
    public var caseworkerID: Int64?
    public var siteID: Int64?
    public init(caseworkerID: Int64?, siteID: Int64?) { self.caseworkerID = caseworkerID; self.siteID = siteID }
}

/// A choice for the session to keep (not the database: the next login starts afresh).
public enum SessionChoice: Hashable, Sendable {
    case queue(QueueChoice)
}

/// What this session remembers between screens: a screen closed and opened again (F3 after F2)
/// starts where the person left it. Shared by every screen, like the access log.
public final class SessionChoices: @unchecked Sendable {
    public private(set) var queue: QueueChoice?
    public init() {}

    func remember(_ choice: SessionChoice) {
        switch choice {
        case .queue(let q): queue = q
        }
    }
}
