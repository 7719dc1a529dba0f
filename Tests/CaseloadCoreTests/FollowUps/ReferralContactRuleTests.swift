import Foundation
import Testing
import CaseloadCore

/// what satisfies each, R-02's and R-04's boundaries, and R-03's informational item.
@Suite struct ReferralContactRuleTests {
    static let received = "2025-04-14"   // Mon; +10 business days → Tue 29 Apr (Good Friday 18 Apr)

    static func facts(_ source: ReferralSource = .rasp, attempts: [ContactAttemptFact] = [], sa: [String] = [],
                      received: String = received, status: ClientStatus = .referred) -> FollowUpFacts {
        FollowUpFacts(clients: [FU.referral(1, source, received: received, status: status)], contactAttempts: attempts,
                      saCommunications: sa.map { SACommunicationFact(clientID: 1, day: FU.day($0)) })
    }

    @Test(arguments: ContactResult.allCases)
    func anyAttemptSatisfiesFirstContact(_ result: ContactResult) {
        #expect(FU.item(.r01, Self.facts(), asOf: "2025-04-14") != nil)
        #expect(FU.item(.r01, Self.facts(attempts: [FU.attempt("2025-04-16", result)]), asOf: "2025-04-16") == nil)
    }

    @Test func secondAttemptDomainExampleExplainsItself() throws {
        let item = try #require(FU.item(.r02, Self.facts(.trf, attempts: [FU.attempt("2025-04-15")]), asOf: "2025-04-15"))
        #expect(item.key == "R-02:client:1:2025-04-14")
        #expect(item.due == FU.day("2025-04-29"))
        #expect(item.explanation == "R-02 · TRF referral received Mon 14 Apr 2025 · 1 attempt recorded, client not reached"
                + " · second contact due by received + 10 business days (Fri 18 Apr Good Friday; 2 weekends) · Tue 29 Apr 2025")
    }

    @Test(arguments: [("2025-04-28", DueStatus.upcoming), ("2025-04-29", .dueToday), ("2025-04-30", .overdue(businessDays: 1)),
                      ("2025-05-05", .overdue(businessDays: 4))])
    func secondAttemptBoundaries(_ asOf: String, _ status: DueStatus) throws {
        let item = try #require(FU.item(.r02, Self.facts(attempts: [FU.attempt("2025-04-15")]), asOf: asOf))
        #expect(item.status == status)
    }

    @Test(arguments: [
        ([ContactResult](), true), ([.noAnswer], true), ([.voicemail, .noAnswer], false),
        ([.reached], false), ([.wrongNumber, .messageSent], false),
    ])
    func secondAttemptSatisfiedByTwoAttemptsOrAReach(_ results: [ContactResult], _ stillDue: Bool) {
        let attempts = results.enumerated().map { FU.attempt("2025-04-1\(5 + $0.offset)", $0.element) }
        #expect((FU.item(.r02, Self.facts(attempts: attempts), asOf: "2025-04-30") != nil) == stillDue)
    }

    @Test func noReferralChaseForSelfReferralsOrClientsPastReferred() {
        #expect(FU.items(Self.facts(.selfReferred), asOf: "2025-05-30").isEmpty)
        #expect(FU.items(Self.facts(.other), asOf: "2025-05-30").isEmpty)
        #expect(FU.items(Self.facts(.rasp, status: .active), asOf: "2025-05-30").isEmpty)
        #expect(FU.items(Self.facts(.rasp, status: .closed), asOf: "2025-05-30").isEmpty)
        #expect(FU.items(Self.facts(.rasp), asOf: "2025-05-30").map(\.rule) == [.r01, .r02])
    }

    // MARK: R-03

    static let twoMisses = [FU.attempt("2025-04-15", .noAnswer), FU.attempt("2025-04-22", .voicemail)]

    @Test(arguments: [
        (twoMisses, "2025-04-28", nil),                 // day 9: not yet
        (twoMisses, "2025-04-29", "2025-04-29"),        // day 10 with two misses: allowed
        (twoMisses, "2025-05-20", "2025-04-29"),        // still allowed, and still not "overdue"
        ([FU.attempt("2025-04-15")], "2025-05-20", nil),
        ([FU.attempt("2025-04-15"), FU.attempt("2025-04-22", .reached)], "2025-05-20", nil),
        ([FU.attempt("2025-04-15"), FU.attempt("2025-04-30")], "2025-05-06", "2025-04-30"),   // second attempt after day 10
    ] as [([ContactAttemptFact], String, String?)])
    func unableToContactAppearsOnlyOnceAllowed(_ attempts: [ContactAttemptFact], _ asOf: String, _ since: String?) {
        let item = FU.item(.r03, Self.facts(attempts: attempts), asOf: asOf)
        #expect(item?.due == since.map(FU.day))
        if let item {
            #expect(item.status == .dueToday)
            #expect(item.rule.isInformational)
        }
    }

    @Test func unableToContactExplainsItself() throws {
        let item = try #require(FU.item(.r03, Self.facts(attempts: Self.twoMisses), asOf: "2025-05-01"))
        #expect(item.explanation == "R-03 · RASP referral received Mon 14 Apr 2025 · 2 attempts recorded, client never reached"
                + " · 10 business days passed Tue 29 Apr 2025 (Fri 18 Apr Good Friday; 2 weekends)"
                + " · may close as unable to contact since Tue 29 Apr 2025")
    }

    @Test func unableToContactItemAgreesWithTheCloseActionsRule() {
        // The item appears exactly when `UnableToContactRule` would let the caseworker close the file.
        let asOfs = (0..<30).map { FU.day("2025-04-20").adding(days: $0) }
        for asOf in asOfs {
            let allowed = UnableToContactRule.canClose(received: FU.day(Self.received), results: [.noAnswer, .voicemail],
                                                       asOf: asOf, calendar: .ontario).isAllowed
            #expect((FU.item(.r03, Self.facts(attempts: Self.twoMisses), asOf: asOf.iso) != nil) == allowed, "as of \(asOf.iso)")
        }
    }

    // MARK: R-04

    static let owReceived = "2026-01-05"   // Mon; +5 business days → Mon 12 Jan

    @Test func owCaseworkerContactExplainsItself() throws {
        let item = try #require(FU.item(.r04, Self.facts(.ow, received: Self.owReceived), asOf: "2026-01-05"))
        #expect(item.title == "Contact the OW caseworker (Dana Roe)")
        #expect(item.due == FU.day("2026-01-12"))
        #expect(item.explanation == "R-04 · OW referral received Mon 5 Jan 2026 · no contact attempt recorded"
                + " · OW caseworker to be contacted by received + 5 business days (weekend) · Mon 12 Jan 2026")
        #expect(FU.items(Self.facts(.ow, received: Self.owReceived), asOf: "2026-01-05").map(\.rule) == [.r04])
    }

    @Test(arguments: [("2026-01-11", DueStatus.upcoming), ("2026-01-12", .dueToday), ("2026-01-13", .overdue(businessDays: 1))])
    func owCaseworkerContactBoundaries(_ asOf: String, _ status: DueStatus) throws {
        let item = try #require(FU.item(.r04, Self.facts(.ow, attempts: [FU.attempt("2026-01-06")], received: Self.owReceived), asOf: asOf))
        #expect(item.status == status)
    }

    @Test(arguments: [
        ([], [], true),
        ([FU.attempt("2026-01-06", .voicemail)], [], true),
        ([FU.attempt("2026-01-12", .reached)], [], false),          // reached on the last day: no item
        ([FU.attempt("2026-01-13", .reached)], [], true),           // reached after the deadline: still owed
        ([], ["2026-01-07"], false),                                // SA communication satisfies it
        ([], ["2026-01-20"], false),                                // … even after the due date
        ([], ["2026-01-02"], true),                                 // one before the referral does not
    ] as [([ContactAttemptFact], [String], Bool)])
    func owCaseworkerContactSatisfaction(_ attempts: [ContactAttemptFact], _ sa: [String], _ due: Bool) {
        let facts = Self.facts(.ow, attempts: attempts, sa: sa, received: Self.owReceived)
        #expect((FU.item(.r04, facts, asOf: "2026-01-21") != nil) == due)
    }

    @Test func owItemSaysWhenTheClientWasReachedTooLate() throws {
        let facts = Self.facts(.ow, attempts: [FU.attempt("2026-01-14", .reached)], received: Self.owReceived)
        let item = try #require(FU.item(.r04, facts, asOf: "2026-01-14"))
        #expect(item.explanation.contains("client first reached Wed 14 Jan 2026, after the deadline"))
    }

    @Test func odspReferralsHaveNoFiveDayRule() {
        #expect(FU.items(Self.facts(.odsp, received: Self.owReceived), asOf: "2026-01-21").isEmpty)
    }
}

/// Issue #15 item 5: a queue as of a past day lists only referrals received by that day.
@Suite struct ReferralAsOfTests {
    @Test(arguments: [ReferralSource.rasp, .ow])
    func aReferralReceivedAfterTheAsOfDayIsNotListed(_ source: ReferralSource) {
        let facts = ReferralContactRuleTests.facts(source, received: "2025-04-14")
        #expect(FU.items(facts, asOf: "2025-04-11").isEmpty)   // the Friday before it arrived
        #expect(!FU.items(facts, asOf: "2025-04-14").isEmpty)  // the day it arrived
    }
}
