import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// domain.md §4's examples, computed from clients saved in a real file: the due dates and the
/// explanations the queue shows (§6).
@Suite struct DomainExampleQueueTests {
    @Test func referralDueDatesAndExplanationsMatchTheDomainExamples() throws {
        let f = try QueueFixture()
        let zoe = try f.referral("Zoë", "Côté", .trf, received: "2025-12-24")
        let noel = try f.referral("Noël", "Bélanger", .trf, received: "2026-02-13")
        let amira = try f.referral("Amira", "Haddad", .rasp, received: "2025-04-14")

        let first = try #require(try f.item(.r01, zoe, asOf: "2025-12-24"))
        #expect(first.due == LocalDate(iso: "2025-12-29"))
        #expect(first.explanation == "R-01 · TRF referral received Wed 24 Dec 2025 · first contact due by end of next business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · Mon 29 Dec 2025")
        #expect(first.status == .upcoming && first.clientName == "Côté, Zoë" && first.ownerID == f.base.caseworker.id)

        let family = try #require(try f.item(.r01, noel, asOf: "2026-02-17"))
        #expect(family.due == LocalDate(iso: "2026-02-17") && family.status == .dueToday)
        #expect(family.explanation.contains("Mon 16 Feb Family Day") && family.explanation.hasSuffix("Tue 17 Feb 2026"))

        let second = try #require(try f.item(.r02, amira, asOf: "2025-04-30"))
        #expect(second.due == LocalDate(iso: "2025-04-29") && second.status == .overdue(businessDays: 1))
        #expect(second.explanation.hasPrefix("R-02 · RASP referral received Mon 14 Apr 2025 · no attempt recorded yet"))
        #expect(second.explanation.contains("Good Friday") && second.explanation.hasSuffix("Tue 29 Apr 2025"))
    }

    @Test func aRecordedAttemptTakesTheFirstContactOffTheQueue() throws {
        let f = try QueueFixture()
        let zoe = try f.referral("Zoë", "Côté", .trf, received: "2025-12-24")
        #expect(try f.item(.r01, zoe, asOf: "2025-12-30")?.status == .overdue(businessDays: 1))
        _ = try f.db.addContactAttempt(ContactAttempt(clientID: zoe.id!, staffID: 0, attemptedAt: Date(), method: "Phone", result: .voicemail),
                                       by: f.base.caseworker)
        #expect(try f.item(.r01, zoe, asOf: "2025-12-30") == nil)
        #expect(try f.item(.r02, zoe, asOf: "2025-12-30") != nil)   // one unanswered attempt: a second is still owed
    }
}
