import Foundation

/// Builds one client's bundle from a scenario, event by event in the order they happened. The parts
/// live in extensions: referral and intake, plan, employment and money, appointments, notes.
struct DemoStory {
    let today: LocalDate
    /// Yesterday: the last day anything has happened. Today only holds what is still to come.
    let lastPast: LocalDate
    let seed: UInt64
    let staffing: DemoStaffing
    let scenario: DemoScenario
    let index: Int
    var rng: SplitMix64
    let caseworker: Int

    var client: Client
    var assessment: Assessment?
    var plan: ActionPlan?
    var items: [PlanItem] = []
    var appointments: [DemoAppointment] = []
    var notes: [DemoNote] = []
    var attempts: [DemoContactAttempt] = []
    var consents: [DemoConsent] = []
    var employments: [DemoEmployment] = []
    var supports: [DemoFinancialSupport] = []
    var followUps: [DemoFollowUp] = []

    // Facts of the timeline that later parts depend on.
    var received: LocalDate
    var intakeDay: LocalDate?
    var assessedOn: LocalDate?
    var closedOn: LocalDate?
    var jobTitle: String
    /// Kinds of business that hire for `jobTitle`.
    var jobKinds: [String]
    /// Start of the intake appointment: notes that day come after it.
    var intakeMinute = 9 * 60

    init(index: Int, scenario: DemoScenario, generator: DemoGenerator, rng: SplitMix64) {
        self.index = index
        self.scenario = scenario
        self.today = generator.today
        self.lastPast = generator.today.adding(days: -1)
        self.seed = generator.seed
        self.staffing = generator.staffing
        self.rng = rng
        let pool = staffing.caseworkersBySite[scenario.siteIndex]
        var pickRng = SplitMix64(seed: seed, index: index, stream: DemoStream.staffing)
        self.caseworker = pool[pickRng.below(pool.count)]
        self.received = today.adding(days: -scenario.receivedDaysAgo)
        let job = DemoWords.jobs[self.rng.below(DemoWords.jobs.count)]
        self.jobTitle = job.title
        self.jobKinds = job.kinds
        let id = scenario.identity
        client = Client(firstName: id.firstName, lastName: id.lastName, preferredName: id.preferredName,
                        dateOfBirth: scenario.dateOfBirth, preferredLanguage: id.language,
                        referralSource: scenario.source, referralReceivedOn: received,
                        status: .referred, createdAt: Date(timeIntervalSince1970: 0),
                        updatedAt: Date(timeIntervalSince1970: 0))
    }

    /// The name people use in notes: "Zoë", or "Grace" for 秀英 who goes by Grace.
    var callName: String { client.preferredName ?? client.firstName }
    var siteIndex: Int { scenario.siteIndex }
    var siteName: String { DemoStaffing.siteNames[scenario.siteIndex] }
    /// The last day of the file's active life: its closure, or yesterday.
    var windowEnd: LocalDate { closedOn ?? lastPast }

    mutating func build() -> DemoClientBundle {
        fillContactDetails()
        let reached = referral()
        if let reached { intake(after: reached) }
        if intakeDay != nil { assess() }
        if assessedOn != nil { openPlan() }
        if plan != nil { requestSupport() }
        if intakeDay != nil { regularAppointments() }
        fillerNotes()
        addManualFollowUp()
        return finish()
    }

    // MARK: - Helpers the parts share

    /// Adds a note and returns its index (before the final chronological sort, which remaps it).
    @discardableResult
    mutating func addNote(on day: LocalDate, minute: Int? = nil, communication: String, type: String,
                          subject: String, body: String, author: Int? = nil,
                          appointment: Int? = nil, planItem: Int? = nil) -> Int {
        var clock = minute ?? DemoClock.officeMinute(&rng)
        if minute == nil, day == intakeDay, clock <= intakeMinute + 45 {
            clock = min(intakeMinute + 60 + rng.below(90), 16 * 60 + 45)
        }
        let at = DemoClock.instant(day, minute: clock)
        // Most notes are typed right after the interaction (SOP 2); a few the next morning.
        let delay = rng.chance(0.9) ? Double(rng.int(in: 3...75) * 60) : Double(rng.int(in: 16...20) * 3_600)
        let note = CaseNote(clientID: 0, authorID: 0, interactionAt: at, enteredAt: at.addingTimeInterval(delay),
                            communication: communication, type: type, subject: subject, body: body)
        notes.append(DemoNote(note: note, authorIndex: author ?? caseworker, amendsIndex: nil,
                              planItemIndex: planItem, appointmentIndex: appointment))
        return notes.count - 1
    }

    @discardableResult
    mutating func addAppointment(on day: LocalDate, minute: Int? = nil, length: Int? = nil, purpose: String,
                                 status: AppointmentStatus, reason: String? = nil, cancelledBy: CancelledBy? = nil,
                                 rescheduledTo: Int? = nil, walkIn: Bool = false) -> Int {
        let start = minute ?? DemoClock.appointmentMinute(&rng)
        var checkedIn: Date?
        if status == .attended || status == .late {
            let arrival = status == .late ? rng.int(in: 10...25) : -rng.int(in: 0...12)
            checkedIn = DemoClock.instant(day, minute: start + arrival)
        }
        let appt = Appointment(clientID: 0, staffID: 0, siteID: 0, day: day, startMinute: start,
                               lengthMinutes: length ?? rng.weighted([(30, 5), (60, 4), (45, 2), (15, 1)]),
                               purpose: purpose, status: status, statusReason: reason, cancelledBy: cancelledBy,
                               checkedInAt: checkedIn, isWalkIn: walkIn)
        appointments.append(DemoAppointment(appointment: appt, staffIndex: caseworker, siteIndex: siteIndex,
                                            rescheduledToIndex: rescheduledTo))
        return appointments.count - 1
    }

    var supervisor: Int { staffing.supervisorIndices[index % staffing.supervisorIndices.count] }
}
