import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #16 item 4: the access log (views and exports) and a client's history (changes and views).
@Suite("Access log")
struct AccessLogTests {
    @Test func aProfileViewAndANoteReadAreRecordedWithStaffAndLoginButNoText() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let note = try fixture.db.addCaseNote(fixture.note(for: client, body: "Confidential: housing trouble"), by: fixture.caseworker)
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        try fixture.db.recordAccess([AccessEvent(.viewProfile, at: when, clientID: client.id),
                                     AccessEvent(.readNote, at: when, clientID: client.id, noteID: note.id)], by: fixture.caseworker)

        let rows = try fixture.db.pool.read { try Row.fetchAll($0, sql: "SELECT * FROM access_log ORDER BY id") }
        #expect(rows.count == 2)
        #expect(rows.map { $0["kind"] as String } == ["view-profile", "read-note"])
        #expect(rows.allSatisfy { $0["staff_id"] as Int64? == fixture.caseworker.id && $0["login"] as String? == ProcessLogin.name })
        #expect(rows.allSatisfy { $0["client_id"] as Int64? == client.id })
        #expect(rows[1]["note_id"] as Int64? == note.id)
        #expect(rows.allSatisfy { ($0["at"] as Date) == when })
        let everything = rows.map { $0.description }.joined()
        #expect(!everything.contains("housing") && !everything.contains("Silva"), "ids only, never text or names")
    }

    @Test func anExportIsRecordedAndTheLogIsAppendOnly() throws {
        let fixture = try Fixture()
        try fixture.db.recordAccess([AccessEvent(.export, detail: "followups csv; scope: everyone; 3 rows")], by: fixture.supervisor)
        #expect(try fixture.db.scalar("SELECT detail FROM access_log WHERE kind = 'export'") == "followups csv; scope: everyone; 3 rows")
        for sql in ["UPDATE access_log SET kind = 'export'", "DELETE FROM access_log"] {
            do { try fixture.db.execute(sql); Issue.record("\(sql) was allowed") } catch let error as DatabaseError {
                #expect(error.message == "the access log is append-only")
            }
        }
        #expect(try fixture.db.scalar("SELECT count(*) FROM access_log") == 1)
    }

    @Test func theHistoryListsChangesAndViewsOfTheClientNewestFirst() throws {
        let fixture = try Fixture()
        var client = try fixture.client("Ana", "Silva")
        let other = try fixture.client("Ben", "Other")
        func pause() { Thread.sleep(forTimeInterval: 0.005) }   // distinct timestamps, so the order is the order of events
        pause()
        try fixture.db.recordAccess([AccessEvent(.viewProfile, clientID: client.id)], by: fixture.supervisor)
        pause()
        let note = try fixture.db.addCaseNote(fixture.note(for: client, body: "Secret words"), by: fixture.caseworker)
        _ = try fixture.db.addCaseNote(fixture.note(for: other), by: fixture.caseworker)
        pause()
        client.phone = "519-555-0100"
        client = try fixture.db.updateClient(client, by: fixture.caseworker)
        pause()
        try fixture.db.recordAccess([AccessEvent(.readNote, clientID: client.id, noteID: note.id),
                                     AccessEvent(.viewProfile, clientID: other.id)], by: fixture.supervisor)

        let history = try fixture.db.clientHistory(clientID: client.id!, by: fixture.supervisor)
        #expect(history.map(\.action) == ["read-note", "update", "insert", "view-profile", "insert"])
        #expect(history.map(\.source) == [.view, .change, .change, .view, .change])
        #expect(history.map(\.record) == ["case_note #\(note.id!)", "client #\(client.id!)", "case_note #\(note.id!)",
                                          "client #\(client.id!)", "client #\(client.id!)"])
        #expect(history[0].staffName == "Sam Boss" && history[0].staffUsername == "sboss" && history[0].login == ProcessLogin.name)
        #expect(history[1].staffName == "Dana Lee" && history[1].detail.contains("phone"))
        #expect(!history.map(\.detail).joined().contains("Secret") && !history.map(\.detail).joined().contains("555"),
                "field names, never values")
        #expect(zip(history, history.dropFirst()).allSatisfy { $0.at >= $1.at })
        #expect(try fixture.db.clientHistory(clientID: client.id!, by: fixture.admin).count == 5)
    }

    /// A record deleted since (a manual follow-up) is gone from its table but still in the history.
    @Test func aDeletedRecordStaysInTheClientsHistory() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let other = try fixture.client("Ben", "Other")
        func followUp(for client: Client) throws -> Int64 {
            var item = ManualFollowUp(clientID: client.id!, ownerID: fixture.caseworker.id!, title: "Call back",
                                      dueOn: LocalDate(year: 2026, month: 3, day: 2)!, createdBy: fixture.caseworker.id!)
            try fixture.db.pool.write { try $0.insertAudited(&item, by: fixture.caseworker, at: Date()) }
            return item.id!
        }
        let id = try followUp(for: client)
        try fixture.db.pool.write { try $0.deleteAudited(ManualFollowUp.self, id: id, by: fixture.caseworker, at: Date()) }
        _ = try followUp(for: other)
        let history = try fixture.db.clientHistory(clientID: client.id!, by: fixture.supervisor)
        #expect(history.filter { $0.record == "manual_follow_up #\(id)" }.map(\.action) == ["delete", "insert"])
        #expect(history.filter { $0.record.hasPrefix("manual_follow_up") }.count == 2, "not the other client's")
    }

    @Test func frontDeskAndCaseworkersAreRefusedTheHistory() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        for staff in [fixture.frontDesk, fixture.caseworker] {
            #expect(storeError { _ = try fixture.db.clientHistory(clientID: client.id!, by: staff) } == .notPermitted(.viewAudit))
        }
    }

    @Test func aClientIsFoundByCamsReferenceOrNumber() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva", cams: "123456789")
        #expect(try fixture.db.clientID(reference: "123456789") == client.id)
        #expect(try fixture.db.clientID(reference: "\(client.id!)") == client.id)
        #expect(try fixture.db.clientID(reference: "#\(client.id!)") == client.id)
        #expect(try fixture.db.clientID(reference: "999") == nil)
        #expect(try fixture.db.clientID(reference: "nobody") == nil)
    }

    /// Recording a view must not make every other open terminal reload; a real change still does.
    @Test func theChangeWatcherIgnoresCommitsThatOnlyRecordViews() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let watcher = try fixture.db.makeChangeWatcher()
        let other = try fixture.openAgain()
        try other.recordAccess([AccessEvent(.viewProfile, clientID: client.id)], by: fixture.supervisor)
        #expect(try !watcher.hasChanged(), "only the access log grew")
        try fixture.db.recordAccess([AccessEvent(.viewProfile, clientID: client.id)], by: fixture.supervisor)
        #expect(try !watcher.hasChanged(), "this process's own view is no change either")
        _ = try other.createClient(Client(firstName: "Ben", lastName: "Other"), by: fixture.caseworker)
        #expect(try watcher.hasChanged())
        _ = try other.createClient(Client(firstName: "Cy", lastName: "Third"), by: fixture.caseworker)
        try other.recordAccess([AccessEvent(.viewProfile, clientID: client.id)], by: fixture.supervisor)
        #expect(try watcher.hasChanged(), "a change and a view in one batch is still a change")
        #expect(try !watcher.hasChanged())
    }
}
