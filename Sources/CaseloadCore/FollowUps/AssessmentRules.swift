import Foundation

/// R-05 (link the CaMS reference within 24 clock hours of submission) and R-15 (no PBF-eligible job
/// within 100 calendar days of the assessment: recommend re-administering it).
extension FollowUpRun {
    static let camsLinkHours = 24
    static let reassessAfterDays = 100

    /// `latest` is the client's latest assessment; `firstSubmitted` the first one sent to CaMS,
    /// whose submission created the client there and so started R-05's clock.
    func addAssessmentItems(client: RankedClient, latest: AssessmentFact, firstSubmitted: AssessmentFact?, latestPBFStart: LocalDate?) {
        if !client.isCaMSLinked, let firstSubmitted { addCaMSLink(client, firstSubmitted) }
        addReassessment(client, latest, latestPBFStart: latestPBFStart)
    }

    /// linking the reference (a non-empty `camsReference`) is the satisfying fact.
    private func addCaMSLink(_ client: RankedClient, _ assessment: AssessmentFact) {
        guard let submittedAt = assessment.submittedAt else { return }
        let dueAt = submittedAt.addingTimeInterval(TimeInterval(Self.camsLinkHours * 3600))
        let from = Explain.local(submittedAt, in: engine.timeZone), to = Explain.local(dueAt, in: engine.timeZone)
        emit(FollowUpKey.cams(assessmentID: assessment.assessmentID), client: client, ownerID: client.caseworkerID,
             title: "Link CaMS reference", due: to.day, dueAt: dueAt,
             explanation: "R-05 · common assessment submitted \(long(from.day)) \(from.time)"
                 + " · CaMS reference to be linked within \(Self.camsLinkHours) clock hours · \(long(to.day)) \(to.time)")
    }

    /// a PBF-eligible job starting on or after the assessment day satisfies it (R-07: an earlier
    /// job never counts). Only the latest assessment counts: re-administering starts a new 100 days.
    private func addReassessment(_ client: RankedClient, _ assessment: AssessmentFact, latestPBFStart: LocalDate?) {
        guard let assessed = assessment.assessedOn else { return }
        if let start = latestPBFStart, start >= assessed { return }
        let due = assessed.adding(days: Self.reassessAfterDays)
        let text = text(TextKey(rule: .r15, a: assessed.dayNumber)) {
            ("Recommend re-administering the common assessment",
             "R-15 · common assessment \(long(assessed)) · no PBF-eligible employment since"
                + " · re-administration recommended at assessment + \(Self.reassessAfterDays) calendar days · \(long(due))")
        }
        emit(FollowUpKey.reassessment(assessmentID: assessment.assessmentID), client: client, ownerID: client.caseworkerID,
             title: text.title, due: due, explanation: text.explanation)
    }
}
