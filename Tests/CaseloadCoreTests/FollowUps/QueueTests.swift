import Foundation
import Testing
import CaseloadCore

/// Snooze and completion actions, queue order, the owner filter and the horizon.
@Suite struct QueueTests {
    static let r01Key = "R-01:client:1:2025-12-24"
    static let referral = FollowUpFacts(clients: [FU.referral(1, .trf, received: "2025-12-24")])

    static func snooze(_ key: String = r01Key, until: String, reason: String = "Client in hospital", at: String = "2025-12-29 09:00",
                       id: Int64? = nil) -> FollowUpAction {
        FollowUpAction(id: id, itemKey: key, kind: .snoozed, snoozedUntil: FU.day(until), reason: reason, staffID: 7, at: FU.instant(at))
    }

    static func with(_ actions: [FollowUpAction], _ facts: FollowUpFacts = referral) -> FollowUpFacts {
        var facts = facts
        facts.actions = actions
        return facts
    }

    @Test func snoozeMovesTheItemAndSaysWhy() throws {
        let facts = Self.with([Self.snooze(until: "2026-01-07", reason: "Client in hospital until Jan 6")])
        let item = try #require(FU.item(.r01, facts, asOf: "2026-01-05"))
        #expect(item.due == FU.day("2026-01-07"))
        #expect(item.status == .upcoming)
        #expect(item.snooze == FollowUpSnooze(until: FU.day("2026-01-07"), reason: "Client in hospital until Jan 6", staffID: 7,
                                              originalDue: FU.day("2025-12-29")))
        #expect(item.explanation == "R-01 · TRF referral received Wed 24 Dec 2025 · first contact due by end of next business day"
                + " (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · Mon 29 Dec 2025"
                + " · snoozed to Wed 7 Jan 2026: Client in hospital until Jan 6")
    }

    @Test(arguments: [("2026-01-06", DueStatus.upcoming), ("2026-01-07", .dueToday), ("2026-01-09", .overdue(businessDays: 2))])
    func snoozedStatusIsComputedAgainstTheSnoozeDate(_ asOf: String, _ status: DueStatus) throws {
        let item = try #require(FU.item(.r01, Self.with([Self.snooze(until: "2026-01-07")]), asOf: asOf))
        #expect(item.status == status)
    }

    @Test func theLatestSnoozeWinsRegardlessOfOrder() throws {
        let early = Self.snooze(until: "2026-01-07", at: "2025-12-29 09:00", id: 1)
        let late = Self.snooze(until: "2026-01-14", reason: "Waiting for new phone", at: "2025-12-30 09:00", id: 2)
        for actions in [[early, late], [late, early]] {
            let item = try #require(FU.item(.r01, Self.with(actions), asOf: "2026-01-05"))
            #expect(item.due == FU.day("2026-01-14"))
            #expect(item.explanation.hasSuffix("snoozed to Wed 14 Jan 2026: Waiting for new phone"))
        }
    }

    @Test func completionRemovesTheItemEvenIfAlsoSnoozed() {
        let done = FollowUpAction(itemKey: Self.r01Key, kind: .completed, reason: "Called from home phone", staffID: 7)
        #expect(FU.item(.r01, Self.with([done]), asOf: "2026-01-05") == nil)
        #expect(FU.item(.r01, Self.with([Self.snooze(until: "2026-01-07"), done]), asOf: "2026-01-05") == nil)
        // Actions on other keys (another client, another referral date) change nothing.
        let other = FollowUpAction(itemKey: "R-01:client:1:2025-06-02", kind: .completed, reason: "", staffID: 7)
        #expect(FU.item(.r01, Self.with([other]), asOf: "2026-01-05")?.due == FU.day("2025-12-29"))
    }

    @Test func snoozedClockRuleBecomesADateRule() throws {
        let facts = FollowUpFacts(clients: [FU.client(1, cams: nil)],
                                  assessments: [AssessmentFact(assessmentID: 5, clientID: 1, assessedOn: FU.day("2026-03-03"),
                                                               submittedAt: FU.instant("2026-03-03 14:05"))],
                                  actions: [Self.snooze("R-05:assessment:5", until: "2026-03-05", reason: "CaMS down")])
        let item = try #require(FollowUpEngine(asOf: FU.day("2026-03-05"), now: FU.instant("2026-03-05 16:00"))
            .items(from: facts).first { $0.rule == .r05 })
        #expect(item.dueAt == nil)
        #expect(item.status == .dueToday)
    }

    // MARK: Order

    static func checkpoint(_ id: Int64, client: Int64, due: String) -> CheckpointFact {
        CheckpointFact(checkpointID: id, employmentID: id, clientID: client, month: .one,
                       employmentStart: FU.day(due).adding(months: -1), dueOn: FU.day(due))
    }

    static let mixed = FollowUpFacts(
        clients: [FU.client(1, name: "Zed, Ann"), FU.client(2, name: "Abbott, Bo", caseworker: 8), FU.client(3, name: "Moss, Cy")],
        checkpoints: [
            checkpoint(10, client: 1, due: "2026-01-20"),   // upcoming, later
            checkpoint(11, client: 2, due: "2026-01-14"),   // due today
            checkpoint(12, client: 1, due: "2026-01-14"),   // due today, name sorts after Abbott
            checkpoint(13, client: 3, due: "2026-01-12"),   // overdue by 2
            checkpoint(14, client: 2, due: "2026-01-07"),   // overdue by 5 — most overdue
            checkpoint(15, client: 3, due: "2026-01-15"),   // upcoming, soonest
        ])

    @Test func queueOrderIsOverdueThenTodayThenUpcomingThenName() {
        let expected = [14, 13, 11, 12, 15, 10].map { "R-08:checkpoint:\($0)" }
        var facts = Self.mixed
        for _ in 0..<3 {
            let items = FU.items(facts, asOf: "2026-01-14")
            #expect(items.map(\.key) == expected)
            #expect(items.map(\.status) == [.overdue(businessDays: 5), .overdue(businessDays: 2), .dueToday, .dueToday,
                                           .upcoming, .upcoming])
            facts.checkpoints.shuffle()
            facts.clients.shuffle()
        }
    }

    @Test func ownerFilterAndHorizon() {
        let engine = FU.engine(asOf: "2026-01-14")
        #expect(engine.items(from: Self.mixed, ownerID: 8).map(\.key) == ["R-08:checkpoint:14", "R-08:checkpoint:11"])
        #expect(engine.items(from: Self.mixed, ownerID: 99).isEmpty)
        let nearTerm = FU.engine(asOf: "2026-01-14", horizon: FU.day("2026-01-15")).items(from: Self.mixed)
        #expect(nearTerm.map(\.key).contains("R-08:checkpoint:15"))
        #expect(!nearTerm.map(\.key).contains("R-08:checkpoint:10"))
        #expect(nearTerm.count == 5)
    }

    @Test func engineAsOfDefaultsToTheAgencyDayOfNow() {
        // 03:30 UTC on 1 Jan 2026 is still 31 Dec 2025 in Toronto.
        let now = Date(timeIntervalSince1970: 1_767_238_200)
        #expect(FollowUpEngine(now: now).asOf == FU.day("2025-12-31"))
    }

    @Test func everyRuleAppearsInAQueueWithItsOwnKeyAndTab() {
        let facts = FollowUpFacts(
            clients: [FU.referral(1, .trf, received: "2026-01-05"), FU.referral(2, .ow, received: "2026-01-05"),
                      FU.referral(3, .rasp, received: "2025-12-01"), FU.client(4, source: .ow, cams: nil),
                      FU.client(5, source: .odsp)],
            contactAttempts: [FU.attempt(3, "2025-12-02"), FU.attempt(3, "2025-12-05")],
            assessments: [AssessmentFact(assessmentID: 40, clientID: 4, assessedOn: FU.day("2026-01-05"), submittedAt: FU.instant("2026-01-05 10:00"))],
            checkpoints: [Self.checkpoint(41, client: 4, due: "2026-01-09")],
            noShows: [NoShowFact(appointmentID: 42, clientID: 4, day: FU.day("2026-01-06"), isFirstAppointment: true)],
            onHoldPlans: [OnHoldPlanFact(planID: 43, clientID: 4, planItemID: 1, itemType: "Training", expectedEnd: FU.day("2026-01-02"))],
            pendingSupports: [PendingSupportFact(supportID: 44, clientID: 4, category: "Tools", amountCents: 5_000, submittedOn: FU.day("2026-01-05"))],
            intakeGaps: [IntakeGapFact(clientID: 5, recordCreatedOn: FU.day("2026-01-05"), dateOfBirth: FU.day("2010-01-01"))],
            manualFollowUps: [ManualFollowUp(id: 45, clientID: 4, ownerID: 7, title: "Check résumé", dueOn: FU.day("2026-01-08"), createdBy: 7)])
        let items = FU.items(facts, asOf: "2026-01-07")
        #expect(Set(items.map(\.rule)) == Set(FollowUpRule.allCases))
        #expect(Set(items.map(\.key)).count == items.count)
    }
}
