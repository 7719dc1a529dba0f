/// R-08: each employment checkpoint (1, 3, 6, 12 months) is due on its date until it is recorded.
extension FollowUpRun {
    func addCheckpointItem(_ checkpoint: CheckpointFact, client: RankedClient) {
        guard !checkpoint.isRecorded else { return }
        let months = checkpoint.month.rawValue
        let start = checkpoint.employmentStart
        let key = TextKey(rule: .r08, a: start.dayNumber, b: months, c: checkpoint.dueOn.dayNumber)
        let text = text(key) {
            let computed = start.adding(months: months)
            var arithmetic = "start + \(Explain.count(months, "calendar month"))"
            if computed.day < start.day { arithmetic += " (clamped to month end)" }
            // A due date someone moved by hand is shown as stored, with the rule's date beside it.
            if computed != checkpoint.dueOn { arithmetic += " = \(long(computed)) · due date changed by hand" }
            return ("\(months)-month employment checkpoint",
                    "R-08 · employment started \(long(start)) · \(months)-month checkpoint due at \(arithmetic)"
                        + " · \(long(checkpoint.dueOn))")
        }
        emit(FollowUpKey.checkpoint(checkpoint.checkpointID), client: client, ownerID: client.caseworkerID,
             title: text.title, due: checkpoint.dueOn, explanation: text.explanation)
    }
}
