import CaseloadStore

extension DaySheetModel {
    /// Someone committed (issue #23): the sheet reloads only for an appointment written at its
    /// site and day, or a change to a client on it (a name, a phone number).
    mutating func update(changed change: DatabaseChange) -> [Effect<DaySheetMessage>] {
        let atThisDesk = state.siteID.map { change.concerns(siteID: $0, day: state.day.iso) } ?? true
        guard atThisDesk || state.rows.contains(where: { change.concerns(clientID: $0.appointment.clientID) }) else { return [] }
        reloadsForChanges += 1
        return [reload]
    }
}
