import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Backup, integrity, settings and closure days")
struct MaintenanceTests {
    @Test func backupIsAConsistentPrivateCopyThatOpens() throws {
        let fixture = try Fixture()
        for i in 0..<25 { try fixture.client(i < 11 ? "Clara" : "Marie", "Tessier") }
        let target = fixture.folder.path("backups/2025-01-01.sqlite")
        // The folder must exist: a mistyped path never creates folders.
        guard case .backupFailed? = storeError({ try fixture.db.backup(to: target, by: fixture.admin) }) else {
            Issue.record("backing up into a missing folder was not refused"); return
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path("backups")))
        try FileManager.default.createDirectory(atPath: fixture.folder.path("backups"), withIntermediateDirectories: false)
        try fixture.db.backup(to: target, by: fixture.admin)
        #expect(try posixPermissions(target) == 0o600)

        let copy = try CaseloadDatabase.open(path: target)
        #expect(try copy.clientCount() == 25)
        #expect(try copy.searchClients(query: "clara").count == 11)
        #expect(try copy.integrityReport().isEmpty)
        try copy.close()

        #expect(storeError { try fixture.db.backup(to: target, by: fixture.admin) } == .backupExists(path: target))
        try fixture.client("One", "More")
        try fixture.db.backup(to: target, overwrite: true, by: fixture.admin)
        // No temporary copy and no journal are left beside it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path("backups"))
            .filter { $0.contains("partial") || $0.hasSuffix("-journal") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try CaseloadDatabase.open(path: target).clientCount() == 26)
        guard case .invalid? = storeError({ try fixture.db.backup(to: fixture.path, overwrite: true, by: fixture.admin) }) else {
            Issue.record("backing up over the database itself was not refused"); return
        }
        #expect(try fixture.db.clientCount() == 26)
    }

    @Test func integrityReportIsEmptyWhenHealthyAndNamesPlantedProblems() throws {
        let fixture = try Fixture()
        #expect(try fixture.db.integrityReport().isEmpty)

        let client = try fixture.client("Ana", "Silva")
        let employer = try fixture.db.addEmployer(Employer(name: "Acme"), by: fixture.caseworker)
        let (employment, _) = try fixture.db.recordEmployment(
            Employment(clientID: client.id!, employerID: employer.id!, jobTitle: "Cook",
                       startDate: LocalDate(year: 2025, month: 3, day: 3)!, hoursPerWeek: 25, isNewEmployer: true),
            by: fixture.caseworker)
        #expect(try fixture.db.integrityReport().isEmpty)

        try fixture.db.execute("DELETE FROM checkpoint WHERE employment_id = ? AND month = 12", [employment.id!])
        try fixture.db.execute("DELETE FROM client_fts WHERE rowid = ?", [client.id!])
        try fixture.db.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE employer SET version = -1")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        let problems = try fixture.db.integrityReport()
        #expect(problems.map(\.check) == ["search index", "search index", "checkpoints", "versions"])
        #expect(problems.contains { $0.detail == "employment #\(employment.id!) has 3 checkpoints instead of 4" })
        #expect(problems.contains { $0.detail == "0 entries for 1 clients; run `caseload check --rebuild-search-index`" })
    }

    /// A hold on the search index left in the file (an import holds it only inside its own
    /// transaction) is named by the check, and rebuilding lifts it and indexes everyone again.
    @Test func aLeftoverSearchHoldIsNamedAndRebuildingClearsIt() throws {
        let fixture = try Fixture()
        try fixture.client("Zoë", "Côté", phone: "416-555-0101")
        try fixture.db.execute("INSERT INTO client_search_deferral (id) VALUES (1)")
        try fixture.client("Ana", "Silva")
        #expect(try fixture.db.searchClients(query: "silva").isEmpty, "held off: the new client is not indexed")
        let problems = try fixture.db.integrityReport()
        #expect(problems.contains { $0.check == "search index" && $0.detail.contains("client_search_deferral") })
        #expect(problems.allSatisfy { $0.detail.hasSuffix("run `caseload check --rebuild-search-index`") })

        #expect(throws: StoreError.notPermitted(.importClients)) { _ = try fixture.db.rebuildSearchIndex(by: fixture.frontDesk) }
        #expect(try fixture.db.rebuildSearchIndex(by: fixture.caseworker) == 2)
        #expect(try fixture.db.integrityReport().isEmpty)
        #expect(try fixture.db.searchClients(query: "silva").map(\.lastName) == ["Silva"])
        #expect(try fixture.db.searchClients(query: "cote 416").map(\.lastName) == ["Côté"])
        try fixture.client("Marc", "Roy")
        #expect(try fixture.db.searchClients(query: "roy").count == 1, "new clients are indexed again")
    }

    @Test func observedSubstitutesAndClosureDaysAreAdministered() throws {
        let fixture = try Fixture()
        #expect(try fixture.db.observedSubstitutes())
        try fixture.db.setObservedSubstitutes(false, by: fixture.admin)
        #expect(try !fixture.db.observedSubstitutes())
        #expect(try fixture.db.scalar("SELECT changes FROM audit WHERE record_type = 'setting'") == #"{"observed_substitutes":["1","0"]}"#)

        let day = LocalDate(year: 2025, month: 12, day: 24)!
        let closure = try fixture.db.addClosureDay(ClosureDay(day: day, reason: "Agency holiday"), by: fixture.admin)
        let site = try fixture.db.sites()[0]
        _ = try fixture.db.addClosureDay(ClosureDay(siteID: site.id, day: day, reason: "Flood"), by: fixture.admin)
        guard case .invalid? = storeError({ _ = try fixture.db.addClosureDay(ClosureDay(day: day, reason: "Again"), by: fixture.admin) }) else {
            Issue.record("a duplicate closure day was accepted"); return
        }
        let range = try fixture.db.closureDays(from: day.adding(days: -1), through: day.adding(days: 1))
        #expect(range.map(\.reason) == ["Agency holiday", "Flood"])
        try fixture.db.removeClosureDay(id: closure.id!, by: fixture.admin)
        #expect(try fixture.db.closureDays(from: day, through: day).map(\.reason) == ["Flood"])
        #expect(try fixture.db.audit(recordType: "closure_day", recordID: closure.id!).map(\.action) == ["insert", "delete"])
    }

    @Test func valueListsAreOrderedAndExtendedByAdministrators() throws {
        let fixture = try Fixture()
        #expect(try fixture.db.valueList(.communication).map(\.value) == ValueListKind.communication.seedValues)
        let added = try fixture.db.addValueListEntry(kind: .communication, value: "WhatsApp", by: fixture.admin)
        #expect(added.position == ValueListKind.communication.seedValues.count + 1)
        #expect(try fixture.db.valueList(.communication).last?.value == "WhatsApp")
        guard case .invalid? = storeError({ _ = try fixture.db.addValueListEntry(kind: .communication, value: "Phone", by: fixture.admin) }) else {
            Issue.record("a duplicate entry was accepted"); return
        }
    }
}
