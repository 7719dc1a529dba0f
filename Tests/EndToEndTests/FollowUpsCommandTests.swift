import Foundation
import Testing

/// `caseload followups` on a database built by importing a CaMS extract: the due dates domain.md's
/// examples give, in the JSON scripts read.
@Suite(.timeLimit(.minutes(6)))
struct FollowUpsCommandTests {
    struct Item: Decodable {
        let rule: String, cams_reference: String?, client_name: String, due: String, status: String
        let overdue_business_days: Int, explanation: String
    }

    private func importedDatabase(in folder: URL) throws -> String {
        let csv = folder.appendingPathComponent("extract.csv")
        try """
        cams_reference,first_name,last_name,date_of_birth,phone,referral_source,referral_received_on,sa_caseworker_name
        100000001,Zoë,Côté,1990-03-04,519-867-5309,TRF,2025-12-24,Pat Singh
        100000002,Noël,Bélanger,1985-06-01,519-867-5310,TRF,2026-02-13,Pat Singh
        100000003,Amira,Haddad,1992-01-09,519-867-5311,RASP,2025-04-14,Lee Wong

        """.write(to: csv, atomically: true, encoding: .utf8)
        let db = try Caseload.newDatabase(in: folder, name: "db.sqlite")
        let imported = try Caseload.run(["import", "cams", csv.path, "--db", db])
        #expect(imported.status == 0, "\(imported.errorOutput)")
        return db
    }

    private func items(_ db: String, _ extra: [String]) throws -> [Item] {
        let r = try Caseload.run(["followups", "--db", db, "--format", "json"] + extra)
        #expect(r.status == 0, "\(r.errorOutput)")
        return try JSONDecoder().decode([Item].self, from: Data(r.output.utf8))
    }

    @Test func dueDatesMatchTheDomainExamples() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try importedDatabase(in: folder)
        let all = try items(db, ["--as-of", "2026-03-02"])
        func due(_ rule: String, _ ref: String) -> String? { all.first { $0.rule == rule && $0.cams_reference == ref }?.due }
        #expect(due("R-01", "100000001") == "2025-12-29")   // Wed 24 Dec + 1 → Mon 29 Dec (25, 26 Dec; weekend)
        #expect(due("R-01", "100000002") == "2026-02-17")   // Fri 13 Feb + 1 → Tue 17 Feb (Family Day)
        #expect(due("R-02", "100000003") == "2025-04-29")   // Mon 14 Apr + 10 → Tue 29 Apr (Good Friday)
        let zoe = all.first { $0.rule == "R-01" && $0.cams_reference == "100000001" }
        #expect(zoe?.explanation == "R-01 · TRF referral received Wed 24 Dec 2025 · first contact due by end of next business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · Mon 29 Dec 2025")
        #expect(zoe?.status == "overdue" && zoe?.client_name == "Côté, Zoë")
    }

    @Test func statusAndOverdueFilterFollowTheAsOfDay() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try importedDatabase(in: folder)
        let onTheDay = try items(db, ["--as-of", "2025-12-29"]).first { $0.rule == "R-01" && $0.cams_reference == "100000001" }
        #expect(onTheDay?.status == "due" && onTheDay?.overdue_business_days == 0)
        let nextDay = try items(db, ["--as-of", "2025-12-30", "--overdue"])
        #expect(nextDay.contains { $0.rule == "R-01" && $0.cams_reference == "100000001" && $0.overdue_business_days == 1 })
        #expect(nextDay.allSatisfy { $0.status == "overdue" })
        let csv = try Caseload.run(["followups", "--db", db, "--format", "csv", "--as-of", "2025-12-30"])
        #expect(csv.output.hasPrefix("rule,cams_reference,client_name,caseworker,due,status,overdue_business_days,title,explanation"))
        let bad = try Caseload.run(["followups", "--db", db, "--as-of", "2026-02-30"])
        #expect(bad.status == 1 && bad.errorOutput.contains("is not a date"))
    }

    /// One caseworker's items are exactly the whole queue's items with that caseworker.
    @Test func caseworkerNarrowsToTheirItems() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        struct Row: Decodable { let caseworker: String?; let rule: String; let due: String; let client_name: String }
        func rows(_ extra: [String]) throws -> [Row] {
            let r = try Caseload.run(["followups", "--db", db, "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.errorOutput)")
            return try JSONDecoder().decode([Row].self, from: Data(r.output.utf8))
        }
        let all = try rows([])
        let theirs = try rows(["--caseworker", "arahman"])
        #expect(!theirs.isEmpty && theirs.allSatisfy { $0.caseworker == "arahman" })
        #expect(theirs.count == all.filter { $0.caseworker == "arahman" }.count)
        let unknown = try Caseload.run(["followups", "--db", db, "--caseworker", "nobody"])
        #expect(unknown.status == 1 && unknown.errorOutput.contains("no staff account 'nobody'"))
        let table = try Caseload.run(["followups", "--db", db, "--caseworker", "arahman"])
        #expect(table.output.hasPrefix("due ") && table.output.contains("items as of"))
    }

    /// `caseload calendar`: a closure day moves the due date at once; only administrators change it.
    @Test func closureDaysMoveDueDatesAndNeedAnAdministrator() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try importedDatabase(in: folder)
        func zoeDue() throws -> String? {
            try items(db, ["--as-of", "2026-03-02"]).first { $0.rule == "R-01" && $0.cams_reference == "100000001" }?.due
        }
        #expect(try zoeDue() == "2025-12-29")
        let close = try Caseload.run(["calendar", "close", "2025-12-29", "--reason", "Staff training", "--db", db])
        #expect(close.status == 0, "\(close.errorOutput)")
        #expect(try zoeDue() == "2025-12-30")
        let list = try Caseload.run(["calendar", "closures", "--from", "2025-12-01", "--through", "2025-12-31", "--holidays", "--db", db])
        #expect(list.output.contains("2025-12-29  Mon  all sites  closure  Staff training"))
        #expect(list.output.contains("2025-12-25  Thu  all sites  holiday  Christmas Day"))
        let reopen = try Caseload.run(["calendar", "reopen", "2025-12-29", "--db", db])
        #expect(reopen.status == 0 && reopen.output.contains("Reopened Mon 29 Dec 2025"))
        #expect(try zoeDue() == "2025-12-29")
        let holiday = try Caseload.run(["calendar", "reopen", "2025-12-25", "--db", db])
        #expect(holiday.status == 1 && holiday.errorOutput.contains("statutory holiday"))

        #expect(try Caseload.run(["calendar", "substitutes", "--db", db]).output.contains("are on"))
        #expect(try Caseload.run(["calendar", "substitutes", "off", "--db", db]).status == 0)
        #expect(try Caseload.run(["calendar", "substitutes", "--db", db]).output.contains("are off"))

        // Acting as another account takes a demo database; there arahman is a caseworker.
        let demo = try Caseload.demoDatabase(in: folder, clients: 20)
        let refused = try Caseload.run(["calendar", "close", "2026-01-02", "--reason", "Long weekend", "--db", demo, "--user", "arahman"])
        #expect(refused.status == 1 && refused.errorOutput.contains("Only an administrator edits closure days"), "\(refused.errorOutput)")
    }
}
