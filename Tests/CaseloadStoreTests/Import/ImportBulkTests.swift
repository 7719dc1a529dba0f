import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Extracts big enough that every table is written many rows to a statement (BulkInsert) and
/// checked in several chunks: what lands in the file must be what the row-by-row store writes.
@Suite struct ImportBulkTests {
    /// `count` valid rows; every third has a job (an employer shared by many rows), every second an assessment.
    static func extract(count: Int, firstReference: Int = 500_000_000, lastRow: String? = nil) -> String {
        let first = ["Ana", "Zoë", "Jean-Luc", "Mei", "O'Neil", "秀英", "Amir"]
        let last = ["Silva", "Côté", "Tremblay", "Wang", "Haddad", "王", "Bloggs"]
        var lines = [fullHeader]
        for i in 0..<count {
            let job = i % 3 == 0 ? "2025-0\(1 + i % 5)-1\(i % 9),\"Employer \(i % 7), Main St\",\(15 + i % 20),\(i % 2 == 0 ? "yes" : "no")" : ",,,"
            let assessed = i % 2 == 0 ? "2025-01-0\(1 + i % 9)" : ""
            // Each row a different person (issue #19: a row with another's name and birth date is held back).
            let born = LocalDate(year: 1970, month: 1, day: 1)!.adding(days: (firstReference / 100_000_000 - 5) * 5_000 + i).iso
            lines.append("\(firstReference + i),\(first[i % first.count]),\(last[(i / 3) % last.count]),\(born),"
                         + "519-555-\(String(format: "%04d", 1000 + i)),p\(i)@mail.ca,\"\(i) King St, London ON\",Self,,,\(assessed),,,\(job)")
        }
        if let lastRow { lines.append(lastRow) }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func manyRowsWriteWhatTheRowByRowStoreWrites() throws {
        let f = try Fixture()
        let rows = 400
        let report = try f.importFile(text: Self.extract(count: rows), mode: .allOrNothing)
        #expect(report.problems.isEmpty)
        #expect((report.created, report.wasWritten) == (rows, true))
        #expect(try f.count("client") == rows && f.count("employment") == 134 && f.count("checkpoint") == 4 * 134)
        #expect(try f.count("assessment") == 200 && f.count("employer") == 7)

        // One audit row per record, each holding exactly what the generic audit writes for the stored record.
        let records = try ["client", "assessment", "employer", "employment", "checkpoint"].reduce(0) { $0 + (try f.count($1)) }
        let audits: [AuditEntry] = try f.db.pool.read { try AuditEntry.filter(AuditEntry.Columns.staffID == f.caseworker.id!).fetchAll($0) }
        #expect(audits.count == records)
        #expect(Set(audits.map { "\($0.recordType)#\($0.recordID ?? 0)" }).count == records)
        func object(_ json: String) throws -> NSDictionary {
            try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
        }
        try f.db.pool.read { db in
            for audit in audits.prefix(200) + audits.suffix(200) {
                let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM \(audit.recordType) WHERE id = ?", arguments: [audit.recordID]))
                var stored: [String: DatabaseValue] = [:]
                for (column, value) in row { stored[column] = value }
                #expect(try object(audit.changes) == object(AuditJSON.values(stored)), "\(audit.recordType) \(audit.recordID ?? 0)")
            }
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            // The search index holds what the row-by-row trigger would have put there.
            let indexed = try Row.fetchAll(db, sql: "SELECT rowid, name, cams, phone, cjk FROM client_fts ORDER BY rowid").map { Array($0.databaseValues) }
            let expected = try Row.fetchAll(db, sql: "SELECT \(ClientSearchV11.columns(of: "client")) FROM client ORDER BY id").map { Array($0.databaseValues) }
            #expect(indexed == expected && indexed.count == rows)
        }
        #expect(try f.db.integrityReport().isEmpty)
        #expect(try f.db.searchClients(query: "\(500_000_000 + rows - 1)").count == 1)

        // The same file again: nothing written, not even audit rows.
        let before = try f.snapshot()
        let again = try f.importFile(text: Self.extract(count: rows))
        #expect((again.created, again.updated, again.unchanged) == (0, 0, rows))
        #expect(try f.snapshot() == before)

        // More rows after the first ones: ids carry on from the largest, and nothing collides.
        let more = try f.importFile(text: Self.extract(count: 100, firstReference: 600_000_000))
        #expect(more.created == 100 && more.wasWritten)
        #expect(try f.count("client") == rows + 100)
        #expect(try f.db.integrityReport().isEmpty)
    }

    @Test func aProblemOnTheLastOfManyRowsWritesNothing() throws {
        let f = try Fixture()
        let before = try f.snapshot()
        // Big enough to be read in several pieces and planned in several (see the assertions on sizes).
        let rows = 3_000
        let text = Self.extract(count: rows, lastRow: "599999999,Test,Person,1990-01-01,,,,,,,,,,,,,")
        #expect(text.utf8.count > CamsExtractParser.minimumBytesToSplit && rows > ImportPlanner.rowsPerPiece)
        let report = try f.importFile(text: text)
        #expect(report.problems.map(\.description) == ["line \(rows + 2): first_name: First name 'Test' is a placeholder: enter the client's real name."])
        #expect((report.created, report.rejected, report.wasWritten) == (rows, 1, false))
        #expect(try f.snapshot() == before)

        let skipped = try f.importFile(text: text, mode: .skipInvalid)
        #expect((skipped.created, skipped.rejected, skipped.wasWritten) == (rows, 1, true))
        #expect(try f.count("client") == rows)
    }

    @Test func writingInSmallPiecesAndWavesWritesTheSameFile() throws {
        // The same rows (a first file, then changes and new rows) written by the writer in one
        // piece and in pieces of 7 rows, 3 pieces to a wave: every table ends up the same.
        func run(rowsPerPiece: Int, piecesPerWave: Int) throws -> [String: [[DatabaseValue]]] {
            let f = try Fixture()
            let now = Date(timeIntervalSince1970: 1_750_000_000)
            for text in [Self.extract(count: 150), Self.extract(count: 300).replacingOccurrences(of: ",Bloggs,", with: ",Blogs,")] {
                let rows = CamsExtractParser.parse(Array(text.utf8)).rows
                try f.db.pool.write { db in
                    let actor = try f.db.acting(f.caseworker, needs: .importClients, in: db)
                    let lookup = try ImportLookup.load(db, references: rows.map(\.camsReference))
                    let plans = try ImportPlanner.planAll(rows, lookup: lookup, actor: actor, today: importToday, now: now) { _ in }
                        .map { try $0.get() }.filter { $0.outcome != .unchanged }
                    var writer = try ImportWriter(db: db, actor: actor, now: now, employerIDs: lookup.employerIDs)
                    try db.deferringClientSearchIndex {
                        try writer.write(plans, rowsPerPiece: rowsPerPiece, piecesPerWave: piecesPerWave) { _ in }
                        try writer.finish()
                    }
                }
            }
            return try f.db.pool.read { db in
                var tables: [String: [[DatabaseValue]]] = [:]
                for table in ["client", "assessment", "employer", "employment", "checkpoint", "audit", "client_fts"] {
                    // The import's own audit rows (the fixture's staff were added at the real time).
                    let which = table == "audit" ? " WHERE staff_id = \(f.caseworker.id!)" : ""
                    let order = table == "client_fts" ? "rowid" : "id"
                    tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)\(which) ORDER BY \(order)").map { Array($0.databaseValues) }
                }
                return tables
            }
        }
        let whole = try run(rowsPerPiece: 1_000, piecesPerWave: 8)
        #expect(whole["client"]?.count == 300 && (whole["audit"]?.count ?? 0) > 600)
        let pieces = try run(rowsPerPiece: 7, piecesPerWave: 3)
        for table in whole.keys.sorted() { #expect(pieces[table] == whole[table], "\(table)") }
    }

    /// Skipping invalid rows, each part of the file is written while the next is checked. Parts of 7
    /// rows must write and report exactly what one part of the whole file does, with a row that
    /// repeats a person of an earlier part (held back), one that repeats a stored client (held back),
    /// a row with a problem, and changed and unchanged rows of a second file.
    @Test func checkingInPartsWhileWritingWritesWhatOnePartWrites() throws {
        func run(rowsPerPart: Int) throws -> (reports: [ImportReport], tables: [String: [[DatabaseValue]]]) {
            let f = try Fixture()
            let first = Self.extract(count: 40)
            let lines = first.split(separator: "\n").map(String.init)
            // Line 3's person again under another reference (a later part), and a birth date in 2999.
            let again = lines[2].replacingOccurrences(of: "500000001,", with: "500000777,")
            let broken = "500000888,Ana,Broken,2999-01-01,,,,Self,,,,,,,,,"
            let second = Self.extract(count: 60).replacingOccurrences(of: ",Bloggs,", with: ",Blogs,")
                + lines[5].replacingOccurrences(of: "500000004,", with: "500000999,") + "\n"
            var reports: [ImportReport] = []
            for text in [first + again + "\n" + broken + "\n", second] {
                reports.append(try f.db.importCamsExtract(bytes: Array(text.utf8), mode: .skipInvalid, dryRun: false, duplicates: .holdBack,
                                                          by: f.caseworker, today: importToday, rowsPerCheckedPart: rowsPerPart) { _ in })
            }
            let tables = try f.db.pool.read { db in
                var tables: [String: [[DatabaseValue]]] = [:]
                for table in ["client", "assessment", "employer", "employment", "checkpoint", "audit", "client_fts"] {
                    let which = table == "audit" ? " WHERE staff_id = \(f.caseworker.id!)" : ""
                    let order = table == "client_fts" ? "rowid" : "id"
                    // Times differ between the two runs; everything else must not.
                    tables[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table)\(which) ORDER BY \(order)").map { row in
                        row.filter { !["at", "created_at", "updated_at"].contains($0.0) }.map { column, value in
                            // The audit JSON holds the times too.
                            guard column == "changes", let text = String.fromDatabaseValue(value) else { return value }
                            return text.replacingOccurrences(of: #""(created|updated)_at":"[^"]*""#, with: "", options: .regularExpression).databaseValue
                        }
                    }
                }
                return tables
            }
            return (reports, tables)
        }
        let whole = try run(rowsPerPart: 10_000)
        #expect(whole.reports.map(\.created) == [40, 20] && whole.reports.map(\.heldBack) == [1, 1] && whole.reports[0].rejected == 1,
                "\(whole.reports.map { ($0.created, $0.updated, $0.unchanged, $0.heldBack, $0.rejected) })")
        let parts = try run(rowsPerPart: 7)
        #expect(parts.reports == whole.reports)
        for table in whole.tables.keys.sorted() {
            let same = parts.tables[table] == whole.tables[table]
            #expect(same, "\(table): \(parts.tables[table]?.count ?? -1) rows in parts, \(whole.tables[table]?.count ?? -1) in one")
        }
    }

    @Test func planningInPiecesGivesWhatOnePlannerGives() throws {
        let f = try Fixture()
        _ = try f.importFile(text: Self.extract(count: 200))
        // Half known (some changed), half new, and some rows with problems.
        var text = Self.extract(count: 400).replacingOccurrences(of: ",Bloggs,", with: ",Blogs,")
        text = text.replacingOccurrences(of: "p13@mail.ca", with: "none@none.com").replacingOccurrences(of: "p371@mail.ca", with: "n/a")
        let parsed = CamsExtractParser.parse(Array(text.utf8))
        let rows = parsed.rows
        try f.db.pool.read { db in
            let actor = try f.db.acting(f.caseworker, needs: .importClients, in: db)
            let lookup = try ImportLookup.load(db, references: rows.map(\.camsReference))
            let one = ImportPlanner(lookup: lookup, actor: actor, today: importToday, now: Date(timeIntervalSince1970: 0))
            func summary(_ outcome: Result<RowPlan, RowProblems>) -> String {
                switch outcome {
                case .success(let plan): return "\(plan.line) \(plan.outcome) \(plan.client) \(plan.clientChanges.map(\.column)) \(plan.job != nil)"
                case .failure(let problems): return problems.list.map(\.description).joined(separator: "; ")
                }
            }
            let straight = rows.map { summary(one.plan($0)) }
            var steps: [Int] = []
            let pieces = ImportPlanner.planAll(rows, lookup: lookup, actor: actor, today: importToday, now: Date(timeIntervalSince1970: 0),
                                               rowsPerPiece: 7) { steps.append($0) }.map(summary)
            #expect(pieces == straight)
            #expect(straight.filter { !$0.hasPrefix("line") }.count > 100 && straight.contains { $0.hasPrefix("line") })
            #expect(steps.last == rows.count && steps == steps.sorted() && steps.count > 1)
        }
    }
}
