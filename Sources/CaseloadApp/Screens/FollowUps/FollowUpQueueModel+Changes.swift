import CaseloadCore
import CaseloadStore

extension FollowUpQueueModel {
    /// Someone committed (issue #23): the rules run again for the changed clients only, and their
    /// items take their places in the queue in order (`SortedQueue`). A change the feed cannot
    /// name, the first load, or an open calendar panel (which reads with the queue) reload everything.
    mutating func update(changed change: DatabaseChange) -> [Effect<FollowUpQueueMessage>] {
        guard !change.isEverything, !state.staff.isEmpty, !isCalendarOpen else { return reload() }
        partialUpdates += 1
        return [.recomputeClients(change.clientIDs, FollowUpScope(caseworkerID: state.caseworkerID, siteID: state.siteID), computedOn: today)]
    }
}

extension Effect where Message == FollowUpQueueMessage {
    /// The given clients' items computed again (only theirs: the queue itself stays in the model);
    /// the whole queue when the day moved on.
    static func recomputeClients(_ clients: Set<Int64>, _ scope: FollowUpScope, computedOn: LocalDate) -> Self {
        .read(FollowUpQueueModel.computingTheQueue) { env in
            guard env.today == computedOn else {
                return .queue(try env.db.followUpQueue(asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor),
                              asOf: env.today, calendar: nil)
            }
            let fresh = try env.db.followUpItems(ofClients: clients, asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor)
            return .clientsRecomputed(clients, fresh)
        }
    }
}
