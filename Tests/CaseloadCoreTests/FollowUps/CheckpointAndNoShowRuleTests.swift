import Foundation
import Testing
import CaseloadCore

/// R-08 (employment checkpoints) and R-11 (tell the SA caseworker about a missed first appointment).
@Suite struct CheckpointAndNoShowRuleTests {
    static func checkpoint(start: String, _ month: CheckpointMonth, due: String? = nil, recorded: Bool = false,
                           status: ClientStatus = .monitoring) -> FollowUpFacts {
        let startDate = FU.day(start)
        return FollowUpFacts(clients: [FU.client(1, status: status)], checkpoints: [
            CheckpointFact(checkpointID: 17, employmentID: 3, clientID: 1, month: month, employmentStart: startDate,
                           dueOn: due.map(FU.day) ?? startDate.adding(months: month.rawValue), isRecorded: recorded),
        ])
    }

    @Test func checkpointExplainsItsMonthEndClamp() throws {
        let item = try #require(FU.item(.r08, Self.checkpoint(start: "2026-01-31", .one), asOf: "2026-02-01"))
        #expect(item.key == "R-08:checkpoint:17")
        #expect(item.title == "1-month employment checkpoint")
        #expect(item.due == FU.day("2026-02-28"))
        #expect(item.explanation == "R-08 · employment started Sat 31 Jan 2026 · 1-month checkpoint due at start"
                + " + 1 calendar month (clamped to month end) · Sat 28 Feb 2026")
    }

    @Test func checkpointMovedByHandShowsBothDates() throws {
        let item = try #require(FU.item(.r08, Self.checkpoint(start: "2025-10-09", .three, due: "2026-01-12"), asOf: "2026-01-05"))
        #expect(item.due == FU.day("2026-01-12"))
        #expect(item.explanation == "R-08 · employment started Thu 9 Oct 2025 · 3-month checkpoint due at start + 3 calendar"
                + " months = Fri 9 Jan 2026 · due date changed by hand · Mon 12 Jan 2026")
    }

    struct OverdueCase: Sendable, CustomStringConvertible {
        let start: String, month: CheckpointMonth, asOf: String, status: DueStatus
        var description: String { "\(start) +\(month.rawValue)m as of \(asOf)" }
    }

    @Test(arguments: [
        // Due Fri 9 Jan 2026.
        OverdueCase(start: "2025-10-09", month: .three, asOf: "2026-01-08", status: .upcoming),
        OverdueCase(start: "2025-10-09", month: .three, asOf: "2026-01-09", status: .dueToday),
        OverdueCase(start: "2025-10-09", month: .three, asOf: "2026-01-10", status: .overdue(businessDays: 0)),
        OverdueCase(start: "2025-10-09", month: .three, asOf: "2026-01-12", status: .overdue(businessDays: 1)),
        OverdueCase(start: "2025-10-09", month: .three, asOf: "2026-01-13", status: .overdue(businessDays: 2)),
        // Due Fri 13 Feb 2026; Mon 16 Feb is Family Day.
        OverdueCase(start: "2025-08-13", month: .six, asOf: "2026-02-16", status: .overdue(businessDays: 0)),
        OverdueCase(start: "2025-08-13", month: .six, asOf: "2026-02-17", status: .overdue(businessDays: 1)),
        // Due Wed 24 Dec 2025; the holidays and New Year's Day do not count.
        OverdueCase(start: "2024-12-24", month: .twelve, asOf: "2026-01-02", status: .overdue(businessDays: 4)),
    ])
    func checkpointOverdueBusinessDays(_ c: OverdueCase) throws {
        let item = try #require(FU.item(.r08, Self.checkpoint(start: c.start, c.month), asOf: c.asOf))
        #expect(item.status == c.status)
    }

    @Test func recordingTheCheckpointRemovesIt() {
        #expect(FU.item(.r08, Self.checkpoint(start: "2025-10-09", .three), asOf: "2026-02-01") != nil)
        #expect(FU.item(.r08, Self.checkpoint(start: "2025-10-09", .three, recorded: true), asOf: "2026-02-01") == nil)
        #expect(FU.item(.r08, Self.checkpoint(start: "2025-10-09", .three, status: .closed), asOf: "2026-02-01") == nil)
    }

    // MARK: R-11

    static func noShow(_ source: ReferralSource = .ow, on iso: String = "2026-02-13", first: Bool = true, sa: [String] = [],
                       status: ClientStatus = .active) -> FollowUpFacts {
        FollowUpFacts(clients: [FU.referral(1, source, received: "2026-02-02", status: status)],
                      saCommunications: sa.map { SACommunicationFact(clientID: 1, day: FU.day($0)) },
                      noShows: [NoShowFact(appointmentID: 99, clientID: 1, day: FU.day(iso), isFirstAppointment: first)])
    }

    @Test func noShowExplainsItself() throws {
        let item = try #require(FU.item(.r11, Self.noShow(), asOf: "2026-02-13"))
        #expect(item.key == "R-11:appointment:99")
        #expect(item.title == "Tell the SA caseworker (Dana Roe): missed first appointment")
        #expect(item.due == FU.day("2026-02-17"))
        #expect(item.explanation == "R-11 · OW-referred client missed the first appointment Fri 13 Feb 2026 (No Show)"
                + " · SA caseworker to be told by end of next business day (Mon 16 Feb Family Day; weekend) · Tue 17 Feb 2026")
    }

    @Test(arguments: [("2026-02-16", DueStatus.upcoming), ("2026-02-17", .dueToday), ("2026-02-18", .overdue(businessDays: 1))])
    func noShowBoundaries(_ asOf: String, _ status: DueStatus) throws {
        #expect(try #require(FU.item(.r11, Self.noShow(), asOf: asOf)).status == status)
    }

    @Test(arguments: [([String](), true), (["2026-02-12"], true), (["2026-02-13"], false), (["2026-02-20"], false)])
    func saCommunicationOnOrAfterTheNoShowSatisfiesIt(_ sa: [String], _ due: Bool) {
        #expect((FU.item(.r11, Self.noShow(sa: sa), asOf: "2026-02-25") != nil) == due)
    }

    @Test(arguments: ReferralSource.allCases)
    func onlySocialAssistanceReferralsAndOnlyTheFirstAppointment(_ source: ReferralSource) {
        #expect((FU.item(.r11, Self.noShow(source), asOf: "2026-02-25") != nil) == source.isSocialAssistance)
        #expect(FU.item(.r11, Self.noShow(source, first: false), asOf: "2026-02-25") == nil)
        #expect(FU.item(.r11, Self.noShow(source, status: .closed), asOf: "2026-02-25") == nil)
    }
}
