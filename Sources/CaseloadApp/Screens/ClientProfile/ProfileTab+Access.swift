import CaseloadCore
import TerminalKit

/// Which permission each profile tab needs, and its short title for narrow terminals.
extension ProfileTab {
    var permission: Permission {
        switch self {
        case .summary: return .viewClientBasics
        case .appointments: return .manageAppointments
        case .info, .assessment, .employment: return .viewClientDetails
        case .eap: return .viewActionPlan
        case .notes: return .readNoteBodies
        case .followUps: return .viewFollowUps
        case .history: return .viewAudit
        }
    }

    /// Why this role may not open the tab, or nil when it may. Shown, never silently hidden.
    func disabledReason(for role: StaffRole) -> String? {
        role.allows(permission) ? nil : permission.refusal
    }

    /// Fits all nine tabs in 80 columns.
    var shortTitle: String {
        switch self {
        case .info: return "Info"
        case .appointments: return "Appts"
        default: return title
        }
    }

    /// The History tab is not offered at all to roles that may not read it (the others are shown dimmed).
    static func offered(to role: StaffRole) -> [ProfileTab] {
        allCases.filter { $0 != .history || role.allows(.viewAudit) }
    }

    /// With History as a ninth tab, 80 columns need two titles shorter still.
    var tightTitle: String {
        switch self {
        case .assessment: return "Assess"
        case .employment: return "Jobs"
        default: return shortTitle
        }
    }

    static func tabs(for role: StaffRole, active: ProfileTab, short: Bool, tight: Bool = false) -> Tabs {
        Tabs(tabs: offered(to: role).map { Tabs.Tab(tight ? $0.tightTitle : short ? $0.shortTitle : $0.title, disabledReason: $0.disabledReason(for: role)) },
             active: active.rawValue)
    }
}
