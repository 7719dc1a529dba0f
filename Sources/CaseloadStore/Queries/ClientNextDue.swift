import CaseloadCore
import Foundation

extension CaseloadDatabase {
    /// The "next due" column of the client list: each listed client's most pressing follow-up (the
    /// first the queue would show for them), keyed by client id; clients with nothing due are absent.
    public func clientListNextDue(asOf: LocalDate, now: Date, clientIDs: [Int64],
                                  zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [Int64: DueItem] {
        var first: [Int64: DueItem] = [:]
        for id in clientIDs {
            if let item = try followUpQueue(asOf: asOf, now: now, scope: FollowUpScope(clientID: id), zone: zone).first {
                first[id] = item
            }
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
