import CaseloadCore
import Dispatch
import Foundation
import GRDB

extension ReportFigures {
    /// Follow-ups overdue at the stretch's end, by rule: the follow-up engine's queue as of that day
    /// (the same items the follow-up screen showed then, from today's records), owner as caseworker.
    /// The facts are read once for both ends, on the snapshot's connection; the two queues are then
    /// worked out on other threads while the SQL figures read (`PendingOverdueFollowUps.add`
    /// waits for them). Working them out was the bulk of the report's time.
    static func startFollowUpsOverdue(_ db: CaseloadDatabase, window: ReportWindow, scope: ReportScope, today: LocalDate,
                                      zone: TimeZone) throws -> PendingOverdueFollowUps {
        let queueScope = FollowUpScope(reportScope: scope)
        let calendars = try db.businessCalendars()
        let facts = try db.read { d in try FollowUpFactLoader(scope: queueScope, zone: zone).load(d) }
        let halves = [ReportWindow.Half.current, .previous].filter { !($0 == .current && window.isEmpty) }
        let engines = halves.map { half -> FollowUpEngine in
            let day = window.range(half).upperBound
            let now = day >= today ? Date() : day.adding(days: 1).startInstant(in: zone).addingTimeInterval(-1)
            return FollowUpEngine(calendar: calendars.agency, asOf: day, now: now, timeZone: zone, siteCalendars: calendars.sites)
        }
        let queues = ReportQueues(count: engines.count)
        let owner = queueScope.caseworkerID
        DispatchQueue.global(qos: .userInitiated).async(group: queues.done) {
            DispatchQueue.concurrentPerform(iterations: engines.count) { i in
                let items = owner.map { engines[i].items(from: facts, ownerID: $0) } ?? engines[i].items(from: facts)
                queues.set(i, items.filter { $0.status.isOverdue })
            }
        }
        return PendingOverdueFollowUps(halves: halves, queues: queues)
    }
}

/// The overdue follow-ups being worked out; `add` waits for them and counts them in.
struct PendingOverdueFollowUps {
    fileprivate let halves: [ReportWindow.Half]
    fileprivate let queues: ReportQueues

    func add(into tally: inout FigureTally) {
        queues.done.wait()
        let group = "Follow-ups overdue at period end"
        for (i, half) in halves.enumerated() {
            for item in queues.items[i] {
                tally.add("followups_overdue.\(item.rule.rawValue)", group: group, label: "\(item.rule.rawValue) \(item.rule.summary)",
                          half, client: item.clientID, caseworker: item.ownerID)
            }
        }
    }
}

extension FollowUpScope {
    /// The queue's scope for a report's: the agency is everyone's queue.
    init(reportScope: ReportScope) {
        self.init()
        switch reportScope {
        case .agency: break
        case .site(let id): siteID = id
        case .caseworker(let id): caseworkerID = id
        }
    }
}

/// The two ends' overdue items, each written by its own worker.
private final class ReportQueues: @unchecked Sendable {
    // @unchecked: each worker writes only its own slot, under the lock; read after `done`.
    let done = DispatchGroup()
    private let lock = NSLock()
    private(set) var items: [[DueItem]]
    init(count: Int) { items = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [DueItem]) { lock.lock(); items[i] = value; lock.unlock() }
}
