/// The queue computed as its facts arrive, kind by kind, so the rules can run while the store is
/// still reading (`CaseloadDatabase.followUpQueue` feeds one from another thread). The clients and
/// actions come first (`init`), then the other facts in any order, except that no-shows come after
/// the referral facts (R-11 reads the SA communications). The queue's order does not depend on it:
/// `items` sorts with every tie broken.
/// `FollowUpEngine.items(from:)` is the same steps with every fact at hand.
///
/// One build serves one computation on one thread at a time; it is not Sendable.
public final class FollowUpBuild {
    private var index: FactIndex
    private let run: FollowUpRun

    public init(engine: FollowUpEngine, clients: [ClientFact], actions: [FollowUpAction]) {
        index = FactIndex(clients: clients)
        run = FollowUpRun(engine: engine, actions: actions, expectedItems: clients.count * 2)
    }

    /// client by client.
    public func addReferralRules(contactAttempts: [ContactAttemptFact], saCommunications: [SACommunicationFact]) {
        index.fold(contactAttempts: contactAttempts, saCommunications: saCommunications)
        for i in index.clients.indices where index.clients[i].status != .closed {
            run.addReferralContactItems(client: index.client(at: i), contacts: index.contacts[i],
                                        latestSACommunication: FactIndex.day(index.latestSACommunication[i]))
        }
    }

    /// client by client.
    public func addAssessmentRules(assessments: [AssessmentFact], pbfEmployments: [PBFEmploymentFact]) {
        index.fold(assessments: assessments, pbfEmployments: pbfEmployments)
        for i in index.clients.indices where index.clients[i].status != .closed {
            let refs = index.assessments[i]
            guard refs.latest >= 0 else { continue }
            run.addAssessmentItems(client: index.client(at: i), latest: assessments[Int(refs.latest)],
                                   firstSubmitted: refs.firstSubmitted >= 0 ? assessments[Int(refs.firstSubmitted)] : nil,
                                   latestPBFStart: FactIndex.day(index.latestPBFStart[i]))
        }
    }

    ///
    public func add(checkpoints: [CheckpointFact]) {
        for checkpoint in checkpoints where !checkpoint.isRecorded {
            guard let client = index.client(checkpoint.clientID) else { continue }
            run.addCheckpointItem(checkpoint, client: client)
        }
    }

    /// R-11 (after `addReferralRules`, whose SA communications satisfy it).
    public func add(noShows: [NoShowFact]) {
        for noShow in noShows where noShow.isFirstAppointment {
            guard let i = index.position(of: noShow.clientID), index.clients[i].status != .closed else { continue }
            run.addNoShowItem(noShow, client: index.client(at: i),
                              latestSACommunication: FactIndex.day(index.latestSACommunication[i]))
        }
    }

    /// R-22 and R-24 (after `addReferralRules`, whose SA communications satisfy R-22).
    public func add(saMilestones: [SAMilestoneFact], referralsOut: [ReferralOutFact]) {
        for milestone in saMilestones {
            guard let i = index.position(of: milestone.clientID), index.clients[i].status != .closed else { continue }
            run.addSAMilestoneItem(milestone, client: index.client(at: i),
                                   latestSACommunication: FactIndex.day(index.latestSACommunication[i]))
        }
        for referral in referralsOut {
            guard let client = index.client(referral.clientID) else { continue }
            run.addReferralOutItem(referral, client: client)
        }
    }

    /// Plans on hold for training.
    public func add(onHoldPlans: [OnHoldPlanFact]) {
        for plan in FactIndex.onHoldPlans(onHoldPlans) {
            guard let client = index.client(plan.clientID) else { continue }
            run.addEAPHoldItem(plan, client: client)
        }
    }

    /// Financial supports awaiting approval.
    public func add(pendingSupports: [PendingSupportFact]) {
        for support in pendingSupports {
            guard let client = index.client(support.clientID) else { continue }
            run.addFinancialSupportItem(support, client: client)
        }
    }

    /// Records kept without the SA caseworker's name or the under-18 attestation (SA-WORKER, R-16).
    public func add(intakeGaps: [IntakeGapFact]) {
        for gap in intakeGaps {
            guard let client = index.client(gap.clientID) else { continue }
            run.addIntakeGapItems(gap, client: client)
        }
    }

    /// Hand-made follow-ups have an explicit owner, so they stay even for a closed client.
    public func add(manualFollowUps: [ManualFollowUp]) {
        for followUp in manualFollowUps {
            guard let client = index.client(followUp.clientID, includingClosed: true) else { continue }
            run.addManualItem(followUp, client: client)
        }
    }

    /// The items in `FollowUpEngine.queueOrder`; with an owner, only theirs. Call once, at the end.
    public func items(ownerID: Int64? = nil) -> [DueItem] {
        run.sortedItems(ownerID: ownerID)
    }
}
