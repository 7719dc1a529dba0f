import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// What every screen may rely on: the database, who is acting, the look, and the clock.
/// Screens touch `db` only from their effects, never from `view`.
public struct AppEnvironment: @unchecked Sendable {
    public let db: CaseloadDatabase
    public var actor: StaffMember
    public var theme: Theme
    public var agencyName: String
    public var siteName: String?
    /// Injected so tests can fix "now"; the app passes `Date.init`.
    public var clock: () -> Date
    public var zone: TimeZone
    /// Draw boxes with ASCII when the terminal's character set is not UTF-8.
    public var asciiBorders: Bool
    /// A database made by `caseload demo` (synthetic people; `--user` may act as anyone): the title
    /// bar says so, so nobody mistakes it for the agency's records.
    public var isDemo: Bool

    public init(db: CaseloadDatabase, actor: StaffMember, theme: Theme, agencyName: String = "Caseload",
                siteName: String? = nil, clock: @escaping () -> Date = Date.init,
                zone: TimeZone = FollowUpEngine.agencyTimeZone, asciiBorders: Bool = false,
                isDemo: Bool = false) {
        self.db = db; self.actor = actor; self.theme = theme; self.agencyName = agencyName; self.siteName = siteName
        self.clock = clock; self.zone = zone; self.asciiBorders = asciiBorders; self.isDemo = isDemo
    }

    public var today: LocalDate { LocalDate(clock(), in: zone) }
    public var now: Date { clock() }
    public func can(_ p: Permission) -> Bool { actor.role.allows(p) }
}
