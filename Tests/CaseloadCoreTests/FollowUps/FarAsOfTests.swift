import Foundation
import Testing
@testable import CaseloadCore

/// Issue #15 item 1: a queue as of a far day in the accepted range (2100) counts every item's
/// business days overdue in one walk, not one walk per item (seconds per queue, and minutes at
/// 2300 before the range was enforced). The counts are the calendar's own.
@Suite struct FarAsOfTests {
    @Test func overdueCountsMatchTheCalendarAcrossTheWholeRange() {
        let asOf = AcceptedDates.lastDay
        let memo = BusinessDayMemo(calendar: .ontario, asOf: asOf)
        for due in stride(from: AcceptedDates.firstDay.dayNumber, through: asOf.dayNumber, by: 997).map(LocalDate.init(dayNumber:))
            + [asOf, asOf.adding(days: -1), asOf.adding(days: 3), LocalDate(iso: "2025-12-24")!] {
            #expect(memo.businessDaysOverdue(due: due) == max(0, BusinessCalendar.ontario.businessDays(from: due, to: asOf)), "\(due)")
        }
    }

    @Test func thousandsOfDistinctDueDatesDecadesLateCostOneWalk() {
        let asOf = AcceptedDates.lastDay
        let memo = BusinessDayMemo(calendar: .ontario, asOf: asOf)
        let first = LocalDate(iso: "2000-01-01")!
        let started = ContinuousClock.now
        var total = 0
        for k in 0..<20_000 { total += memo.businessDaysOverdue(due: first.adding(days: k)) }
        // One walk per date (the old way) is about 700 million day checks: a minute in a debug build.
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(total > 0)
    }
}
