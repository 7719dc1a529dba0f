import Foundation
import Testing
import CaseloadCore

/// R-05 (24 clock hours to link the CaMS reference) and R-15 (re-administer after 100 days without
/// PBF-eligible employment).
@Suite struct AssessmentRuleTests {
    static func facts(cams: String? = nil, submitted: String? = "2026-03-03 14:05", assessed: String? = "2026-03-03",
                      pbf: [String] = [], status: ClientStatus = .active) -> FollowUpFacts {
        FollowUpFacts(clients: [FU.client(1, status: status, cams: cams)],
                      assessments: [AssessmentFact(assessmentID: 5, clientID: 1, assessedOn: assessed.map(FU.day),
                                                   submittedAt: submitted.map(FU.instant))],
                      pbfEmployments: pbf.map { PBFEmploymentFact(clientID: 1, startDate: FU.day($0)) })
    }

    static func r05(_ facts: FollowUpFacts, now: String) -> DueItem? {
        let instant = FU.instant(now)
        let engine = FollowUpEngine(asOf: LocalDate(instant, in: FU.toronto), now: instant)
        return engine.items(from: facts).first { $0.rule == .r05 }
    }

    @Test func camsLinkExplainsItself() throws {
        let item = try #require(Self.r05(Self.facts(), now: "2026-03-03 15:00"))
        #expect(item.key == "R-05:assessment:5")
        #expect(item.title == "Link CaMS reference")
        #expect(item.due == FU.day("2026-03-04"))
        #expect(item.dueAt == FU.instant("2026-03-04 14:05"))
        #expect(item.status == .upcoming)
        #expect(item.explanation == "R-05 · common assessment submitted Tue 3 Mar 2026 14:05"
                + " · CaMS reference to be linked within 24 clock hours · Wed 4 Mar 2026 14:05")
    }

    @Test(arguments: [
        ("2026-03-04 14:04", DueStatus.dueToday),           // 23 h 59 min: due today, not overdue
        ("2026-03-04 14:06", .overdue(businessDays: 0)),     // 24 h 01 min: overdue the same day
        ("2026-03-05 09:00", .overdue(businessDays: 1)),
        ("2026-03-09 09:00", .overdue(businessDays: 3)),     // Thu, Fri, (weekend), Mon
    ])
    func camsLinkClockHours(_ now: String, _ status: DueStatus) throws {
        let item = try #require(Self.r05(Self.facts(), now: now))
        #expect(item.status == status)
    }

    @Test func camsLinkCountsClockHoursAcrossTheSpringForwardNight() throws {
        // DST starts Sun 8 Mar 2026 02:00 in Toronto: 24 clock hours after Sat 10:00 is Sun 11:00.
        let item = try #require(Self.r05(Self.facts(submitted: "2026-03-07 10:00"), now: "2026-03-07 10:30"))
        #expect(item.explanation.hasSuffix("· Sun 8 Mar 2026 11:00"))
        #expect(item.dueAt == FU.instant("2026-03-07 10:00").addingTimeInterval(86_400))
    }

    @Test(arguments: [("000123456", false), ("", true), (nil, true)] as [(String?, Bool)])
    func linkingTheReferenceSatisfiesIt(_ cams: String?, _ due: Bool) {
        #expect((Self.r05(Self.facts(cams: cams), now: "2026-03-05 09:00") != nil) == due)
    }

    @Test func noCamsItemBeforeSubmission() {
        #expect(Self.r05(Self.facts(submitted: nil), now: "2026-03-05 09:00") == nil)
    }

    @Test func camsClockStartsAtTheFirstSubmission() throws {
        var facts = Self.facts()
        facts.assessments.append(AssessmentFact(assessmentID: 9, clientID: 1, assessedOn: FU.day("2026-06-01"),
                                                submittedAt: FU.instant("2026-06-01 10:00")))
        let item = try #require(Self.r05(facts, now: "2026-06-01 11:00"))
        #expect(item.key == "R-05:assessment:5")
        #expect(item.status == .overdue(businessDays: 61))
    }

    // MARK: R-15

    @Test func reassessmentExplainsItself() throws {
        let item = try #require(FU.item(.r15, Self.facts(cams: "000123456", assessed: "2026-01-05"), asOf: "2026-01-05"))
        #expect(item.key == "R-15:assessment:5")
        #expect(item.due == FU.day("2026-04-15"))
        #expect(item.explanation == "R-15 · common assessment Mon 5 Jan 2026 · no PBF-eligible employment since"
                + " · re-administration recommended at assessment + 100 calendar days · Wed 15 Apr 2026")
    }

    @Test(arguments: [("2026-04-14", DueStatus.upcoming), ("2026-04-15", .dueToday), ("2026-04-16", .overdue(businessDays: 1)),
                      ("2026-04-20", .overdue(businessDays: 3))])
    func reassessmentBoundaries(_ asOf: String, _ status: DueStatus) throws {
        let item = try #require(FU.item(.r15, Self.facts(cams: "000123456", assessed: "2026-01-05"), asOf: asOf))
        #expect(item.status == status)
    }

    @Test(arguments: [([String](), true), (["2026-02-01"], false), (["2026-05-01"], false), (["2025-12-01"], true),
                      (["2026-01-05"], false)])
    func pbfEligibleEmploymentSatisfiesIt(_ starts: [String], _ due: Bool) {
        let facts = Self.facts(cams: "000123456", assessed: "2026-01-05", pbf: starts)
        #expect((FU.item(.r15, facts, asOf: "2026-06-01") != nil) == due)
    }

    @Test func onlyTheLatestAssessmentCounts() throws {
        var facts = Self.facts(cams: "000123456", assessed: "2026-01-05")
        facts.assessments.append(AssessmentFact(assessmentID: 8, clientID: 1, assessedOn: FU.day("2026-05-01"), submittedAt: nil))
        let item = try #require(FU.item(.r15, facts, asOf: "2026-05-02"))
        #expect(item.key == "R-15:assessment:8")
        #expect(item.due == FU.day("2026-08-09"))
    }

    @Test func closedClientsHaveNoAssessmentItems() {
        #expect(FU.items(Self.facts(status: .closed), asOf: "2026-06-01").isEmpty)
    }
}
