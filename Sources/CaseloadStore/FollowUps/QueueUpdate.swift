import CaseloadCore
import Foundation

extension CaseloadDatabase {
    /// The queue after a change to some clients (issue #23): the rules run for those clients only,
    /// within the same scope, and their items replace the old ones in `queue` (in queue order). The
    /// same list a full `followUpQueue` would give, for a few clients' facts instead of everyone's.
    public func followUpQueue(updating queue: [DueItem], forClients clients: Set<Int64>, asOf: LocalDate, now: Date,
                              scope: FollowUpScope = .everyone, zone: TimeZone = FollowUpEngine.agencyTimeZone,
                              by staff: StaffMember) throws -> [DueItem] {
        guard !clients.isEmpty else { return queue }
        var narrowed = scope
        narrowed.clientIDs = clients.sorted()
        if let only = scope.clientIDs { narrowed.clientIDs = only.filter(clients.contains) }
        let fresh = narrowed.clientIDs?.isEmpty == true ? [] : try followUpQueue(asOf: asOf, now: now, scope: narrowed, zone: zone, by: staff)
        return QueueMerge.merge(queue, replacingClients: clients, with: fresh)
    }
}
