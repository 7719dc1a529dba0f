import Foundation
import Testing
import CaseloadCore

/// R-01 (received + 1 business day) across weekends, every statutory holiday, observed substitutes
/// and agency closures — the due date, the explanation, and the status the day before, of and after.
@Suite struct FirstContactCalendarTests {
    @Test func domainExampleChristmasExplainsItselfInFull() throws {
        let facts = FollowUpFacts(clients: [FU.referral(42, .trf, received: "2025-12-24")])
        let item = try #require(FU.item(.r01, facts, asOf: "2025-12-24"))
        #expect(item.key == "R-01:client:42:2025-12-24")
        #expect(item.title == "First contact attempt (TRF referral)")
        #expect(item.due == FU.day("2025-12-29"))
        #expect(item.status == .upcoming)
        #expect(item.ownerID == 7)
        #expect(item.explanation == "R-01 · TRF referral received Wed 24 Dec 2025 · first contact due by end of next"
                + " business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · Mon 29 Dec 2025")
    }

    @Test func domainExampleFamilyDayExplainsItselfInFull() throws {
        let facts = FollowUpFacts(clients: [FU.referral(.rasp, received: "2026-02-13")])
        let item = try #require(FU.item(.r01, facts, asOf: "2026-02-13"))
        #expect(item.due == FU.day("2026-02-17"))
        #expect(item.explanation == "R-01 · RASP referral received Fri 13 Feb 2026 · first contact due by end of next"
                + " business day (Mon 16 Feb Family Day; weekend) · Tue 17 Feb 2026")
    }

    struct Case: Sendable, CustomStringConvertible {
        let received: String, due: String, skipped: String
        /// Business days overdue on the calendar day after the due date (0 when that day is closed).
        let overdueNextDay: Int
        var description: String { "\(received) → \(due)" }
    }

    static let cases: [Case] = [
        Case(received: "2025-11-03", due: "2025-11-04", skipped: "", overdueNextDay: 1),
        Case(received: "2025-11-07", due: "2025-11-10", skipped: "weekend", overdueNextDay: 1),
        Case(received: "2025-04-17", due: "2025-04-21", skipped: "Fri 18 Apr Good Friday; weekend", overdueNextDay: 1),
        Case(received: "2025-05-16", due: "2025-05-20", skipped: "Mon 19 May Victoria Day; weekend", overdueNextDay: 1),
        Case(received: "2025-06-30", due: "2025-07-02", skipped: "Tue 1 Jul Canada Day", overdueNextDay: 1),
        Case(received: "2025-08-29", due: "2025-09-02", skipped: "Mon 1 Sep Labour Day; weekend", overdueNextDay: 1),
        Case(received: "2025-10-10", due: "2025-10-14", skipped: "Mon 13 Oct Thanksgiving; weekend", overdueNextDay: 1),
        Case(received: "2025-12-24", due: "2025-12-29", skipped: "Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend", overdueNextDay: 1),
        Case(received: "2025-12-31", due: "2026-01-02", skipped: "Thu 1 Jan New Year's Day", overdueNextDay: 0),
        Case(received: "2026-02-13", due: "2026-02-17", skipped: "Mon 16 Feb Family Day; weekend", overdueNextDay: 1),
        // 2027: Christmas on Saturday, Boxing Day on Sunday → substitutes Mon 27 and Tue 28.
        Case(received: "2027-12-24", due: "2027-12-29",
             skipped: "Mon 27 Dec Christmas Day (observed); Tue 28 Dec Boxing Day (observed); weekend", overdueNextDay: 1),
        // New Year's Day 2028 is a Saturday → Monday 3 January is closed.
        Case(received: "2027-12-31", due: "2028-01-04", skipped: "Mon 3 Jan New Year's Day (observed); weekend", overdueNextDay: 1),
    ]

    @Test(arguments: cases)
    func dueDateAndExplanation(_ c: Case) throws {
        let facts = FollowUpFacts(clients: [FU.referral(.trf, received: c.received)])
        let item = try #require(FU.item(.r01, facts, asOf: c.received))
        let received = FU.day(c.received), due = FU.day(c.due)
        #expect(item.due == due)
        let skipped = c.skipped.isEmpty ? "" : " (\(c.skipped))"
        #expect(item.explanation == "R-01 · TRF referral received \(received.long) · first contact due by end of next business day"
                + skipped + " · \(due.long)")
    }

    @Test(arguments: cases)
    func statusTheDayBeforeOfAndAfter(_ c: Case) throws {
        let facts = FollowUpFacts(clients: [FU.referral(.trf, received: c.received)])
        let due = FU.day(c.due)
        let expected: [(LocalDate, DueStatus)] = [
            (due.adding(days: -1), .upcoming), (due, .dueToday), (due.adding(days: 1), .overdue(businessDays: c.overdueNextDay)),
        ]
        for (asOf, status) in expected {
            let item = try #require(FU.item(.r01, facts, asOf: asOf.iso))
            #expect(item.status == status, "as of \(asOf.iso)")
            #expect(item.due == due)
        }
    }

    struct SubstituteCase: Sendable, CustomStringConvertible {
        let received: String, withSubstitutes: String, withoutSubstitutes: String
        var description: String { received }
    }

    @Test(arguments: [
        SubstituteCase(received: "2027-12-24", withSubstitutes: "2027-12-29", withoutSubstitutes: "2027-12-27"),
        SubstituteCase(received: "2027-12-31", withSubstitutes: "2028-01-04", withoutSubstitutes: "2028-01-03"),
        // A weekday holiday does not depend on the setting.
        SubstituteCase(received: "2025-12-24", withSubstitutes: "2025-12-29", withoutSubstitutes: "2025-12-29"),
    ])
    func observedSubstitutesSetting(_ c: SubstituteCase) throws {
        let facts = FollowUpFacts(clients: [FU.referral(.trf, received: c.received)])
        let on = try #require(FU.item(.r01, facts, asOf: c.received, calendar: BusinessCalendar(observesSubstitutes: true)))
        let off = try #require(FU.item(.r01, facts, asOf: c.received, calendar: BusinessCalendar(observesSubstitutes: false)))
        #expect(on.due == FU.day(c.withSubstitutes))
        #expect(off.due == FU.day(c.withoutSubstitutes))
    }

    @Test func agencyClosureDayOfTheClientsSiteIsSkipped() throws {
        let closure = ClosureDay(siteID: 2, day: FU.day("2026-03-09"), reason: "staff training")
        let site2 = BusinessCalendar(closures: [closure], siteID: 2)
        let facts = FollowUpFacts(clients: [
            FU.referral(1, .trf, received: "2026-03-06", name: "A, Site Two", site: 2),
            FU.referral(2, .trf, received: "2026-03-06", name: "B, Site Three", site: 3),
        ])
        let items = FU.engine(asOf: "2026-03-06", siteCalendars: [2: site2]).items(from: facts).filter { $0.rule == .r01 }
        let bySite = Dictionary(uniqueKeysWithValues: items.map { ($0.clientID, $0) })
        #expect(bySite[1]?.due == FU.day("2026-03-10"))
        #expect(bySite[1]?.explanation.contains("(Mon 9 Mar agency closure: staff training; weekend)") == true)
        #expect(bySite[2]?.due == FU.day("2026-03-09"))
        // Overdue counting uses the site's calendar too: Tue 10 → Thu 12 is 2 business days.
        let late = FU.engine(asOf: "2026-03-12", siteCalendars: [2: site2]).items(from: facts)
        #expect(late.first { $0.clientID == 1 && $0.rule == .r01 }?.status == .overdue(businessDays: 2))
        #expect(late.first { $0.clientID == 2 && $0.rule == .r01 }?.status == .overdue(businessDays: 3))
    }

    @Test func agencyWideClosureInTheDefaultCalendar() throws {
        let calendar = BusinessCalendar(closures: [ClosureDay(day: FU.day("2026-03-09"), reason: "ice storm")])
        let facts = FollowUpFacts(clients: [FU.referral(.rasp, received: "2026-03-06")])
        let item = try #require(FU.item(.r01, facts, asOf: "2026-03-06", calendar: calendar))
        #expect(item.due == FU.day("2026-03-10"))
    }
}
