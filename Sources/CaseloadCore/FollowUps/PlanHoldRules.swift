/// EAP-HOLD: an EAP put `Active - On Hold` for training should return to `Active` when the
/// training ends. Still on hold the day after the last training item's expected end, it is due.
/// The plan leaving On Hold is the satisfying fact (the store stops sending it).
extension FollowUpRun {
    func addEAPHoldItem(_ plan: OnHoldPlan, client: RankedClient) {
        let item = plan.lastItem
        let due = item.expectedEnd.adding(days: 1)
        let since = plan.onHoldSince.map { " since \(long($0))" } ?? ""
        let state = item.completedOn.map { "completed \(long($0)), expected to end \(long(item.expectedEnd))" }
            ?? "expected to end \(long(item.expectedEnd))"
        let others = plan.itemCount > 1 ? " (last of \(plan.itemCount) items)" : ""
        emit(FollowUpKey.eapHold(planID: plan.planID, onHoldSince: plan.onHoldSince), client: client,
             ownerID: client.caseworkerID, title: "EAP on hold past training end", due: due,
             explanation: "EAP-HOLD · EAP on hold\(since) · \(item.itemType) item\(others) \(state)"
                 + " · due the day after: record the outcome and return the EAP to Active · \(long(due))")
    }
}
