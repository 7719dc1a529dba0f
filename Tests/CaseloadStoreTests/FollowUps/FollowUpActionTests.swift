import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Completing and snoozing computed items: who may, what is refused, and the audit trail.
@Suite struct FollowUpActionTests {
    private func setUp() throws -> (QueueFixture, Client, DueItem) {
        let f = try QueueFixture()
        let zoe = try f.referral("Zoë", "Côté", .trf, received: "2025-12-24")
        let item = try #require(try f.item(.r01, zoe, asOf: "2025-12-30"))
        return (f, zoe, item)
    }

    @Test func theCaseworkerCompletesTheirItemWithANoteAndItIsAudited() throws {
        let (f, zoe, item) = try setUp()
        #expect(throws: StoreError.self) { try f.db.completeFollowUp(item, note: "  ", by: f.base.caseworker) }
        try f.db.completeFollowUp(item, note: "Reached her at the shelter's phone", by: f.base.caseworker)
        #expect(try f.item(.r01, zoe, asOf: "2025-12-30") == nil)
        let actions = try f.db.followUpActions(itemKey: item.key)
        #expect(actions.map(\.kind) == [.completed] && actions.first?.reason == "Reached her at the shelter's phone")
        let audit = try f.db.audit(recordType: "follow_up_action", recordID: actions[0].id!)
        #expect(audit.count == 1 && audit.first?.staffID == f.base.caseworker.id)
        #expect(throws: FollowUpError.alreadyCompleted(by: "Dana Lee", on: LocalDate.today(in: FollowUpEngine.agencyTimeZone))) {
            try f.db.completeFollowUp(item, note: "again", by: f.base.supervisor)
        }
    }

    @Test func anotherCaseworkerIsRefusedAndASupervisorMayAct() throws {
        let (f, zoe, item) = try setUp()
        #expect(throws: FollowUpError.notYours(ownerName: "Dana Lee")) {
            try f.db.completeFollowUp(item, note: "done", by: f.other)
        }
        #expect(throws: FollowUpError.notYours(ownerName: "Dana Lee")) {
            try f.db.snoozeFollowUp(item, until: LocalDate.today(in: FollowUpEngine.agencyTimeZone).adding(days: 3), reason: "later", by: f.other)
        }
        #expect(throws: StoreError.notPermitted(.viewFollowUps)) {
            try f.db.completeFollowUp(item, note: "done", by: f.base.frontDesk)
        }
        // A stale copy naming the other caseworker as owner changes nothing: the file decides.
        var forged = item; forged.ownerID = f.other.id
        #expect(throws: FollowUpError.notYours(ownerName: "Dana Lee")) { try f.db.completeFollowUp(forged, note: "x", by: f.other) }
        try f.db.completeFollowUp(item, note: "Supervisor called her", by: f.base.supervisor)
        #expect(try f.item(.r01, zoe, asOf: "2025-12-30") == nil)
    }

    @Test func snoozeNeedsALaterDayAndAReasonAndShowsIt() throws {
        let (f, zoe, item) = try setUp()
        let today = LocalDate(iso: "2025-12-30")!
        do {
            try f.db.snoozeFollowUp(item, until: today, reason: "", by: f.base.caseworker, today: today)
            Issue.record("a snooze to today without a reason was saved")
        } catch StoreError.invalid(let problems) {
            #expect(Set(problems.map(\.field)) == ["until", "reason"])
        }
        let until = LocalDate(iso: "2026-01-06")!
        try f.db.snoozeFollowUp(item, until: until, reason: "Client in hospital until the 5th", by: f.base.caseworker, today: today)
        let moved = try #require(try f.item(.r01, zoe, asOf: "2025-12-30"))
        #expect(moved.due == until && moved.status == .upcoming)
        #expect(moved.snooze?.originalDue == LocalDate(iso: "2025-12-29"))
        #expect(moved.explanation.hasSuffix("snoozed to Tue 6 Jan 2026: Client in hospital until the 5th"))
        let action = try #require(try f.db.followUpActions(itemKey: item.key).last)
        #expect(try f.db.audit(recordType: "follow_up_action", recordID: action.id!).count == 1)
    }
}
