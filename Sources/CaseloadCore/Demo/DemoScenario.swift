/// The decisions that shape one client's story, drawn first so the fixed people (indices 0–9) can
/// override a few of them and still get a complete, consistent story from the same builder.
/// They are intentions: the story realises one only when the timeline allows it (no job before the
/// plan has had time to run, no event after yesterday).
struct DemoScenario: Sendable {
    enum Contact: Sendable { case notYet, firstOnly, reachedOnFirst, reachedOnSecond, unreachable }
    enum CheckpointCare: Sendable { case typical, allRecorded, latestOpen }

    struct EmploymentIntent: Sendable {
        var hours: Double
        var isNewEmployer: Bool
        var startsBeforeAssessment: Bool
        var ends: Bool
        /// Fixed people pin the start; others draw it within the plan's window.
        var startDaysAgo: Int?
        var checkpoints: CheckpointCare = .typical
    }

    var identity: DemoIdentity
    var dateOfBirth: LocalDate
    var siteIndex: Int
    var source: ReferralSource
    var receivedDaysAgo: Int
    /// How reaching a RASP, TRF or OW referral went; others come in on their own.
    var contact: Contact
    /// Weekdays from first contact (or receipt) to the intake appointment.
    var intakeDelay: Int
    var missesFirstAppointment: Bool
    /// Whether the SA caseworker has already been told of that missed appointment.
    var informsSAOfNoShow: Bool
    var completesAssessment: Bool
    /// False: the assessment was submitted but the CaMS number not linked yet (R-05 work).
    var camsLinked: Bool
    var employment: EmploymentIntent?
    var closesEarly: Bool
    /// A Training referral that puts the plan On Hold.
    var inTraining: Bool
    var support: SupportStatus?
    var appointmentToday: Bool
    var manualFollowUp: Bool

    static func random(today: LocalDate, _ rng: inout SplitMix64) -> DemoScenario {
        let identity = DemoPeople.identity(&rng)
        let siteIndex = rng.weighted(DemoStaffing.siteWeights)
        let source = rng.weighted([(ReferralSource.selfReferred, 30), (.ow, 22), (.odsp, 12), (.rasp, 14),
                                   (.trf, 10), (.other, 12)])
        // One in eight referrals is recent, so the contact deadlines have work.
        let range = rng.weighted([(1...21, 12), (22...540, 88)])
        let received = DemoClock.weekdayOnOrBefore(today.adding(days: -rng.int(in: range)))
        let daysAgo = received.days(until: today)

        var contact = Contact.reachedOnFirst
        switch source {
        case .rasp, .trf:
            contact = rng.weighted([(Contact.reachedOnFirst, 45), (.reachedOnSecond, 25), (.firstOnly, 12),
                                    (.unreachable, 13), (.notYet, 5)])
        case .ow:
            contact = rng.weighted([(Contact.reachedOnFirst, 72), (.reachedOnSecond, 15), (.notYet, 8), (.unreachable, 5)])
        default: break
        }
        // Nobody sits a month without a first call, or half a year without a second one.
        if contact == .notYet, daysAgo > 6 { contact = .reachedOnFirst }
        if contact == .firstOnly, daysAgo > 30 { contact = .reachedOnSecond }

        var employment: EmploymentIntent?
        if rng.chance(0.26) {
            let hours = rng.weighted([(10.0, 3), (12.0, 3), (15.0, 5), (16.0, 3), (19.5, 5), (20.0, 8), (24.0, 6),
                                      (25.0, 6), (30.0, 9), (32.0, 6), (35.0, 10), (37.5, 12), (40.0, 14)])
            employment = EmploymentIntent(hours: hours, isNewEmployer: rng.chance(0.85),
                                          startsBeforeAssessment: rng.chance(0.07), ends: rng.chance(0.12))
        }
        let support: SupportStatus? = rng.chance(0.16)
            ? rng.weighted([(SupportStatus.draft, 8), (.submitted, 22), (.approved, 22), (.declined, 6), (.paid, 42)]) : nil

        return DemoScenario(
            identity: identity, dateOfBirth: DemoPeople.dateOfBirth(today: today, &rng), siteIndex: siteIndex,
            source: source, receivedDaysAgo: daysAgo, contact: contact,
            intakeDelay: source == .selfReferred ? rng.int(in: 0...6) : rng.int(in: 1...10),
            missesFirstAppointment: rng.chance(0.1), informsSAOfNoShow: rng.chance(0.6), completesAssessment: rng.chance(0.92),
            camsLinked: rng.chance(0.985), employment: employment, closesEarly: rng.chance(0.22),
            inTraining: rng.chance(0.06), support: support, appointmentToday: rng.chance(0.05),
            manualFollowUp: rng.chance(0.08))
    }
}
