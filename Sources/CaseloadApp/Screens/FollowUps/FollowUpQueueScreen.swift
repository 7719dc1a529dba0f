import CaseloadCore

/// Which profile tab a queue item opens (the queue's model, `FollowUpQueueModel`, asks here).
enum FollowUpQueueScreen {
    /// The profile tab where a person acts on an item of this rule (the app decides; the domain
    /// knows no screens): contact attempts are notes, record gaps are the client's info, and so on.
    static func tab(_ rule: FollowUpRule) -> ProfileTab {
        switch rule {
        case .r01, .r02, .r04, .r11: return .notes
        case .r03, .r05, .r16, .saCaseworker: return .info
        case .r08: return .employment
        case .r15: return .assessment
        case .eapHold, .financialSupportApproval: return .eap
        case .manual: return .followUps
        }
    }
}
