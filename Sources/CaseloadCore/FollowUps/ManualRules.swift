/// MANUAL: follow-ups created by hand, due on their date until completed (`completedOn`, or a
/// completion action on their key). Their owner is explicit, so they show even for a closed client.
extension FollowUpRun {
    func addManualItem(_ followUp: ManualFollowUp, client: RankedClient) {
        guard let id = followUp.id, followUp.completedOn == nil else { return }
        emit(FollowUpKey.manual(id), client: client, ownerID: followUp.ownerID, title: followUp.title,
             due: followUp.dueOn,
             explanation: "MANUAL · follow-up created by hand (staff #\(followUp.createdBy)) · due \(long(followUp.dueOn))")
    }
}
