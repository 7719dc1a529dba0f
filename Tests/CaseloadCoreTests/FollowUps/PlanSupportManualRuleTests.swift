import Foundation
import Testing
import CaseloadCore

/// EAP-HOLD, FS-APPROVAL and MANUAL items.
@Suite struct PlanSupportManualRuleTests {
    static func onHold(_ rows: [(item: Int64, end: String, completed: String?)] = [(31, "2026-03-27", nil)],
                       status: ClientStatus = .active) -> FollowUpFacts {
        FollowUpFacts(clients: [FU.client(1, status: status)], onHoldPlans: rows.map {
            OnHoldPlanFact(planID: 5, clientID: 1, onHoldSince: FU.day("2026-01-05"), planItemID: $0.item, itemType: "Training",
                           expectedEnd: FU.day($0.end), completedOn: $0.completed.map(FU.day))
        })
    }

    @Test func eapHoldExplainsItself() throws {
        let item = try #require(FU.item(.eapHold, Self.onHold(), asOf: "2026-03-01"))
        #expect(item.key == "EAP-HOLD:plan:5:2026-01-05")
        #expect(item.due == FU.day("2026-03-28"))
        #expect(item.explanation == "EAP-HOLD · EAP on hold since Mon 5 Jan 2026 · Training item expected to end Fri 27 Mar 2026"
                + " · due the day after: record the outcome and return the EAP to Active · Sat 28 Mar 2026")
    }

    @Test(arguments: [("2026-03-27", DueStatus.upcoming), ("2026-03-28", .dueToday), ("2026-03-29", .overdue(businessDays: 0)),
                      ("2026-03-30", .overdue(businessDays: 1))])
    func eapHoldBoundaries(_ asOf: String, _ status: DueStatus) throws {
        #expect(try #require(FU.item(.eapHold, Self.onHold(), asOf: asOf)).status == status)
    }

    @Test func eapHoldWaitsForTheLastTrainingItem() throws {
        let facts = Self.onHold([(31, "2026-03-27", "2026-03-27"), (32, "2026-04-10", nil)])
        let item = try #require(FU.item(.eapHold, facts, asOf: "2026-04-01"))
        #expect(item.due == FU.day("2026-04-11"))
        #expect(item.explanation.contains("Training item (last of 2 items) expected to end Fri 10 Apr 2026"))
    }

    @Test func eapHoldWithTrainingCompletedStillAsksToReturnToActive() throws {
        let item = try #require(FU.item(.eapHold, Self.onHold([(31, "2026-03-27", "2026-03-20")]), asOf: "2026-04-01"))
        #expect(item.explanation.contains("Training item completed Fri 20 Mar 2026, expected to end Fri 27 Mar 2026"))
        #expect(FU.item(.eapHold, Self.onHold(status: .closed), asOf: "2026-04-01") == nil)
    }

    // MARK: FS-APPROVAL

    static let support = FollowUpFacts(clients: [FU.client(1)], pendingSupports: [
        PendingSupportFact(supportID: 3, clientID: 1, category: "Transportation", amountCents: 12_050, submittedOn: FU.day("2025-12-24")),
    ])

    @Test func financialSupportExplainsTheAgencyTarget() throws {
        let item = try #require(FU.item(.financialSupportApproval, Self.support, asOf: "2025-12-24"))
        #expect(item.key == "FS-APPROVAL:support:3")
        #expect(item.ownerID == 7)
        #expect(item.due == FU.day("2026-01-05"))
        #expect(item.explanation == "FS-APPROVAL · Transportation support of $120.50 submitted Wed 24 Dec 2025 · agency target:"
                + " supervisor decision by submitted + 5 business days (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day;"
                + " Thu 1 Jan New Year's Day; 2 weekends) · Mon 5 Jan 2026")
    }

    @Test(arguments: [("2026-01-04", DueStatus.upcoming), ("2026-01-05", .dueToday), ("2026-01-06", .overdue(businessDays: 1))])
    func financialSupportBoundaries(_ asOf: String, _ status: DueStatus) throws {
        #expect(try #require(FU.item(.financialSupportApproval, Self.support, asOf: asOf)).status == status)
    }

    @Test(arguments: [(0, "$0.00"), (5, "$0.05"), (99_999, "$999.99"), (100_000, "$1,000.00"), (123_456_789, "$1,234,567.89")])
    func amountsInExplanations(_ cents: Int, _ text: String) throws {
        var facts = Self.support
        facts.pendingSupports[0].amountCents = cents
        let item = try #require(FU.item(.financialSupportApproval, facts, asOf: "2025-12-24"))
        #expect(item.explanation.contains("support of \(text) submitted"))
    }

    // MARK: MANUAL

    static func manual(completedOn: String? = nil, clientStatus: ClientStatus = .closed, actions: [FollowUpAction] = []) -> FollowUpFacts {
        FollowUpFacts(clients: [FU.client(1, status: clientStatus)], manualFollowUps: [
            ManualFollowUp(id: 8, clientID: 1, ownerID: 11, title: "Call about bus pass", dueOn: FU.day("2026-01-09"), createdBy: 7,
                           completedOn: completedOn.map(FU.day)),
        ], actions: actions)
    }

    @Test func manualFollowUpShowsEvenForAClosedClient() throws {
        let item = try #require(FU.item(.manual, Self.manual(), asOf: "2026-01-09"))
        #expect(item.key == "MANUAL:followup:8")
        #expect(item.title == "Call about bus pass")
        #expect(item.ownerID == 11)
        #expect(item.status == .dueToday)
        #expect(item.explanation == "MANUAL · follow-up created by hand (staff #7) · due Fri 9 Jan 2026")
    }

    @Test func completedManualFollowUpsVanish() {
        #expect(FU.item(.manual, Self.manual(completedOn: "2026-01-08"), asOf: "2026-01-09") == nil)
        let done = FollowUpAction(itemKey: "MANUAL:followup:8", kind: .completed, reason: "Called", staffID: 11)
        #expect(FU.item(.manual, Self.manual(actions: [done]), asOf: "2026-01-09") == nil)
        var noClient = Self.manual()
        noClient.clients = []
        #expect(FU.items(noClient, asOf: "2026-01-09").isEmpty)
    }
}
