import CaseloadCore

/// One kind of fact as the loader hands it over, in the order a `FollowUpBuild` takes them: the
/// clients (with the actions) first, then the facts the per-client rules read, then the rest.
enum FactBatch: Sendable {
    case clients([ClientFact], actions: [FollowUpAction])
    case clientRules(contactAttempts: [ContactAttemptFact], saCommunications: [SACommunicationFact],
                     assessments: [AssessmentFact], pbfEmployments: [PBFEmploymentFact])
    case checkpoints([CheckpointFact])
    case noShows([NoShowFact])
    case onHoldPlans([OnHoldPlanFact])
    case pendingSupports([PendingSupportFact])
    case manualFollowUps([ManualFollowUp])

    /// Starts a build from the first batch.
    func start(_ engine: FollowUpEngine) -> FollowUpBuild? {
        guard case .clients(let clients, let actions) = self else { return nil }
        return FollowUpBuild(engine: engine, clients: clients, actions: actions)
    }

    /// Feeds any later batch to the build.
    func feed(_ build: FollowUpBuild) {
        switch self {
        case .clients: break
        case .clientRules(let contacts, let sa, let assessments, let pbf):
            build.addClientRules(contactAttempts: contacts, saCommunications: sa, assessments: assessments, pbfEmployments: pbf)
        case .checkpoints(let rows): build.add(checkpoints: rows)
        case .noShows(let rows): build.add(noShows: rows)
        case .onHoldPlans(let rows): build.add(onHoldPlans: rows)
        case .pendingSupports(let rows): build.add(pendingSupports: rows)
        case .manualFollowUps(let rows): build.add(manualFollowUps: rows)
        }
    }

    /// Collects the batch into a whole `FollowUpFacts`.
    func collect(into facts: inout FollowUpFacts) {
        switch self {
        case .clients(let clients, let actions): facts.clients = clients; facts.actions = actions
        case .clientRules(let contacts, let sa, let assessments, let pbf):
            facts.contactAttempts = contacts; facts.saCommunications = sa; facts.assessments = assessments; facts.pbfEmployments = pbf
        case .checkpoints(let rows): facts.checkpoints = rows
        case .noShows(let rows): facts.noShows = rows
        case .onHoldPlans(let rows): facts.onHoldPlans = rows
        case .pendingSupports(let rows): facts.pendingSupports = rows
        case .manualFollowUps(let rows): facts.manualFollowUps = rows
        }
    }
}
