/// Everything the follow-up engine reads, as the store loads it. See `FactRows.swift` for what each
/// row means and which rows the store may leave out.
public struct FollowUpFacts: Sendable {
    public var clients: [ClientFact]
    public var contactAttempts: [ContactAttemptFact]
    public var saCommunications: [SACommunicationFact]
    public var assessments: [AssessmentFact]
    public var checkpoints: [CheckpointFact]
    public var noShows: [NoShowFact]
    public var onHoldPlans: [OnHoldPlanFact]
    public var pendingSupports: [PendingSupportFact]
    public var pbfEmployments: [PBFEmploymentFact]
    /// Jobs and submitted financial supports of SA-referred clients.
    public var saMilestones: [SAMilestoneFact] = []
    /// Referrals out still `Made` with a follow-up date.
    public var referralsOut: [ReferralOutFact] = []
    /// Records that may lack the SA caseworker's name or the under-18 attestation.
    public var intakeGaps: [IntakeGapFact]
    /// Hand-made follow-ups not completed (completed ones are ignored if sent).
    public var manualFollowUps: [ManualFollowUp]
    /// Completions and snoozes of computed items, matched by `itemKey`.
    public var actions: [FollowUpAction]

    public init(clients: [ClientFact] = [], contactAttempts: [ContactAttemptFact] = [],
                saCommunications: [SACommunicationFact] = [], assessments: [AssessmentFact] = [],
                checkpoints: [CheckpointFact] = [], noShows: [NoShowFact] = [], onHoldPlans: [OnHoldPlanFact] = [],
                pendingSupports: [PendingSupportFact] = [], pbfEmployments: [PBFEmploymentFact] = [],
                intakeGaps: [IntakeGapFact] = [], manualFollowUps: [ManualFollowUp] = [], actions: [FollowUpAction] = []) {
        self.clients = clients; self.contactAttempts = contactAttempts; self.saCommunications = saCommunications
        self.assessments = assessments; self.checkpoints = checkpoints; self.noShows = noShows
        self.onHoldPlans = onHoldPlans; self.pendingSupports = pendingSupports; self.pbfEmployments = pbfEmployments
        self.intakeGaps = intakeGaps; self.manualFollowUps = manualFollowUps; self.actions = actions
    }
}
