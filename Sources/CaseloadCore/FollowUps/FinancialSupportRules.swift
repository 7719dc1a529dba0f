/// FS-APPROVAL: a submitted financial support waits for a supervisor's decision. The 5 business
/// days are the agency's own target, not a program rule. The owner stays the client's caseworker;
/// supervisors see every caseworker's items.
extension FollowUpRun {
    static let approvalTargetBusinessDays = 5

    func addFinancialSupportItem(_ support: PendingSupportFact, client: RankedClient) {
        let due = days(for: client).dueDate(Self.approvalTargetBusinessDays, after: support.submittedOn)
        emit(FollowUpKey.financialSupport(support.supportID), client: client,
             ownerID: client.caseworkerID, title: "Financial support awaiting approval", due: due.date,
             explanation: "FS-APPROVAL · \(support.category) support of \(Explain.money(cents: support.amountCents))"
                 + " submitted \(long(support.submittedOn)) · agency target: supervisor decision by submitted +"
                 + " \(Self.approvalTargetBusinessDays) business days" + Explain.skipped(due) + " · \(long(due.date))")
    }
}
