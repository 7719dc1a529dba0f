import CaseloadCore
import TerminalKit

/// Which permission each profile tab needs, and its short title for narrow terminals.
extension ProfileTab {
    var permission: Permission {
        switch self {
        case .summary: return .viewClientBasics
        case .appointments: return .manageAppointments
        case .info, .assessment, .employment: return .viewClientDetails
        case .eap, .referrals: return .viewActionPlan
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

    /// History and Referrals are not offered at all to roles that may not read them (the others are
    /// shown dimmed). Both come last, so leaving them out renumbers no other tab.
    static func offered(to role: StaffRole) -> [ProfileTab] {
        allCases.filter { ($0 != .history && $0 != .referrals) || role.allows($0.permission) }
    }

    /// The number key of the tab at this place in the bar: 1–9, then 0 for a tenth.
    static func numberKey(at index: Int) -> Character { index == 9 ? "0" : Character(String(index + 1)) }

    /// The place in the bar a number key selects (`0` is the tenth), or nil for another key.
    static func index(forNumberKey c: Character) -> Int? {
        guard let n = c.wholeNumberValue else { return nil }
        return n == 0 ? 9 : n - 1
    }

    /// With more tabs, 80 columns need some titles shorter still (a caseworker's nine then fit;
    /// a supervisor's ten scroll).
    var tightTitle: String {
        switch self {
        case .referrals: return "Refs"
        case .assessment: return "Assess"
        case .employment: return "Jobs"
        default: return shortTitle
        }
    }

    static func tabs(for role: StaffRole, active: ProfileTab, short: Bool, tight: Bool = false) -> Tabs {
        let offered = offered(to: role)
        return Tabs(tabs: offered.map { Tabs.Tab(tight ? $0.tightTitle : short ? $0.shortTitle : $0.title, disabledReason: $0.disabledReason(for: role)) },
                    active: offered.firstIndex(of: active) ?? 0)
    }
}
