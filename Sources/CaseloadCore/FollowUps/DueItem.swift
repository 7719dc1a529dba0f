import Foundation

/// Where an item stands on the engine's as-of day (or, for R-05, at the engine's `now`).
public enum DueStatus: Hashable, Sendable {
    case upcoming
    case dueToday
    /// Past due by this many business days (counted after the due date up to and including the as-of
    /// day). 0 when the due day is past but no business day has followed yet (a weekend, or R-05's
    /// 24 hours ran out earlier today).
    case overdue(businessDays: Int)

    public var isOverdue: Bool { if case .overdue = self { return true } else { return false } }

    /// Queue order: overdue, then due today, then upcoming.
    var rank: Int {
        switch self {
        case .overdue: return 0
        case .dueToday: return 1
        case .upcoming: return 2
        }
    }
}

/// A person moved the item to a later (or earlier) date; the queue shows it on `until`.
public struct FollowUpSnooze: Hashable, Sendable {
    public var until: LocalDate
    public var reason: String
    public var staffID: Int64
    /// The due date the rule gave before the snooze.
    public var originalDue: LocalDate

    public init(until: LocalDate, reason: String, staffID: Int64, originalDue: LocalDate) {
        self.until = until; self.reason = reason; self.staffID = staffID; self.originalDue = originalDue
    }
}

/// One line of the follow-up queue: what is due, for whom, by when, and why (domain.md §6).
public struct DueItem: Hashable, Sendable, Identifiable {
    /// Stable across runs; completion and snooze actions are stored against `key`, its text form.
    public var itemKey: FollowUpKey
    public var clientID: Int64
    /// As lists show it ("Côté, Zoë").
    public var clientName: String
    public var camsReference: String?
    /// The caseworker who should act (the client's caseworker; a manual item's owner). Nil when the
    /// client has no caseworker assigned — supervisors see those.
    public var ownerID: Int64?
    public var title: String
    /// The day the item is due by (end of day); after a snooze, the snooze date.
    public var due: LocalDate
    /// R-05 only: the instant the 24 clock hours run out (nil once snoozed to a date).
    public var dueAt: Date?
    public var status: DueStatus
    /// One line with the rule, the facts and the arithmetic.
    public var explanation: String
    /// Set when a person snoozed the item. Boxed: most items have none, and the queue's size matters.
    public var snooze: FollowUpSnooze? {
        get { snoozeBox?.value }
        set { snoozeBox = newValue.map(SnoozeBox.init) }
    }
    private var snoozeBox: SnoozeBox?

    /// "R-01:client:42:2025-12-24", "R-08:checkpoint:17": what `FollowUpAction.itemKey` holds.
    public var key: String { itemKey.description }
    public var id: FollowUpKey { itemKey }
    public var rule: FollowUpRule { itemKey.rule }

    public init(itemKey: FollowUpKey, clientID: Int64, clientName: String, camsReference: String?,
                ownerID: Int64?, title: String, due: LocalDate, dueAt: Date?, status: DueStatus,
                explanation: String, snooze: FollowUpSnooze? = nil) {
        self.itemKey = itemKey; self.clientID = clientID; self.clientName = clientName
        self.camsReference = camsReference; self.ownerID = ownerID; self.title = title; self.due = due
        self.dueAt = dueAt; self.status = status; self.explanation = explanation
        self.snoozeBox = snooze.map(SnoozeBox.init)
    }
}

private final class SnoozeBox: Hashable, Sendable {
    let value: FollowUpSnooze
    init(_ value: FollowUpSnooze) { self.value = value }
    static func == (a: SnoozeBox, b: SnoozeBox) -> Bool { a.value == b.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
