import Foundation

/// A follow-up created by hand (title, due date, owner). Rule-made follow-ups are computed, not stored;
/// only what a person did to them (completed, snoozed) is stored, as a `FollowUpAction`.
public struct ManualFollowUp: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var ownerID: Int64
    public var title: String
    public var dueOn: LocalDate
    public var createdBy: Int64
    public var completedOn: LocalDate?
    public var completionNote: String?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, ownerID: Int64, title: String, dueOn: LocalDate, createdBy: Int64,
                completedOn: LocalDate? = nil, completionNote: String? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.ownerID = ownerID; self.title = title; self.dueOn = dueOn
        self.createdBy = createdBy; self.completedOn = completedOn; self.completionNote = completionNote; self.version = version
    }
}

public enum FollowUpActionKind: String, Codable, Sendable { case completed, snoozed }

/// Completing or snoozing a computed follow-up, keyed by the item's stable key ("R-01:client:42").
public struct FollowUpAction: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var itemKey: String
    public var kind: FollowUpActionKind
    public var snoozedUntil: LocalDate?
    public var reason: String
    public var staffID: Int64
    public var at: Date

    public init(id: Int64? = nil, itemKey: String, kind: FollowUpActionKind, snoozedUntil: LocalDate? = nil,
                reason: String, staffID: Int64, at: Date = Date()) {
        self.id = id; self.itemKey = itemKey; self.kind = kind; self.snoozedUntil = snoozedUntil
        self.reason = reason; self.staffID = staffID; self.at = at
    }
}
