import Foundation
import Testing

/// Issue #21 items 3 to 6 as a supervisor runs them: the monthly figures in three formats that
/// agree, the SA contacts sheet and the CaMS reconciliation, every CSV ready for a spreadsheet.
@Suite(.timeLimit(.minutes(6)))
struct ReportCommandTests {
    /// UTF-8's byte-order mark, which Excel needs to read a CSV as UTF-8.
    static let bomBytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The first three bytes a command writes (the harness decodes output as text, which drops a BOM).
    static func firstBytes(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try E2EEnvironment.product())
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data.prefix(3))
    }

    @Test func monthlyFiguresAgreeAcrossFormatsAndTheCSVOpensInASpreadsheet() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 60)
        let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
        let json = try Caseload.run(["report", "monthly", "--month", month, "--format", "json", "--db", db, "--user", "dlee"])
        #expect(json.status == 0, "\(json.errorOutput)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        let served = try #require(figures.first { $0["id"] as? String == "clients_served" })
        let count = try #require(served["count"] as? Int)

        let csv = try Caseload.run(["report", "monthly", "--month", month, "--format", "csv", "--db", db, "--user", "dlee"])
        #expect(csv.status == 0)
        // Swift reads "\r\n" as one Character: check the bytes.
        #expect(try Self.firstBytes(["report", "monthly", "--month", month, "--format", "csv", "--db", db, "--user", "dlee"]) == Self.bomBytes)
        #expect(csv.output.hasPrefix("figure_id,group,figure,period,"))
        #expect(!csv.output.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(csv.output.contains("\r\nclients_served,Clients served,Clients served,\(month),"))
        let servedLine = try #require(csv.output.components(separatedBy: "\r\n").first { $0.hasPrefix("clients_served,") })
        #expect(servedLine.split(separator: ",", omittingEmptySubsequences: false)[6] == Substring(String(count)))

        let table = try Caseload.run(["report", "monthly", "--fiscal-year", String(month.prefix(4)), "--site", "London Central",
                                      "--db", db, "--user", "mokafor"])
        #expect(table.status == 0, "\(table.errorOutput)")
        #expect(table.output.contains("site London Central"))
        #expect(table.output.contains("Early exits (R-10)"))

        let both = try Caseload.run(["report", "monthly", "--month", month, "--fiscal-year", "2026", "--db", db, "--user", "dlee"])
        #expect(both.status != 0 && both.errorOutput.contains("either --month YYYY-MM or --fiscal-year YYYY"))
        let badMonth = try Caseload.run(["report", "monthly", "--month", "2026-13", "--db", db, "--user", "dlee"])
        #expect(badMonth.status != 0 && badMonth.errorOutput.contains("is not a month: use YYYY-MM"))
        let caseworker = try Caseload.run(["report", "monthly", "--month", month, "--db", db, "--user", "arahman"])
        #expect(caseworker.status == 1 && caseworker.errorOutput.contains("Only supervisors and administrators see reports."))
    }

    @Test func saContactsSheetKeepsReferencesAsText() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let file = folder.appendingPathComponent("extract.csv")
        // An OW client with a leading-zero reference who found a job on 2 November.
        try """
            cams_reference,first_name,last_name,referral_source,referral_received_on,sa_caseworker_name,sa_caseworker_contact,employment_start_date,employer_name,hours_per_week,new_employer
            000412345,Ana,Silva,OW,2026-10-01,=Pat Singh,519-555-0199,2026-11-02,Acme,25,yes

            """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try Caseload.run(["import", "cams", file.path, "--db", db, "--user", "arahman"])
        #expect(imported.status == 0, "\(imported.output) \(imported.errorOutput)")
        let sheet = try Caseload.run(["report", "sa-contacts", "--from", "2026-11-01", "--to", "2026-11-30", "--db", db, "--user", "dlee"])
        #expect(sheet.status == 0, "\(sheet.errorOutput)")
        #expect(try Self.firstBytes(["report", "sa-contacts", "--from", "2026-11-01", "--to", "2026-11-30", "--db", db, "--user", "dlee"]) == Self.bomBytes)
        #expect(sheet.output.hasPrefix("sa_caseworker,sa_contact,client,cams_reference,milestone,date,sa_note\r\n"))
        // The formula-looking name is defused; the reference keeps its zeros, quoted as text.
        #expect(sheet.output.contains("\r\n'=Pat Singh,519-555-0199,\"Silva, Ana\",\"000412345\",job found,2026-11-02,no\r\n"))
        let backwards = try Caseload.run(["report", "sa-contacts", "--from", "2026-11-30", "--to", "2026-11-01", "--db", db, "--user", "dlee"])
        #expect(backwards.status == 1 && backwards.errorOutput.contains("is after --to"))
    }

    @Test func reconcileListsMisalignmentsAndChangesNothing() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let extract = folder.appendingPathComponent("extract.csv")
        try """
            cams_reference,first_name,last_name,date_of_birth,referral_source
            000512345,Ana,Silva,1990-01-01,OW
            000512346,Ben,Okafor,1991-02-02,Self

            """.write(to: extract, atomically: true, encoding: .utf8)
        #expect(try Caseload.run(["import", "cams", extract.path, "--db", db, "--user", "arahman"]).status == 0)
        let monthly = folder.appendingPathComponent("monthly.csv")
        try """
            cams_reference,first_name,last_name,date_of_birth,referral_source,client_status,region
            000512345,Ana,Silva,1990-01-03,OW,Closed,West
            000777777,Cy,Nowhere,1980-01-01,Self,Active,West
            000512347,Bad,Date,1990-02-30,Self,,West

            """.write(to: monthly, atomically: true, encoding: .utf8)
        let csv = try Caseload.run(["reconcile", "cams", monthly.path, "--format", "csv", "--db", db, "--user", "dlee"])
        #expect(csv.status == 0, "\(csv.errorOutput)")
        #expect(try Self.firstBytes(["reconcile", "cams", monthly.path, "--format", "csv", "--db", db, "--user", "dlee"]) == Self.bomBytes)
        #expect(csv.output.hasPrefix("kind,cams_reference,client,caseworker,field,cams_value,caseload_value\r\n"))
        #expect(csv.output.contains("\r\ndiffers,\"000512345\",Ana Silva,,date_of_birth,1990-01-03,1990-01-01\r\n"))
        #expect(csv.output.contains("\r\ndiffers,\"000512345\",Ana Silva,,client_status,Closed,"))
        #expect(csv.output.contains("\r\n\"in CaMS, not here\",\"000777777\",Cy Nowhere,"))
        #expect(csv.output.contains("\r\n\"linked here, not in CaMS\",\"000512346\",Ben Okafor,"))
        #expect(!csv.output.contains("000512347"), "a bad row is reported, not compared")
        #expect(csv.errorOutput.contains("note: column 'region' is not a CaMS column Caseload knows; it was ignored"))
        #expect(csv.errorOutput.contains("line 4: date_of_birth: '1990-02-30' is not a date"))
        let table = try Caseload.run(["reconcile", "cams", monthly.path, "--db", db, "--user", "dlee"])
        #expect(table.status == 0)
        #expect(table.output.contains("differs: date_of_birth"))
        #expect(table.output.contains("nothing was changed"))
        // Read-only: a second run finds exactly the same (the store test compares every row of the file).
        let again = try Caseload.run(["reconcile", "cams", monthly.path, "--format", "csv", "--db", db, "--user", "dlee"])
        #expect(again.output == csv.output)
    }
}
