/// a client referred by social assistance missed the first appointment: tell the SA caseworker
/// (a milestone, not continuous reporting). An SA communication dated on or after the no-show satisfies it.
extension FollowUpRun {
    func addNoShowItem(_ noShow: NoShowFact, client: RankedClient, latestSACommunication: LocalDate?) {
        guard noShow.isFirstAppointment, client.referralSource.isSocialAssistance else { return }
        if let latest = latestSACommunication, latest >= noShow.day { return }
        let due = days(for: client).dueDate(1, after: noShow.day)
        emit(FollowUpKey.noShow(appointmentID: noShow.appointmentID), client: client, ownerID: client.caseworkerID,
             title: "Tell the SA caseworker\(Explain.named(client.saCaseworkerName)): missed first appointment",
             due: due.date,
             explanation: "R-11 · \(client.referralSource.rawValue)-referred client missed the first appointment \(long(noShow.day))"
                 + " (No Show) · SA caseworker to be told by end of next business day" + Explain.skipped(due)
                 + " · \(long(due.date))")
    }
}
