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
        let fresh = try followUpItems(ofClients: clients, asOf: asOf, now: now, scope: scope, zone: zone, by: staff)
        return QueueMerge.merge(queue, replacingClients: clients, with: fresh)
    }

    /// The items `scope`'s queue holds for these clients now (any order): what a screen keeping
    /// the queue (a `SortedQueue`) puts in place of their old items.
    public func followUpItems(ofClients clients: Set<Int64>, asOf: LocalDate, now: Date,
                              scope: FollowUpScope = .everyone, zone: TimeZone = FollowUpEngine.agencyTimeZone,
                              by staff: StaffMember) throws -> [DueItem] {
        var narrowed = scope
        narrowed.clientIDs = clients.sorted()
        if let only = scope.clientIDs { narrowed.clientIDs = only.filter(clients.contains) }
        if narrowed.clientIDs?.isEmpty != false { return [] }
        return try followUpQueue(asOf: asOf, now: now, scope: narrowed, zone: zone, by: staff)
    }
}
