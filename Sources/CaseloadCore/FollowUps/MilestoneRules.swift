/// the SA caseworker is told at milestones — a job found, a financial support submitted — as
/// at a missed first appointment. Due the next business day after the milestone; an SA
/// Communication note dated on or after it satisfies the item.
/// a referral out with a follow-up date is followed up that day until it is settled.
extension FollowUpRun {
    func addSAMilestoneItem(_ milestone: SAMilestoneFact, client: RankedClient, latestSACommunication: LocalDate?) {
        guard client.referralSource.isSocialAssistance, milestone.day <= engine.asOf else { return }
        if let latest = latestSACommunication, latest >= milestone.day { return }
        let due = days(for: client).dueDate(1, after: milestone.day)
        let key: FollowUpKey, what: String, fact: String
        switch milestone.kind {
        case .jobFound:
            key = .jobMilestone(employmentID: milestone.recordID)
            what = "job found"
            fact = "started a job with \(milestone.detail) \(long(milestone.day))"
        case .supportSubmitted:
            key = .fundingMilestone(supportID: milestone.recordID)
            what = "funding requested"
            fact = "had a \(milestone.detail) financial support submitted \(long(milestone.day))"
        }
        emit(key, client: client, ownerID: client.caseworkerID,
             title: "Tell the SA caseworker\(Explain.named(client.saCaseworkerName)): \(what)", due: due.date,
             explanation: "R-22 · \(client.referralSource.rawValue)-referred client \(fact)"
                 + " · SA caseworker to be told by end of next business day" + Explain.skipped(due)
                 + " · \(long(due.date)) · an SA Communication note satisfies it")
    }

    func addReferralOutItem(_ referral: ReferralOutFact, client: RankedClient) {
        emit(.referralOut(referral.referralID), client: client, ownerID: client.caseworkerID,
             title: "Follow up the \(referral.serviceType.lowercased()) referral to \(referral.partner)",
             due: referral.followUpOn,
             explanation: "R-24 · \(referral.serviceType) referral to \(referral.partner) made \(long(referral.madeOn))"
                 + " · still Made · follow-up date \(long(referral.followUpOn))"
                 + " · ends when it is marked Connected or Not connected")
    }
}
