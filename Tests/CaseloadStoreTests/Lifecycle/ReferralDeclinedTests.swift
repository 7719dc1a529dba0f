import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// §3a: a referral the client or the provider declined is closed as declined with a reason, audited;
/// a closed client raises no rule follow-ups, and the file can be reopened.
@Suite struct ReferralDeclinedTests {
    @Test func aDeclinedReferralClosesWithItsReasonAndRaisesNothing() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.referral("Oli", "Ward", .ow, received: "2026-03-02")
        #expect(try q.queue("2026-03-03").contains { $0.clientID == client.id && $0.rule == .r04 })
        #expect(refusal { _ = try q.db.closeAsDeclined(clientID: client.id!, by: .client, reason: "  ", on: day("2026-03-03"), by: cw) }
                    .hasPrefix("Say why the referral was declined"))
        #expect(storeError { _ = try q.db.closeAsDeclined(clientID: client.id!, by: .client, reason: "x", on: day("2026-03-03"),
                                                          by: q.base.frontDesk) } == .notPermitted(.editClient))
        #expect(try q.db.client(id: client.id!, by: cw).status == .referred, "nothing refused changed the status")

        let closed = try q.db.closeAsDeclined(clientID: client.id!, by: .client, reason: " Found work on her own ",
                                              on: day("2026-03-03"), by: cw)
        #expect(closed.status == .closed)
        let change = try #require(try q.db.statusHistory(clientID: client.id!, by: cw).last)
        #expect(change.fromStatus == .referred && change.toStatus == .closed && change.changedOn == day("2026-03-03"))
        #expect(change.reason == "Referral declined by the client: Found work on her own")
        #expect(try q.db.audit(recordType: "client_status_change", recordID: change.id!).map(\.action) == ["insert"])
        #expect(try q.queue("2026-03-03").filter { $0.clientID == client.id }.isEmpty, "a closed client raises no rule follow-ups")
        #expect(try q.queue("2026-04-30").filter { $0.clientID == client.id }.isEmpty)
        #expect(refusal { _ = try q.db.closeAsDeclined(clientID: client.id!, by: .provider, reason: "again", on: day("2026-03-04"), by: cw) }
                    .contains("the client is Closed"))

        let plan = try q.db.reopenClient(clientID: client.id!, goal: nil, on: day("2026-05-04"), reason: "Came back", by: cw)
        #expect(plan.status == .active)
        #expect(try q.db.statusHistory(clientID: client.id!, by: cw).map(\.toStatus) == [.referred, .closed, .active])
    }

    @Test func onlyAReferralStillReferredIsClosedAsDeclined() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.referral("Tia", "Moss", .trf, received: "2026-03-02")
        _ = try q.db.openActionPlan(clientID: client.id!, goal: nil, on: day("2026-03-03"), by: cw)
        #expect(refusal { _ = try q.db.closeAsDeclined(clientID: client.id!, by: .provider, reason: "Outside our area", on: day("2026-03-04"), by: cw) }
                    == "Refused: the client is Active, not a referral waiting for first contact; close the EAP instead (EAP tab, p).")
        #expect(try q.db.client(id: client.id!, by: cw).status == .active)
    }

    @Test func aPlanOpenedAnywayClosesWithTheListedReason() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.referral("Ron", "Hale", .rasp, received: "2026-03-02")
        // An imported referral can carry an open plan while still Referred.
        try q.db.execute("INSERT INTO action_plan(client_id, opened_on, status, version) VALUES (?, '2026-03-02', 'Active', 0)", [client.id!])
        _ = try q.db.closeAsDeclined(clientID: client.id!, by: .provider, reason: "Needs a francophone provider", on: day("2026-03-05"), by: cw)
        let closedPlan: String? = try q.db.scalar("SELECT status || ' ' || closure_reason || ' ' || closed_on FROM action_plan WHERE client_id = ?",
                                                  [client.id!])
        #expect(closedPlan == "Closed Referral declined 2026-03-05")
        #expect(try q.db.valueList(.closureReason).map(\.value).contains("Referral declined"), "v19 adds it to the list")
    }
}
