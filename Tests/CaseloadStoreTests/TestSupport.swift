import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TempFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("caseload-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A migrated database file with one account per role (an administrator made by bootstrap).
final class Fixture {
    let folder: TempFolder
    let path: String
    let db: CaseloadDatabase
    let admin: StaffMember
    let caseworker: StaffMember
    let frontDesk: StaffMember
    let supervisor: StaffMember

    init() throws {
        folder = try TempFolder()
        path = folder.path("data/caseload.sqlite")
        db = try CaseloadDatabase.open(path: path)
        // Every test runs on a real file in WAL mode with foreign keys enforced.
        #expect(try db.scalar("PRAGMA journal_mode") == "wal")
        #expect(try db.scalar("PRAGMA foreign_keys") == 1)
        admin = try db.bootstrapAdministrator(username: "root")
        caseworker = try db.addStaff(username: "dlee", fullName: "Dana Lee", role: .caseworker, by: admin)
        frontDesk = try db.addStaff(username: "fdesk", fullName: "Frank Desk", role: .frontDesk, by: admin)
        supervisor = try db.addStaff(username: "sboss", fullName: "Sam Boss", role: .supervisor, by: admin)
    }

    /// A second, independent open of the same file, as another process would have.
    func openAgain() throws -> CaseloadDatabase { try CaseloadDatabase.open(path: path) }

    @discardableResult
    func client(_ first: String, _ last: String, phone: String? = nil, cams: String? = nil,
                caseworker: StaffMember? = nil) throws -> Client {
        try db.createClient(Client(camsReference: cams, firstName: first, lastName: last, phone: phone,
                                   caseworkerID: (caseworker ?? self.caseworker).id),
                            by: self.caseworker)
    }

    func note(for client: Client, type: String = "General", communication: String = "Phone",
              body: String = "Talked about the job search.") -> CaseNote {
        CaseNote(clientID: client.id!, authorID: 0, interactionAt: Date(), communication: communication,
                 type: type, subject: "Call", body: body)
    }
}

extension CaseloadDatabase {
    /// Raw SQL for planting states the store's API never produces.
    func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try pool.write { try $0.execute(sql: sql, arguments: arguments) }
    }

    func scalar<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        try pool.read { try T.fetchOne($0, sql: sql, arguments: arguments) }
    }

    func audit(recordType: String, recordID: Int64) throws -> [AuditEntry] {
        try pool.read { db in
            try AuditEntry.filter(AuditEntry.Columns.recordType == recordType && AuditEntry.Columns.recordID == recordID)
                .order(AuditEntry.Columns.id).fetchAll(db)
        }
    }
}

/// Runs `body` and returns the StoreError it throws (failing the test if it throws none or another).
func storeError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        try body()
        Issue.record("expected a StoreError, nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

func posixPermissions(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
