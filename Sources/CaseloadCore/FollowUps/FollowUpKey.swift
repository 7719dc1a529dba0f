/// The stable identity of a due item. Completion and snooze actions store its text form
/// ("R-01:client:42:2025-12-24"); the engine matches them structurally, so a queue of 100,000 items
/// builds no key strings at all.
public struct FollowUpKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// What the id in the key identifies.
    public enum Subject: String, CaseIterable, Sendable {
        case client, assessment, checkpoint, appointment, plan, support, followup, employment, referral
    }

    public let rule: FollowUpRule
    public let subject: Subject
    /// The episode's day number, `Int32.min` when none: keeps the key 16 bytes, which matters when
    /// 150,000 of them are hashed and sorted.
    private let episode: Int32
    public let id: Int64

    public init(rule: FollowUpRule, subject: Subject, id: Int64, day: LocalDate? = nil) {
        self.rule = rule; self.subject = subject; self.id = id
        episode = day.map { Int32($0.dayNumber) } ?? .min
    }

    /// The episode for rules a client can meet more than once: the referral's receipt day, or the day
    /// a plan went on hold. Completing the old episode must not hide the new one.
    public var day: LocalDate? { episode == .min ? nil : LocalDate(dayNumber: Int(episode)) }

    /// Parses the text form; nil for anything else (such an action can match no item).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4, let rule = FollowUpRule(rawValue: String(parts[0])),
              let subject = Subject(rawValue: String(parts[1])), let id = Int64(parts[2]) else { return nil }
        var day: LocalDate?
        if parts.count == 4 {
            guard let d = LocalDate(iso: String(parts[3])) else { return nil }
            day = d
        }
        self.init(rule: rule, subject: subject, id: id, day: day)
    }

    public var description: String {
        "\(rule.rawValue):\(subject.rawValue):\(id)" + (day.map { ":\($0.iso)" } ?? "")
    }

    /// Rule order, then subject, id and episode day.
    public static func < (a: FollowUpKey, b: FollowUpKey) -> Bool {
        if a.rule != b.rule { return a.rule.sortIndex < b.rule.sortIndex }
        if a.subject != b.subject { return a.subject.sortIndex < b.subject.sortIndex }
        if a.id != b.id { return a.id < b.id }
        return a.episode < b.episode
    }

    // The keys each rule uses, in one place so screens, the store and the engine agree.
    public static func referral(_ rule: FollowUpRule, clientID: Int64, receivedOn: LocalDate) -> FollowUpKey {
        FollowUpKey(rule: rule, subject: .client, id: clientID, day: receivedOn)
    }
    public static func cams(assessmentID: Int64) -> FollowUpKey { FollowUpKey(rule: .r05, subject: .assessment, id: assessmentID) }
    public static func checkpoint(_ id: Int64) -> FollowUpKey { FollowUpKey(rule: .r08, subject: .checkpoint, id: id) }
    public static func noShow(appointmentID: Int64) -> FollowUpKey { FollowUpKey(rule: .r11, subject: .appointment, id: appointmentID) }
    public static func reassessment(assessmentID: Int64) -> FollowUpKey {
        FollowUpKey(rule: .r15, subject: .assessment, id: assessmentID)
    }
    public static func eapHold(planID: Int64, onHoldSince: LocalDate?) -> FollowUpKey {
        FollowUpKey(rule: .eapHold, subject: .plan, id: planID, day: onHoldSince)
    }
    public static func financialSupport(_ id: Int64) -> FollowUpKey {
        FollowUpKey(rule: .financialSupportApproval, subject: .support, id: id)
    }
    /// SA-WORKER or R-16: one item per client, whatever the record's history.
    public static func intakeGap(_ rule: FollowUpRule, clientID: Int64) -> FollowUpKey {
        FollowUpKey(rule: rule, subject: .client, id: clientID)
    }
    /// the SA caseworker told of a job (employment id) or a submitted support (support id).
    public static func jobMilestone(employmentID: Int64) -> FollowUpKey { FollowUpKey(rule: .r22, subject: .employment, id: employmentID) }
    public static func fundingMilestone(supportID: Int64) -> FollowUpKey { FollowUpKey(rule: .r22, subject: .support, id: supportID) }
    public static func referralOut(_ id: Int64) -> FollowUpKey { FollowUpKey(rule: .r24, subject: .referral, id: id) }
    public static func manual(_ id: Int64) -> FollowUpKey { FollowUpKey(rule: .manual, subject: .followup, id: id) }
}

extension FollowUpKey.Subject {
    var sortIndex: Int {
        switch self {
        case .client: return 0
        case .assessment: return 1
        case .checkpoint: return 2
        case .appointment: return 3
        case .plan: return 4
        case .support: return 5
        case .followup: return 6
        case .employment: return 7
        case .referral: return 8
        }
    }
}
