import CaseloadCore
import CaseloadStore

extension FollowUpQueueModel {
    /// Someone committed (issue #23): the rules run again for the changed clients only, and their
    /// items are merged into the queue in order. A change the feed cannot name, the first load, or
    /// an open calendar panel (which reads with the queue) reload everything.
    mutating func update(changed change: DatabaseChange) -> [Effect<FollowUpQueueMessage>] {
        guard !change.isEverything, !state.staff.isEmpty, !isCalendarOpen else { return reload() }
        partialUpdates += 1
        return [.updateQueue(FollowUpScope(caseworkerID: state.caseworkerID, siteID: state.siteID), state.items,
                             forClients: change.clientIDs, computedOn: today)]
    }
}

extension Effect where Message == FollowUpQueueMessage {
    /// `items` with the given clients' items computed again; the whole queue when the day moved on.
    static func updateQueue(_ scope: FollowUpScope, _ items: [DueItem], forClients clients: Set<Int64>, computedOn: LocalDate) -> Self {
        .read(FollowUpQueueModel.computingTheQueue) { env in
            let queue = env.today == computedOn
                ? try env.db.followUpQueue(updating: items, forClients: clients, asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor)
                : try env.db.followUpQueue(asOf: env.today, now: env.now, scope: scope, zone: env.zone, by: env.actor)
            return .queue(queue, asOf: env.today, calendar: nil)
        }
    }
}
