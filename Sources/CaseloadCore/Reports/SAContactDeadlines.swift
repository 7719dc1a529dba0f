/// Whether a social-assistance referral's contact deadlines were met on time,
/// judged the way the follow-up rules are satisfied, but by the deadline rather than by today.
public enum SAContactDeadlines {
    public struct Attempt: Hashable, Sendable {
        public var day: LocalDate
        public var reached: Bool
        public init(day: LocalDate, reached: Bool) { self.day = day; self.reached = reached }
    }

    public struct Deadline: Hashable, Sendable {
        public var rule: FollowUpRule
        public var due: LocalDate
        public var met: Bool
    }

    /// The deadlines of one referral: for RASP and TRF, R-04 for OW; none for others.
    /// - R-01 met: any attempt recorded by received + 1 business day.
    /// - R-02 met: two attempts, or one that reached the client, by received + 10 business days.
    /// - R-04 met: the client reached, or an SA Communication note written (on or after receipt), by
    ///   received + 5 business days.
    public static func deadlines(source: ReferralSource, received: LocalDate, attempts: [Attempt],
                                 saCommunications: [LocalDate], calendar: BusinessCalendar) -> [Deadline] {
        func by(_ day: LocalDate) -> [Attempt] { attempts.filter { $0.day >= received && $0.day <= day } }
        switch source {
        case .rasp, .trf:
            let first = calendar.addingBusinessDays(1, to: received)
            let second = calendar.addingBusinessDays(10, to: received)
            let bySecond = by(second)
            return [Deadline(rule: .r01, due: first, met: !by(first).isEmpty),
                    Deadline(rule: .r02, due: second, met: bySecond.count >= 2 || bySecond.contains(where: \.reached))]
        case .ow:
            let due = calendar.addingBusinessDays(5, to: received)
            let reached = by(due).contains(where: \.reached)
            let told = saCommunications.contains { $0 >= received && $0 <= due }
            return [Deadline(rule: .r04, due: due, met: reached || told)]
        case .selfReferred, .odsp, .other:
            return []
        }
    }
}
