import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Item 4: a CaMS extract with one client missing here, one linked here but missing from it, and one
/// difference of each field gives exactly those rows; a bad row is reported by line and an unknown
/// column noted; comparing (twice) changes nothing in the file.
@Suite struct CamsReconciliationTests {
    static let extract = """
        cams_reference,first_name,last_name,date_of_birth,referral_source,client_status,eap_status,eap_closed_on,employment_start_date,employer_name,hours_per_week,new_employer,checkpoint_1m,checkpoint_3m,checkpoint_6m,checkpoint_12m,region
        100000001,Anne,Lee,1990-01-02,ODSP,Closed,Active,2026-10-02,2026-05-02,Acme,30,yes,2026-06-03,2026-08-04,2026-11-06,2026-12-01,West
        100000003,Cy,Roe-Smith,,,,,,,,,,,,,,West
        100000004,DEE,Fox,1985-03-04,Self,Active,,,,,,,,,,,West
        123456780,Eve,Missing,1970-01-01,,,,,,,,,,,,,West
        100000005,Bad,Row,1990-13-01,,,,,,,,,,,,,West

        """

    func plant(_ f: Fixture) throws {
        func client(_ id: Int, _ ref: String, _ first: String, _ last: String, dob: String?, source: String, status: String) throws {
            try f.db.execute("""
                INSERT INTO client (id, cams_reference, first_name, last_name, date_of_birth, referral_source, status, caseworker_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01 12:00:00.000', '2026-01-01 12:00:00.000')
                """, [id, ref, first, last, dob, source, status, f.caseworker.id])
        }
        try client(1, "100000001", "Ann", "Lee", dob: "1990-01-01", source: "OW", status: "Active")
        try client(2, "000123456", "Bo", "Ng", dob: nil, source: "Self", status: "Active")   // linked here, not in CaMS
        try client(3, "100000003", "Cy", "Roe", dob: nil, source: "Self", status: "Active")
        try client(4, "100000004", "Dee", "Fox", dob: "1985-03-04", source: "Self", status: "Active")   // agrees (names compared without case)
        try client(5, "100000005", "Bad", "Row", dob: nil, source: "Self", status: "Active")
        try f.db.execute("INSERT INTO action_plan (client_id, status, opened_on) VALUES (1, 'Active', '2025-01-01')")
        try f.db.execute("INSERT INTO action_plan (client_id, status, opened_on, closed_on, closure_reason) VALUES (1, 'Closed', '2026-01-05', '2026-10-01', 'Other')")
        try f.db.execute("INSERT INTO employer (id, name) VALUES (1, 'Acme')")
        try f.db.execute("""
            INSERT INTO employment (id, client_id, employer_id, job_title, start_date, hours_per_week, is_new_employer)
            VALUES (1, 1, 1, 'Clerk', '2025-02-01', 10, 1), (2, 1, 1, 'Clerk', '2026-05-01', 25, 1)
            """)
        try f.db.execute("""
            INSERT INTO checkpoint (employment_id, month, due_on, recorded_on) VALUES
            (2, 1, '2026-06-01', '2026-06-02'), (2, 3, '2026-08-01', '2026-08-03'), (2, 6, '2026-11-01', '2026-11-05'), (2, 12, '2027-05-01', NULL)
            """)
    }

    /// Every row of every table, as text: what "changes nothing" is checked against.
    func everything(_ f: Fixture) throws -> [String] {
        try f.db.pool.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            return try tables.flatMap { t in try Row.fetchAll(db, sql: "SELECT * FROM \"\(t)\"").map { "\(t): \($0)" } }
        }
    }

    @Test func listsExactlyTheMisalignments() throws {
        let f = try Fixture()
        try plant(f)
        let parsed = CamsReconcileParser.parse(Array(Self.extract.utf8))
        #expect(parsed.ignoredColumns == ["region"])
        #expect(parsed.problems.map(\.description) == ["line 6: date_of_birth: '1990-13-01' is not a date: use YYYY-MM-DD with a real day (e.g. 2025-12-24)"])
        let before = try everything(f)
        let result = try f.db.reconcileCams(parsed, by: f.supervisor)
        let again = try f.db.reconcileCams(parsed, by: f.supervisor)
        #expect(try everything(f) == before)
        #expect(again.findings == result.findings)

        let rows = result.findings.map { [$0.kind.rawValue, $0.camsReference, $0.field ?? "", $0.camsValue, $0.caseloadValue] }
        #expect(rows == [
            ["linked here, not in CaMS", "000123456", "", "", ""],
            ["differs", "100000001", "first_name", "Anne", "Ann"],
            ["differs", "100000001", "date_of_birth", "1990-01-02", "1990-01-01"],
            ["differs", "100000001", "referral_source", "ODSP", "OW"],
            ["differs", "100000001", "client_status", "Closed", "Active"],
            ["differs", "100000001", "eap_status", "Active", "Closed"],          // the latest EAP (opened 2026) is the closed one
            ["differs", "100000001", "eap_closed_on", "2026-10-02", "2026-10-01"],
            ["differs", "100000001", "employment_start_date", "2026-05-02", "2026-05-01"],   // the latest job
            ["differs", "100000001", "hours_per_week", "30", "25"],
            ["differs", "100000001", "checkpoint_1m", "2026-06-03", "2026-06-02"],
            ["differs", "100000001", "checkpoint_3m", "2026-08-04", "2026-08-03"],
            ["differs", "100000001", "checkpoint_6m", "2026-11-06", "2026-11-05"],
            ["differs", "100000001", "checkpoint_12m", "2026-12-01", ""],
            ["differs", "100000003", "last_name", "Roe-Smith", "Roe"],
            // 100000005's row is bad, so it is not compared; Caseload's client is not "missing" from CaMS either.
            ["in CaMS, not here", "123456780", "", "", ""],
        ])
        #expect(result.findings.first { $0.camsReference == "100000001" }?.client == "Ann Lee")
        #expect(result.findings.first { $0.camsReference == "100000001" }?.caseworker == "Dana Lee")
        let summary = Dictionary(uniqueKeysWithValues: result.summary.map { ($0.kind, $0.count) })
        #expect(summary["in CaMS, not here"] == 1 && summary["linked here, not in CaMS"] == 1 && summary["differs: first_name"] == 1)
        #expect(result.summary.count == 15)
    }

    @Test func onlySupervisorsAndAdministratorsReconcile() throws {
        let f = try Fixture()
        let parsed = CamsReconcileParser.parse(Array(Self.extract.utf8))
        #expect(storeError { _ = try f.db.reconcileCams(parsed, by: f.caseworker) } == .notPermitted(.viewReports))
        #expect(throws: Never.self) { _ = try f.db.reconcileCams(parsed, by: f.admin) }
    }
}
