import Foundation

/// Turns stored facts into the follow-up queue (domain.md §5, §6). The queue is never stored: an item
/// leaves only when the fact that satisfies it is recorded, or when a person completes or snoozes it.
public struct FollowUpEngine: Sendable {
    /// Business days for clients without a site calendar of their own.
    public var calendar: BusinessCalendar
    /// Per-site calendars (their closure days); a client whose site is missing uses `calendar`.
    public var siteCalendars: [Int64: BusinessCalendar]
    /// The day the queue is computed for.
    public var asOf: LocalDate
    /// The instant R-05's 24 clock hours are measured against.
    public var now: Date
    /// The agency's zone, for showing R-05's clock times and dating its deadline.
    public var timeZone: TimeZone
    /// When set, items due after this day are left out (a caseworker's "next two weeks").
    public var horizon: LocalDate?

    public static let agencyTimeZone = TimeZone(identifier: "America/Toronto")!

    public init(calendar: BusinessCalendar = .ontario, asOf: LocalDate, now: Date,
                timeZone: TimeZone = FollowUpEngine.agencyTimeZone, siteCalendars: [Int64: BusinessCalendar] = [:],
                horizon: LocalDate? = nil) {
        self.calendar = calendar; self.asOf = asOf; self.now = now; self.timeZone = timeZone
        self.siteCalendars = siteCalendars; self.horizon = horizon
    }

    /// As of the agency-local day of `now`.
    public init(calendar: BusinessCalendar = .ontario, now: Date, timeZone: TimeZone = FollowUpEngine.agencyTimeZone,
                siteCalendars: [Int64: BusinessCalendar] = [:], horizon: LocalDate? = nil) {
        self.init(calendar: calendar, asOf: LocalDate(now, in: timeZone), now: now, timeZone: timeZone,
                  siteCalendars: siteCalendars, horizon: horizon)
    }

    /// Every due item, in queue order (`queueOrder`).
    public func items(from facts: FollowUpFacts) -> [DueItem] {
        build(facts).items()
    }

    /// One person's queue: items whose owner is `ownerID`.
    public func items(from facts: FollowUpFacts, ownerID: Int64) -> [DueItem] {
        build(facts).items(ownerID: ownerID)
    }

    /// The facts given all at once to a `FollowUpBuild`, in the order it takes them.
    private func build(_ facts: FollowUpFacts) -> FollowUpBuild {
        let build = FollowUpBuild(engine: self, clients: facts.clients, actions: facts.actions)
        build.addReferralRules(contactAttempts: facts.contactAttempts, saCommunications: facts.saCommunications)
        build.addAssessmentRules(assessments: facts.assessments, pbfEmployments: facts.pbfEmployments)
        build.add(checkpoints: facts.checkpoints)
        build.add(noShows: facts.noShows)
        build.add(saMilestones: facts.saMilestones, referralsOut: facts.referralsOut)
        build.add(onHoldPlans: facts.onHoldPlans)
        build.add(pendingSupports: facts.pendingSupports)
        build.add(intakeGaps: facts.intakeGaps)
        build.add(manualFollowUps: facts.manualFollowUps)
        return build
    }

    /// Overdue first (most overdue first), then due today, then upcoming (soonest first); ties by
    /// client name (`ClientNameOrder`), then client id, then R-05's deadline, then the item key (rule
    /// first), so the order never depends on how the facts arrived.
    public static func queueOrder(_ a: DueItem, _ b: DueItem) -> Bool {
        let ra = a.status.rank, rb = b.status.rank
        if ra != rb { return ra < rb }
        if a.due != b.due { return a.due < b.due }
        let names = ClientNameOrder.compare(a.clientName, b.clientName)
        if names != 0 { return names < 0 }
        if a.clientID != b.clientID { return a.clientID < b.clientID }
        if a.dueAt != b.dueAt { return (a.dueAt ?? .distantFuture) < (b.dueAt ?? .distantFuture) }
        return a.itemKey < b.itemKey
    }
}

extension FollowUpRule {
    /// Declaration order, for stable tie-breaking.
    var sortIndex: Int {
        switch self {
        case .r01: return 0
        case .r02: return 1
        case .r03: return 2
        case .r04: return 3
        case .r05: return 4
        case .r08: return 5
        case .r11: return 6
        case .r15: return 7
        case .r16: return 8
        case .eapHold: return 9
        case .financialSupportApproval: return 10
        case .saCaseworker: return 11
        case .manual: return 12
        case .r22: return 13
        case .r24: return 14
        }
    }
}
