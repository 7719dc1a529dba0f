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
    /// Views waiting to be written to the access log (shared by every screen of the session).
    public let accessLog: AccessRecorder
    /// Choices the session keeps between screens (F3's queue and site).
    public let choices: SessionChoices

    public init(db: CaseloadDatabase, actor: StaffMember, theme: Theme, agencyName: String = "Caseload",
                siteName: String? = nil, clock: @escaping () -> Date = Date.init,
                zone: TimeZone = FollowUpEngine.agencyTimeZone, asciiBorders: Bool = false,
                isDemo: Bool = false, accessLog: AccessRecorder = AccessRecorder(), choices: SessionChoices = SessionChoices()) {
        self.db = db; self.actor = actor; self.theme = theme; self.agencyName = agencyName; self.siteName = siteName
        self.clock = clock; self.zone = zone; self.asciiBorders = asciiBorders; self.isDemo = isDemo
        self.accessLog = accessLog
        self.choices = choices
    }

    public var today: LocalDate { LocalDate(clock(), in: zone) }
    public var now: Date { clock() }
    public func can(_ p: Permission) -> Bool { actor.role.allows(p) }
    /// Notes a view for the access log (written on a later idle tick, or when the session ends).
    public func recordAccess(_ kind: AccessEvent.Kind, clientID: Int64?, noteID: Int64? = nil) {
        accessLog.record(AccessEvent(kind, at: now, clientID: clientID, noteID: noteID))
    }
}
