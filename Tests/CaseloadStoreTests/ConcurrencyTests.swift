import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Optimistic concurrency between two opens of one file")
struct ConcurrencyTests {
    @Test func theSecondSaveOfTheSameVersionIsRefusedAndNothingIsOverwritten() throws {
        let fixture = try Fixture()
        let created = try fixture.client("Zoe", "Cote", phone: "416-555-0101")
        let first = try fixture.openAgain()    // Dana's terminal
        let second = try fixture.openAgain()   // Sam's terminal
        #expect(try first.scalar("PRAGMA journal_mode") == "wal")
        #expect(try second.scalar("PRAGMA foreign_keys") == 1)

        var dana = try first.client(id: created.id!, by: fixture.caseworker)
        var sam = try second.client(id: created.id!, by: fixture.supervisor)
        dana.firstName = "Zoë"
        sam.phone = "647-555-0199"

        let saved = try first.updateClient(dana, by: fixture.caseworker)
        #expect(saved.version == 1)
        let error = storeError { _ = try second.updateClient(sam, by: fixture.supervisor) }
        guard case let .staleVersion(type, id, expected, found, changedBy, changedAt)? = error else {
            Issue.record("expected staleVersion, got \(String(describing: error))"); return
        }
        #expect(type == "client" && id == created.id && expected == 0 && found == 1)
        #expect(changedBy == "Dana Lee")
        #expect(changedAt != nil)
        #expect(error?.message.hasPrefix("Someone else (Dana Lee) changed this client at ") == true)
        #expect(error?.message.hasSuffix("; nothing was saved — reload to see their change") == true)

        let stored = try fixture.db.client(id: created.id!, by: fixture.caseworker)
        #expect(stored.firstName == "Zoë" && stored.phone == "416-555-0101" && stored.version == 1)
        let updates = try fixture.db.audit(recordType: "client", recordID: created.id!).filter { $0.action == "update" }
        #expect(updates.count == 1)
        #expect(updates.first?.staffID == fixture.caseworker.id)
    }

    @Test func racingSavesFromTwoConnectionsLetExactlyOneWin() async throws {
        let fixture = try Fixture()
        let created = try fixture.client("Ana", "Silva")
        let connections = [try fixture.openAgain(), try fixture.openAgain()]
        let staff = [fixture.caseworker, fixture.supervisor]

        let outcomes = await withTaskGroup(of: String.self) { group in
            for i in 0..<2 {
                group.addTask {
                    var copy = created
                    copy.address = "\(i + 1) Main Street"
                    do {
                        _ = try connections[i].updateClient(copy, by: staff[i])
                        return "saved"
                    } catch let error as StoreError {
                        if case .staleVersion = error { return "stale" }
                        return "other: \(error.message)"
                    } catch {
                        return "other: \(error)"
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.sorted() == ["saved", "stale"])
        let updates = try fixture.db.audit(recordType: "client", recordID: created.id!).filter { $0.action == "update" }
        #expect(updates.count == 1)
        #expect(try fixture.db.client(id: created.id!, by: fixture.caseworker).version == 1)
    }

    @Test func savingAnUnchangedRecordWritesNothing() throws {
        let fixture = try Fixture()
        let created = try fixture.client("Ana", "Silva")
        let same = try fixture.db.updateClient(created, by: fixture.caseworker)
        #expect(same.version == 0)
        #expect(try fixture.db.audit(recordType: "client", recordID: created.id!).map(\.action) == ["insert"])
    }

    @Test func aDeletedRecordIsReportedAsGone() throws {
        let fixture = try Fixture()
        let created = try fixture.client("Ana", "Silva")
        try fixture.db.execute("DELETE FROM client WHERE id = ?", [created.id!])
        var edited = created
        edited.firstName = "Anna"
        #expect(storeError { _ = try fixture.db.updateClient(edited, by: fixture.caseworker) }
                == .notFound(recordType: "client", id: created.id!))
    }

    @Test func theChangeWatcherSeesAnotherProcessCommit() throws {
        let fixture = try Fixture()
        let watcher = try fixture.db.makeChangeWatcher()
        #expect(try !watcher.hasChanged())
        let other = try fixture.openAgain()
        _ = try other.createClient(Client(firstName: "Ana", lastName: "Silva"), by: fixture.caseworker)
        #expect(try watcher.hasChanged())
        #expect(try !watcher.hasChanged(), "reported once per batch of commits")
    }
}
