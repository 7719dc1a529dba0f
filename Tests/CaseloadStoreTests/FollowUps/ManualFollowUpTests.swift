import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Follow-ups made by hand: created for one's own clients (any client and owner for supervisors),
/// shown in the owner's queue, completed in their own row, audited.
@Suite struct ManualFollowUpTests {
    let today = LocalDate(iso: "2026-01-15")!

    @Test func aCaseworkerAddsOneForTheirClientAndCompletesIt() throws {
        let f = try QueueFixture()
        let zoe = try f.base.client("Zoë", "Côté")
        let added = try f.db.createManualFollowUp(clientID: zoe.id!, title: "Bring the signed consent", dueOn: today.adding(days: 2),
                                                  by: f.base.caseworker, today: today)
        #expect(added.ownerID == f.base.caseworker.id && added.createdBy == f.base.caseworker.id)
        #expect(try f.db.audit(recordType: "manual_follow_up", recordID: added.id!).map(\.action) == ["insert"])
        let item = try #require(try f.queue(today.iso, caseworker: f.base.caseworker).first { $0.rule == .manual })
        #expect(item.title == "Bring the signed consent" && item.status == .upcoming && item.ownerID == f.base.caseworker.id)

        try f.db.completeFollowUp(item, note: "Signed copy scanned", by: f.base.caseworker, today: today)
        #expect(try f.queue(today.iso).contains { $0.rule == .manual } == false)
        let audit = try f.db.audit(recordType: "manual_follow_up", recordID: added.id!)
        #expect(audit.map(\.action) == ["insert", "update"])
        #expect(throws: FollowUpError.alreadyCompleted(by: nil, on: today)) {
            try f.db.completeManualFollowUp(id: added.id!, note: "again", by: f.base.caseworker, today: today)
        }
    }

    @Test func refusalsSayWhatToDo() throws {
        let f = try QueueFixture()
        let mine = try f.base.client("Zoë", "Côté")
        let theirs = try f.base.client("Amira", "Haddad", caseworker: f.other)
        #expect(throws: FollowUpError.notYourClient(clientName: "Haddad, Amira")) {
            _ = try f.db.createManualFollowUp(clientID: theirs.id!, title: "Call", dueOn: today, by: f.base.caseworker, today: today)
        }
        #expect(throws: FollowUpError.notYours(ownerName: "Marie Roy")) {
            _ = try f.db.createManualFollowUp(clientID: mine.id!, title: "Call", dueOn: today, ownerID: f.other.id, by: f.base.caseworker, today: today)
        }
        do {
            _ = try f.db.createManualFollowUp(clientID: mine.id!, title: " ", dueOn: today.adding(days: -1), by: f.base.caseworker, today: today)
            Issue.record("a blank, past follow-up was saved")
        } catch StoreError.invalid(let problems) {
            #expect(Set(problems.map(\.field)) == ["title", "due"])
        }
        #expect(throws: StoreError.notPermitted(.viewFollowUps)) {
            _ = try f.db.createManualFollowUp(clientID: mine.id!, title: "Call", dueOn: today, by: f.base.frontDesk, today: today)
        }
        #expect(throws: StoreError.self) {
            _ = try f.db.createManualFollowUp(clientID: mine.id!, title: "Call", dueOn: today, ownerID: f.base.frontDesk.id, by: f.base.supervisor, today: today)
        }
    }

    /// A supervisor may give a caseworker a follow-up about someone else's client: it shows in the
    /// owner's queue (not the client's caseworker's), and only the owner or a supervisor may act on it.
    @Test func aSupervisorAssignsOneAcrossCaseloads() throws {
        let f = try QueueFixture()
        let theirs = try f.base.client("Amira", "Haddad", caseworker: f.other)
        let added = try f.db.createManualFollowUp(clientID: theirs.id!, title: "Cover Marie's call-back", dueOn: today,
                                                  ownerID: f.base.caseworker.id, by: f.base.supervisor, today: today)
        let danas = try f.queue(today.iso, caseworker: f.base.caseworker)
        let item = try #require(danas.first { $0.rule == .manual })
        #expect(item.itemKey == .manual(added.id!) && item.status == .dueToday)
        #expect(try f.queue(today.iso, caseworker: f.other).contains { $0.rule == .manual } == false)
        #expect(throws: FollowUpError.notYours(ownerName: "Dana Lee")) {
            try f.db.completeFollowUp(item, note: "done", by: f.other, today: today)
        }
        try f.db.completeFollowUp(item, note: "Called back", by: f.base.caseworker, today: today)
    }
}
