import CaseloadCore
import Foundation

/// What a screen's model may know about the session: who is acting, and the clock. No database:
/// a model cannot reach the store, so its `update` stays pure and testable without SQLite.
public struct ScreenContext: Sendable {
    public var actor: StaffMember
    public var today: LocalDate
    public var now: Date
    public var zone: TimeZone
    public var isDemo: Bool

    public init(actor: StaffMember, today: LocalDate, now: Date, zone: TimeZone = FollowUpEngine.agencyTimeZone, isDemo: Bool = false) {
        self.actor = actor; self.today = today; self.now = now; self.zone = zone; self.isDemo = isDemo
    }

    public func can(_ p: Permission) -> Bool { actor.role.allows(p) }
}

extension AppEnvironment {
    /// The session as a model may see it (read when the screen is made).
    public var context: ScreenContext {
        ScreenContext(actor: actor, today: today, now: now, zone: zone, isDemo: isDemo)
    }
}
