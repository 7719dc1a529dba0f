import CaseloadCore

/// One kind of fact as the loader hands it over. A `FollowUpBuild` starts from the clients (with the
/// actions) and takes the rest in any order, except that no-shows follow the referral facts.
enum FactBatch: Sendable {
    case clients([ClientFact], actions: [FollowUpAction])
    case referralFacts(contactAttempts: [ContactAttemptFact], saCommunications: [SACommunicationFact])
    case assessmentFacts(assessments: [AssessmentFact], pbfEmployments: [PBFEmploymentFact])
    case checkpoints([CheckpointFact])
    case noShows([NoShowFact])
    case onHoldPlans([OnHoldPlanFact])
    case pendingSupports([PendingSupportFact])
    case manualFollowUps([ManualFollowUp])
    case intakeGaps([IntakeGapFact])
    case lifecycleFacts(saMilestones: [SAMilestoneFact], referralsOut: [ReferralOutFact])

    /// Which batch this is, whatever it holds.
    enum Kind: Hashable {
        case clients, referralFacts, assessmentFacts, checkpoints, noShows, onHoldPlans, pendingSupports, manualFollowUps, intakeGaps
        case lifecycleFacts
    }

    var kind: Kind {
        switch self {
        case .clients: .clients
        case .referralFacts: .referralFacts
        case .assessmentFacts: .assessmentFacts
        case .checkpoints: .checkpoints
        case .noShows: .noShows
        case .onHoldPlans: .onHoldPlans
        case .pendingSupports: .pendingSupports
        case .manualFollowUps: .manualFollowUps
        case .intakeGaps: .intakeGaps
        case .lifecycleFacts: .lifecycleFacts
        }
    }

    /// The batch a build must have taken before this one (none for the clients, which start it).
    var comesAfter: Kind? {
        switch self {
        case .clients: nil
        case .noShows, .lifecycleFacts: .referralFacts
        default: .clients
        }
    }

    /// Starts a build from the first batch.
    func start(_ engine: FollowUpEngine) -> FollowUpBuild? {
        guard case .clients(let clients, let actions) = self else { return nil }
        return FollowUpBuild(engine: engine, clients: clients, actions: actions)
    }

    /// Feeds any later batch to the build.
    func feed(_ build: FollowUpBuild) {
        switch self {
        case .clients: break
        case .referralFacts(let contacts, let sa): build.addReferralRules(contactAttempts: contacts, saCommunications: sa)
        case .assessmentFacts(let assessments, let pbf): build.addAssessmentRules(assessments: assessments, pbfEmployments: pbf)
        case .checkpoints(let rows): build.add(checkpoints: rows)
        case .noShows(let rows): build.add(noShows: rows)
        case .onHoldPlans(let rows): build.add(onHoldPlans: rows)
        case .pendingSupports(let rows): build.add(pendingSupports: rows)
        case .manualFollowUps(let rows): build.add(manualFollowUps: rows)
        case .intakeGaps(let rows): build.add(intakeGaps: rows)
        case .lifecycleFacts(let milestones, let referrals): build.add(saMilestones: milestones, referralsOut: referrals)
        }
    }

    /// Collects the batch into a whole `FollowUpFacts`.
    func collect(into facts: inout FollowUpFacts) {
        switch self {
        case .clients(let clients, let actions): facts.clients = clients; facts.actions = actions
        case .referralFacts(let contacts, let sa): facts.contactAttempts = contacts; facts.saCommunications = sa
        case .assessmentFacts(let assessments, let pbf): facts.assessments = assessments; facts.pbfEmployments = pbf
        case .checkpoints(let rows): facts.checkpoints = rows
        case .noShows(let rows): facts.noShows = rows
        case .onHoldPlans(let rows): facts.onHoldPlans = rows
        case .pendingSupports(let rows): facts.pendingSupports = rows
        case .manualFollowUps(let rows): facts.manualFollowUps = rows
        case .intakeGaps(let rows): facts.intakeGaps = rows
        case .lifecycleFacts(let milestones, let referrals): facts.saMilestones = milestones; facts.referralsOut = referrals
        }
    }
}
