/// The rule that raised a due item. Raw values are what screens, reports and item keys show.
public enum FollowUpRule: String, CaseIterable, Codable, Sendable {
    case r01 = "R-01", r02 = "R-02", r03 = "R-03", r04 = "R-04", r05 = "R-05"
    case r08 = "R-08", r11 = "R-11", r15 = "R-15"
    /// Under 18 when the record was created, and no attestation recorded (an imported client).
    case r16 = "R-16"
    /// An EAP still on hold after its training item's expected end (R-13's return to Active is due).
    case eapHold = "EAP-HOLD"
    /// A submitted financial support still waiting for a supervisor's decision.
    case financialSupportApproval = "FS-APPROVAL"
    /// A social-assistance referral kept without the SA caseworker's name (an imported client).
    case saCaseworker = "SA-WORKER"
    /// Created by hand (title, due date, owner).
    case manual = "MANUAL"

    /// R-03 says an action is *allowed*, not that one is owed: it is never overdue.
    public var isInformational: Bool { self == .r03 }

    /// A few words for the supervisors' by-rule view.
    public var summary: String {
        switch self {
        case .r01: return "First contact attempt (RASP/TRF)"
        case .r02: return "Second contact attempt (RASP/TRF)"
        case .r03: return "May close as unable to contact"
        case .r04: return "Contact the OW caseworker"
        case .r05: return "Link CaMS reference"
        case .r08: return "Employment checkpoint"
        case .r11: return "Tell the SA caseworker about a no-show"
        case .r15: return "Re-administer the common assessment"
        case .r16: return "Record the under-18 attestation"
        case .eapHold: return "EAP on hold past training end"
        case .financialSupportApproval: return "Financial support awaiting approval"
        case .saCaseworker: return "Record the SA caseworker"
        case .manual: return "Manual follow-up"
        }
    }
}
