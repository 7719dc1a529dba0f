import Foundation
import Testing

/// Issue #19: `caseload merge` as a supervisor runs it, and the import holding back likely duplicates.
@Suite(.timeLimit(.minutes(6)))
struct MergeCommandTests {
    static func sql(_ db: String, _ query: String) throws -> String {
        let sqlite = try #require(ProcessRunner.which("sqlite3"))
        return try ProcessRunner.run(sqlite, [db, query]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.needsSQLite3) func mergeShowsThePlanAsksForYesAndMovesEveryNote() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 40: the demo's first files without a CaMS reference come after the 20th.
        let db = try Caseload.demoDatabase(in: folder, clients: 40)
        // Two files without a CaMS reference (CaMS would otherwise say they are two people).
        let pair = try Self.sql(db, "SELECT id FROM client WHERE cams_reference IS NULL ORDER BY id LIMIT 2").split(separator: "\n").map(String.init)
        try #require(pair.count == 2)
        let (kept, retired) = (pair[0], pair[1])
        let notes = (kept: try Self.sql(db, "SELECT count(*) FROM case_note WHERE client_id = \(kept)"),
                     retired: try Self.sql(db, "SELECT count(*) FROM case_note WHERE client_id = \(retired)"))
        let arguments = ["merge", "--keep", kept, "--retire", "#\(retired)", "--reason", "Registered twice", "--db", db]

        // Not at a terminal and without --yes: the plan, then a refusal; nothing changes.
        let planOnly = try Caseload.run(arguments + ["--user", "dlee"])
        #expect(planOnly.status == 1 && planOnly.errorOutput.hasPrefix("caseload: nothing merged: run again with --yes"), "\(planOnly.errorOutput)")
        #expect(planOnly.output.contains("Keep:   ") && planOnly.output.contains("(#\(kept)), CaMS none"))
        #expect(planOnly.output.contains("Moves to the kept file: \(notes.retired) note"))
        #expect(try Self.sql(db, "SELECT count(*) FROM client_merge") == "0")

        let caseworker = try Caseload.run(arguments + ["--yes", "--user", "arahman"])
        #expect(caseworker.status == 1 && caseworker.errorOutput == "caseload: Only a supervisor merges two client files.\n")

        let merged = try Caseload.run(arguments + ["--yes", "--user", "dlee"])
        #expect(merged.status == 0, "\(merged.errorOutput)")
        #expect(merged.output.contains("Merged ") && merged.output.contains("(#\(retired)) into "))
        #expect(try Self.sql(db, "SELECT count(*) FROM case_note WHERE client_id = \(retired)") == "0")
        #expect(try Self.sql(db, "SELECT count(*) FROM case_note WHERE client_id = \(kept)") == String(Int(notes.kept)! + Int(notes.retired)!))
        #expect(try Self.sql(db, "SELECT kept_client_id || '|' || reason FROM client_merge WHERE retired_client_id = \(retired)") == "\(kept)|Registered twice")

        let again = try Caseload.run(arguments + ["--yes", "--user", "dlee"])
        #expect(again.status == 1 && again.errorOutput.contains("was merged into") && again.output.isEmpty)
        let unknown = try Caseload.run(["merge", "--keep", "999999", "--retire", retired, "--reason", "x", "--db", db, "--user", "dlee"])
        #expect(unknown.status == 1 && unknown.errorOutput.contains("--keep: no client with the number or CaMS reference '999999'"))
        let noReason = try Caseload.run(["merge", "--keep", kept, "--retire", retired, "--reason", " ", "--db", db, "--user", "dlee"])
        #expect(noReason.status == 2)
        let check = try Caseload.run(["check", "--db", db, "--user", "mokafor"])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(.needsSQLite3) func importHoldsBackARowThatDuplicatesAClientUnlessToldWhy() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let known = try Self.sql(db, "SELECT id || '|' || first_name || '|' || last_name || '|' || date_of_birth FROM client WHERE date_of_birth IS NOT NULL ORDER BY id LIMIT 1")
            .split(separator: "|").map(String.init)
        try #require(known.count == 4)
        let file = folder.appendingPathComponent("extract.csv")
        try """
            cams_reference,first_name,last_name,date_of_birth
            300000001,\(known[1].uppercased()),\(known[2]),\(known[3])
            300000002,Ana,Nobodyelse,1991-03-04

            """.write(to: file, atomically: true, encoding: .utf8)
        let dry = try Caseload.run(["import", "cams", file.path, "--dry-run", "--db", db, "--user", "mokafor"])
        #expect(dry.status == 0 && dry.output.contains("line 2: \(known[1].uppercased()) \(known[2]) \(known[3]) matches client #\(known[0])"), "\(dry.output)")
        #expect(dry.output.contains("would be 1 created, 0 updated, 0 unchanged, 0 rejected, 1 held back as likely duplicate"))

        let held = try Caseload.run(["import", "cams", file.path, "--db", db, "--user", "mokafor"])
        #expect(held.status == 0 && held.output.contains("(same name and date of birth); not imported"), "\(held.output)")
        #expect(try Self.sql(db, "SELECT count(*) FROM client WHERE cams_reference IN ('300000001', '300000002')") == "1")

        let empty = try Caseload.run(["import", "cams", file.path, "--create-duplicates", "", "--db", db, "--user", "mokafor"])
        #expect(empty.status == 2)
        let created = try Caseload.run(["import", "cams", file.path, "--create-duplicates", "CaMS shows two people", "--db", db, "--user", "mokafor"])
        #expect(created.status == 0 && created.output.contains("1 created although it matches a client (reason kept)"), "\(created.output)")
        #expect(try Self.sql(db, "SELECT d.reason || '|' || d.matched_client_id FROM duplicate_confirmation d JOIN client c ON c.id = d.client_id WHERE c.cams_reference = '300000001'")
                == "CaMS shows two people|\(known[0])")
    }
}
