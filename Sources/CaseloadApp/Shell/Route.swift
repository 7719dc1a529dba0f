import CaseloadCore

/// Where the user is. The shell keeps a stack of these; Esc pops one.
public enum Route: Hashable, Sendable {
    case clientList
    case profile(clientID: Int64, tab: ProfileTab)
    /// The profile's Employment tab with this checkpoint's form open: F3's `c` on an R-08 item (#19).
    case recordCheckpoint(clientID: Int64, checkpointID: Int64)
    case intake(clientID: Int64?)          // nil: a new client
    case followUps(caseworkerID: Int64?)   // nil: the acting staff member's own queue (everyone's for supervisors)
    case team                              // supervisors: every caseworker's load
    case reports                           // supervisors and administrators: the monthly figures
    case frontDesk
    case booking(clientID: Int64?, day: LocalDate? = nil)   // nil: choose the client first; day: the one viewed (else today)
    case walkIn
    case noteEntry(clientID: Int64, amends: Int64?)   // amends: the note being corrected
    case planEditor(clientID: Int64)
    case employmentEntry(clientID: Int64)
    case supports(clientID: Int64)         // #20: one client's financial supports
    case supportQueue                      // #20: supervisors: supports waiting for the SSM's decision
    case employers                         // #20: the employer list
    /// The common assessment: the latest one edited (or the first started), or a new one (re-administered).
    case assessmentEntry(clientID: Int64, startsNew: Bool)
    /// Close as unable to contact or as declined (§3a), or reopen a closed file.
    case statusAction(clientID: Int64, action: ClientStatusAction)
    /// Referrals to other services and supports.
    /// `changing`: the referral whose form opens at once (Enter on the profile's Referrals tab).
    case referralsOut(clientID: Int64, changing: Int64? = nil)
}

/// A change of client status a person asks for (the others follow from recorded facts).
public enum ClientStatusAction: Hashable, Sendable {
    case closeUnableToContact, reopen
    /// §3a: the client or the provider declined the referral.
    case closeDeclined
}

/// The client profile's tabs, in the order the number keys select them.
public enum ProfileTab: Int, CaseIterable, Hashable, Sendable {
    case summary, info, assessment, eap, notes, appointments, employment, followUps
    /// Referrals to other services and supports: not offered to front desk. After the first
    /// eight, so their numbers stay as people learned them.
    case referrals
    /// Supervisors and administrators only: who changed and who looked at this client. Last, so
    /// hiding it for other roles leaves every other tab's number as it was.
    case history

    public var title: String {
        switch self {
        case .summary: return "Summary"
        case .info: return "Client Info"
        case .assessment: return "Assessment"
        case .eap: return "EAP"
        case .notes: return "Notes"
        case .appointments: return "Appointments"
        case .employment: return "Employment"
        case .followUps: return "Follow-ups"
        case .referrals: return "Referrals"
        case .history: return "History"
        }
    }
}
