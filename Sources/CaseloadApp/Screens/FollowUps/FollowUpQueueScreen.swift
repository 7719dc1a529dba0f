import CaseloadCore

/// Which profile tab a queue item opens (the queue's model, `FollowUpQueueModel`, asks here).
enum FollowUpQueueScreen {
    static func tab(_ tab: ClientTab) -> ProfileTab {
        switch tab {
        case .info: return .info
        case .notes: return .notes
        case .assessment: return .assessment
        case .eap: return .eap
        case .employment: return .employment
        case .followUps: return .followUps
        }
    }
}
