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
        }
    }

    /// Why this role may not open the tab, or nil when it may. Shown, never silently hidden.
    func disabledReason(for role: StaffRole) -> String? {
        role.allows(permission) ? nil : permission.refusal
    }

    /// Fits all eight tabs in 80 columns.
    var shortTitle: String {
        switch self {
        case .info: return "Info"
        case .appointments: return "Appts"
        default: return title
        }
    }

    static func tabs(for role: StaffRole, active: ProfileTab, short: Bool) -> Tabs {
        Tabs(tabs: allCases.map { Tabs.Tab(short ? $0.shortTitle : $0.title, disabledReason: $0.disabledReason(for: role)) },
             active: active.rawValue)
    }
}
