/// One demo client's whole story, ready for the store to write.
///
/// Record IDs are nil, and every foreign key inside a record (`clientID`, `authorID`, `planID` …) is a
/// placeholder 0: the writer fills them in. What each record points at is said by the local
/// references next to it — indices into `DemoGenerator.staff()`, `sites()`, the employer pool, or
/// into this bundle's own arrays, always pointing at an *earlier* entry of the same array so one
/// pass in order resolves everything.
public struct DemoClientBundle: Hashable, Sendable {
    public var index: Int
    /// `caseworkerID` and `siteID` are nil: resolve `caseworkerIndex` and `siteIndex`.
    public var client: Client
    public var siteIndex: Int
    public var caseworkerIndex: Int
    public var assessment: Assessment?
    public var plan: ActionPlan?
    /// All belong to `plan` (never non-empty without it).
    public var planItems: [PlanItem]
    public var appointments: [DemoAppointment]
    /// In the order they happened; an amendment follows its original.
    public var notes: [DemoNote]
    public var contactAttempts: [DemoContactAttempt]
    public var consents: [DemoConsent]
    public var employments: [DemoEmployment]
    public var financialSupports: [DemoFinancialSupport]
    public var followUps: [DemoFollowUp]
}

public struct DemoAppointment: Hashable, Sendable {
    public var appointment: Appointment
    public var staffIndex: Int
    public var siteIndex: Int
    /// For a `Rescheduled` appointment: its replacement, an earlier entry of `appointments`.
    public var rescheduledToIndex: Int?
}

public struct DemoNote: Hashable, Sendable {
    public var note: CaseNote
    public var authorIndex: Int
    /// The note this one corrects: an earlier entry of `notes`.
    public var amendsIndex: Int?
    public var planItemIndex: Int?
    public var appointmentIndex: Int?
}

public struct DemoContactAttempt: Hashable, Sendable {
    public var attempt: ContactAttempt
    public var staffIndex: Int
    /// The Contact Attempt note written with it.
    public var noteIndex: Int?
}

public struct DemoConsent: Hashable, Sendable {
    public var consent: ConsentRecord
    /// The Consent note that records it.
    public var noteIndex: Int
}

public struct DemoEmployment: Hashable, Sendable {
    public var employment: Employment
    /// Key into the employer pool: `DemoGenerator.employer(at:)`.
    public var employerKey: Int
    /// Due at start + 1, 3, 6 and 12 months; `employmentID` is a placeholder.
    public var checkpoints: [Checkpoint]
}

public struct DemoFinancialSupport: Hashable, Sendable {
    public var support: FinancialSupport
    /// Set when the recipient is an employer.
    public var employerKey: Int?
    /// The supervisor who approved or declined it.
    public var decidedByIndex: Int?
}

public struct DemoFollowUp: Hashable, Sendable {
    public var followUp: ManualFollowUp
    public var ownerIndex: Int
    public var createdByIndex: Int
}

/// Salts for the independent random streams, so one part of a story can change without shifting
/// every other part.
enum DemoStream {
    static let identity: UInt64 = 1
    static let story: UInt64 = 2
    static let staffing: UInt64 = 3
    static let employer: UInt64 = 4
    static let cams: UInt64 = 5
}
