import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #19: the CaMS import confirms strong duplicates as the intake does. A new row that matches a
/// registered client (same name and birth date, or same birth date and phone) or an earlier new row
/// of the file is held back and listed by line; `.create(reason:)` creates it and keeps the reason.
@Suite struct ImportDuplicateTests {
    static let header = "cams_reference,first_name,last_name,date_of_birth,phone\n"

    /// Zoe Cote, born 1990-02-03, registered at intake (no CaMS reference), and Ben Ng with a phone.
    static func registered(_ f: Fixture) throws -> (zoe: Client, ben: Client) {
        let zoe = try f.db.createClient(Client(firstName: "Zoe", lastName: "Cote", dateOfBirth: LocalDate(iso: "1990-02-03"),
                                               caseworkerID: f.caseworker.id), by: f.caseworker)
        let ben = try f.db.createClient(Client(firstName: "Ben", lastName: "Ng", dateOfBirth: LocalDate(iso: "1984-07-01"),
                                               phone: "519-555-0142", caseworkerID: f.caseworker.id), by: f.caseworker)
        return (zoe, ben)
    }

    static let extract = header
        + "200000001,Zoë,Côté,1990-02-03,\n"            // line 2: same name and birth date as Zoe Cote
        + "200000002,Benjamin,Ng,1984-07-01,(519) 555 0142\n" // line 3: same birth date and phone as Ben Ng
        + "200000003,Ana,Silva,1990-02-03,\n"           // line 4: same birth date only: a different person
        + "200000004,Ana,Silva,1990-02-03,\n"           // line 5: the same person as line 4, twice in the file

    @Test func strongMatchesAreHeldBackAndListedByLine() throws {
        let f = try Fixture()
        let (zoe, ben) = try Self.registered(f)
        let dry = try f.importFile(text: Self.extract, dryRun: true)
        #expect(dry.duplicates.map(\.line) == [2, 3, 5] && dry.created == 1 && dry.heldBack == 3 && !dry.wasWritten)

        let report = try f.importFile(text: Self.extract)
        #expect(report.problems.isEmpty && report.wasWritten)
        #expect((report.created, report.updated, report.unchanged, report.rejected, report.heldBack) == (1, 0, 0, 0, 3))
        #expect(report.rowCount == 4)
        #expect(report.duplicates.map(\.description) == [
            "line 2: Zoë Côté 1990-02-03 matches client #\(zoe.id!) Cote, Zoe (same name and date of birth); not imported",
            "line 3: Benjamin Ng 1984-07-01 matches client #\(ben.id!) Ng, Ben (same date of birth and phone); not imported",
            "line 5: Ana Silva 1990-02-03 matches line 4 Silva, Ana (same name and date of birth); not imported",
        ])
        for held in ["200000001", "200000002", "200000004"] { #expect(try f.clientByReference(held) == nil, "\(held)") }
        #expect(try f.clientByReference("200000003") != nil)
        #expect(try f.count("duplicate_confirmation") == 0)
    }

    @Test func createAnywayKeepsTheReasonWithEachMatchingRow() throws {
        let f = try Fixture()
        let (zoe, _) = try Self.registered(f)
        #expect(storeError { _ = try f.db.importCamsExtract(bytes: Array(Self.extract.utf8), duplicates: .create(reason: "  "), by: f.caseworker, today: importToday) }
            .map { if case .invalid = $0 { true } else { false } } == true)
        let report = try f.db.importCamsExtract(bytes: Array(Self.extract.utf8), duplicates: .create(reason: "CaMS says different people"),
                                                by: f.caseworker, today: importToday)
        #expect(report.created == 4 && report.heldBack == 0 && report.duplicates.allSatisfy(\.wasCreated))
        #expect(report.duplicates.first?.description.hasSuffix("created anyway, the reason kept") == true)
        let kept = try f.db.pool.read { try DuplicateConfirmation.fetchAll($0, sql: "SELECT * FROM duplicate_confirmation ORDER BY id") }
        #expect(kept.count == 3 && kept.allSatisfy { $0.reason == "CaMS says different people" && $0.staffID == f.caseworker.id })
        let zoeImported = try #require(try f.clientByReference("200000001"))
        #expect(kept.first { $0.clientID == zoeImported.id }?.matchedClientID == zoe.id)
        let line4 = try #require(try f.clientByReference("200000003"))
        #expect(kept.first { $0.clientID == (try? f.clientByReference("200000004"))??.id }?.matchedClientID == line4.id)
        #expect(try f.db.integrityReport().isEmpty)
    }

    /// The one matching rule folds accents for the intake as for the import ("Zoë Côté" is "Zoe Cote").
    @Test func theIntakeMatchesAccentedSpellingsToo() throws {
        let f = try Fixture()
        let (zoe, _) = try Self.registered(f)
        #expect(storeError { _ = try f.db.createClient(Client(firstName: "Zoë", lastName: "Côté", dateOfBirth: LocalDate(iso: "1990-02-03"),
                                                               caseworkerID: f.caseworker.id), by: f.caseworker) }
            == .exactDuplicate(clientID: zoe.id!, clientName: "Cote, Zoe"))
    }

    /// A row that updates its client by CaMS reference is never a duplicate, whatever it holds.
    @Test func knownReferencesUpdateAsBefore() throws {
        let f = try Fixture()
        _ = try Self.registered(f)
        _ = try f.importFile(text: Self.header + "200000009,Zoe,Cote,1985-01-01,\n")
        let report = try f.importFile(text: Self.header + "200000009,Zoe,Cote,1990-02-03,\n")
        #expect(report.updated == 1 && report.duplicates.isEmpty)
    }
}
