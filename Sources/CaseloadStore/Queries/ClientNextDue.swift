import CaseloadCore
import Foundation

extension CaseloadDatabase {
    /// The "next due" column of the client list: each listed client's most pressing follow-up (the
    /// first the queue would show for them), keyed by client id; clients with nothing due are absent.
    public func clientListNextDue(asOf: LocalDate, now: Date, clientIDs: [Int64],
                                  zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [Int64: DueItem] {
        guard !clientIDs.isEmpty else { return [:] }
        var first: [Int64: DueItem] = [:]
        // The queue is in queue order (overdue first, then by due date): a client's first item is the most pressing.
        for item in try followUpQueue(asOf: asOf, now: now, scope: FollowUpScope(clientIDs: clientIDs), zone: zone)
        where first[item.clientID] == nil {
            first[item.clientID] = item
        }
        return first
    }

    /// Each client's earliest due date across the whole queue: the client list's "next due" order.
    public func nextDueDates(asOf: LocalDate, now: Date, zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [Int64: LocalDate] {
        var earliest: [Int64: LocalDate] = [:]
        for item in try followUpQueue(asOf: asOf, now: now, scope: .everyone, zone: zone) {
            if let known = earliest[item.clientID], known <= item.due { continue }
            earliest[item.clientID] = item.due
        }
        return earliest
    }
}
