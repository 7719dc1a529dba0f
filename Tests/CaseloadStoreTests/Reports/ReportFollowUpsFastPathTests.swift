import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The report reads the follow-up facts once for both period ends and runs the rules for each end
/// side by side (`ReportFigures.followUpsOverdue`). Its lines must be exactly the follow-up queue's
/// overdue items as of each end, computed the slow way, one whole queue per end.
@Suite struct ReportFollowUpsFastPathTests {
    static let today = LocalDate(year: 2026, month: 12, day: 6)!

    @Test(arguments: [ReportPeriod.month(year: 2026, month: 11), .month(year: 2026, month: 12), .fiscalYear(startYear: 2026)])
    func overdueFollowUpsEqualTheQueueAsOfEachEnd(period: ReportPeriod) throws {
        let f = try Fixture()
        _ = try f.db.fillWithDemoData(DemoGenerator(seed: 21, today: Self.today, clientCount: 400), by: f.admin)
        let caseworker: Int64 = try #require(try f.db.scalar("SELECT id FROM staff WHERE role = 'caseworker' AND id IN (SELECT caseworker_id FROM client) ORDER BY id LIMIT 1"))
        let site: Int64 = try #require(try f.db.scalar("SELECT site_id FROM client WHERE site_id IS NOT NULL ORDER BY id LIMIT 1"))
        let zone = FollowUpEngine.agencyTimeZone
        for (scope, queueScope) in [(ReportScope.agency, FollowUpScope.everyone), (.caseworker(caseworker), FollowUpScope(caseworkerID: caseworker)),
                                    (.site(site), FollowUpScope(siteID: site))] {
            let report = try f.db.monthlyReport(period, scope: scope, today: Self.today, zone: zone, by: f.supervisor)
            var fast: [String: [[Int64]]] = [:]
            for line in report.lines where line.id.hasPrefix("followups_overdue.") {
                fast[line.id] = [line.current.clientIDs, line.previous.clientIDs, [Int64(line.current.count), Int64(line.previous.count)]]
            }
            var slow: [String: [[Int64]]] = [:]
            for (i, range) in [report.window.current, report.window.previous].enumerated() {
                let day = range.upperBound
                let now = day >= Self.today ? Date() : day.adding(days: 1).startInstant(in: zone).addingTimeInterval(-1)
                for item in try f.db.followUpQueue(asOf: day, now: now, scope: queueScope, zone: zone) where item.status.isOverdue {
                    var entry = slow["followups_overdue.\(item.rule.rawValue)", default: [[], [], [0, 0]]]
                    entry[i].append(item.clientID)
                    entry[2][i] += 1
                    slow["followups_overdue.\(item.rule.rawValue)"] = entry
                }
            }
            for key in slow.keys { slow[key]![0] = Array(Set(slow[key]![0])).sorted(); slow[key]![1] = Array(Set(slow[key]![1])).sorted() }
            #expect(!slow.isEmpty, "the demo agency has overdue follow-ups at \(period.code)'s ends")
            #expect(fast == slow, "\(scope)")
        }
    }
}
