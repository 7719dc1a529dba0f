import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Audit trail")
struct AuditTests {
    @Test func auditRowsCannotBeUpdatedOrDeleted() throws {
        let fixture = try Fixture()
        try fixture.client("Ana", "Silva")
        let count: Int? = try fixture.db.scalar("SELECT count(*) FROM audit")

        for sql in ["UPDATE audit SET action = 'nothing' WHERE id = 1", "DELETE FROM audit WHERE id = 1", "DELETE FROM audit"] {
            #expect(throws: DatabaseError.self) { try fixture.db.execute(sql) }
            do { try fixture.db.execute(sql) } catch let error as DatabaseError {
                #expect(error.message == "the audit trail is append-only")
            }
        }
        #expect(try fixture.db.scalar("SELECT count(*) FROM audit") == count)
        #expect(try fixture.db.scalar("SELECT action FROM audit WHERE id = 1") == "insert")
    }

    @Test func insertsRecordValuesAndUpdatesRecordOnlyChangedFields() throws {
        let fixture = try Fixture()
        var client = try fixture.client("Zoe", "Cote", cams: "001234567")
        client.firstName = "Zoë"
        client.email = "zoe.cote@videotron.ca"
        client = try fixture.db.updateClient(client, by: fixture.caseworker)

        let rows = try fixture.db.audit(recordType: "client", recordID: client.id!)
        #expect(rows.map(\.action) == ["insert", "update"])
        #expect(rows.allSatisfy { $0.staffID == fixture.caseworker.id })
        let inserted = try JSONSerialization.jsonObject(with: Data(rows[0].changes.utf8)) as? [String: Any]
        #expect(inserted?["first_name"] as? String == "Zoe")
        #expect(inserted?["cams_reference"] as? String == "001234567")
        let updated = try JSONSerialization.jsonObject(with: Data(rows[1].changes.utf8)) as? [String: [Any]]
        #expect(Set(updated?.keys ?? [:].keys) == ["first_name", "email", "updated_at"])
        #expect(updated?["first_name"]?.first as? String == "Zoe")
        #expect(updated?["first_name"]?.last as? String == "Zoë")
        #expect(updated?["email"]?.first is NSNull)
        #expect(abs(rows[1].at.timeIntervalSinceNow) < 60, "stored as a UTC instant")
    }

    @Test func aRefusedChangeLeavesNoAuditRow() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let before: Int? = try fixture.db.scalar("SELECT count(*) FROM audit")
        var stale = client
        stale.version = 7
        stale.firstName = "Anna"
        _ = storeError { _ = try fixture.db.updateClient(stale, by: fixture.caseworker) }
        _ = storeError { _ = try fixture.db.addCaseNote(fixture.note(for: client, type: "Gossip"), by: fixture.caseworker) }
        #expect(try fixture.db.scalar("SELECT count(*) FROM audit") == before)
    }

    @Test func caseNotesCannotBeEditedInPlace() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let note = try fixture.db.addCaseNote(fixture.note(for: client), by: fixture.caseworker)
        do {
            try fixture.db.execute("UPDATE case_note SET body = 'rewritten' WHERE id = ?", [note.id!])
            Issue.record("a note body was edited in place")
        } catch let error as DatabaseError {
            #expect(error.message == "case notes are never edited: add an amendment")
        }
        #expect(try fixture.db.note(id: note.id!, by: fixture.caseworker).body == note.body)
    }

    @Test func supervisorsReadTheTrailCaseworkersDoNot() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        #expect(try fixture.db.auditTrail(recordType: "client", recordID: client.id!, by: fixture.supervisor).count == 1)
        #expect(storeError { _ = try fixture.db.auditTrail(recordType: "client", recordID: client.id!, by: fixture.caseworker) }
                == .notPermitted(.viewAudit))
    }
}

/// Issue #16 item 1: every audit row records the staff member and the operating-system login that
/// ran the process (from the password database, not `$USER`), whichever path wrote it.
@Suite struct AuditLoginTests {
    @Test func everyAuditRowNamesTheProcessLogin() throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        _ = try f.db.addCaseNote(f.note(for: client), by: f.caseworker)
        _ = try f.importFile(text: goodExtract)
        let logins: [String?] = try f.db.pool.read { try String?.fetchAll($0, sql: "SELECT login FROM audit") }
        #expect(logins.count > 10)
        #expect(Set(logins) == [ProcessLogin.name], "the store's writes and the import's bulk writes alike")
        #expect(try f.db.audit(recordType: "client", recordID: client.id!).first?.login == ProcessLogin.name)
    }

    @Test func theLoginComesFromThePasswordDatabaseNotTheEnvironment() throws {
        let expected = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let saved: [(String, String?)] = ["USER", "LOGNAME"].map { (name: String) in (name, getenv(name).map { String(cString: $0) }) }
        defer { for (name, value) in saved { if let value { setenv(name, value, 1) } else { unsetenv(name) } } }
        setenv("USER", "someone-else", 1); setenv("LOGNAME", "someone-else", 1)
        #expect(ProcessLogin.name == expected)
    }
}
