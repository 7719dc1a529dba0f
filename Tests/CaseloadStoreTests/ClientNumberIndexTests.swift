import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Digit words are answered from memory by `ClientNumberIndex`; it must find exactly the clients the
/// FTS5 index finds for the same word, on odd stored values as on demo data.
@Suite struct ClientNumberIndexTests {
    /// The clients FTS5 finds for `text` (the slow, obvious answer).
    static func ftsMatches(_ db: CaseloadDatabase, _ text: String) throws -> Set<Int64> {
        guard let pattern = ClientSearchPattern.fts5(for: text) else { return [] }
        return Set(try db.read { try Int64.fetchAll($0, sql: "SELECT rowid FROM client_fts WHERE client_fts MATCH ?", arguments: [pattern]) })
    }

    static func indexMatches(_ db: CaseloadDatabase, _ text: String) throws -> Set<Int64> {
        let (numbers, fts) = ClientSearchPattern.numbersAndText(text)
        #expect(fts == nil, "\(text) should be a number search")
        let flags = try db.read { try ClientNumberIndex($0) }.matches(numbers)
        return Set(flags.indices.filter { flags[$0] }.map(Int64.init))
    }

    @Test func oddStoredValuesMatchWhatFTS5Finds() throws {
        let f = try Fixture()
        // Stored as an older import or the sqlite3 shell may have left them: no validation applies.
        let rows: [(first: String, last: String, phone: String?, cams: String?)] = [
            ("Zoë", "Côté", "(519) 555-0142", "001234567"),
            ("Jean2", "Tremblay", "+1 416.555.0123 ext. 45", nil),
            ("Anne", "Smith 3rd", "5195550199", nil),
            ("R2D2", "ab12", "519/555/0100x12", "123456789012"),
            ("王", "秀英", "٥١٩ 555 1234", nil),
            ("Noël", "é5 Bélanger", nil, "000120"),
            ("Li", "Wu", "", "999999"),
        ]
        for r in rows {
            try f.db.execute("""
                INSERT INTO client (first_name, last_name, phone, cams_reference, referral_source, status, caseworker_id, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'Self', 'Active', ?, '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')
                """, [r.first, r.last, r.phone, r.cams, f.caseworker.id])
        }
        var words: Set<String> = ["(519)", "555-01", "416.555", "+1", "1", "2", "3", "0", "00", "000", "0001", "00012",
                                  "12", "123", "1234567890123", "12345678901234567", "999999", "9999999", "45", "5195550", "9", "3 5"]
        for number in ["5195550142", "14165550123", "001234567", "12345", "5195550100"] {
            for n in 1...number.count { words.insert(String(number.prefix(n))) }
        }
        for word in words.sorted() {
            #expect(try Self.indexMatches(f.db, word) == Self.ftsMatches(f.db, word), "\(word)")
        }
    }

    @Test func everyShortDigitPrefixMatchesFTS5OnDemoData() throws {
        let (f, _) = ClientDirectoryTests.demo
        let index = try f.db.read { try ClientNumberIndex($0) }
        var checked = 0
        for n in 0..<1_110 {
            let word = n < 10 ? "\(n)" : n < 110 ? String(format: "%02d", n - 10) : String(format: "%03d", n - 110)
            let flags = index.matches([Array(word.utf8)])
            let found = Set(flags.indices.filter { flags[$0] }.map(Int64.init))
            #expect(found == (try Self.ftsMatches(f.db, word)), "\(word)")
            checked += found.count
        }
        #expect(checked > 10_000, "the demo's phones and references should match many prefixes")
    }

    @Test func wordsOutsideTheIndexGoToFTS5() {
        #expect(ClientSearchPattern.numbersAndText("519 cote").numbers == [Array("519".utf8)])
        #expect(ClientSearchPattern.numbersAndText("519 cote").fts == "\"cote\"*")
        #expect(ClientSearchPattern.numbersAndText("(416) 555-01").numbers == [Array("416".utf8), Array("55501".utf8)])
        #expect(ClientSearchPattern.numbersAndText("123456789012345678").fts == "\"123456789012345678\"*", "18 digits")
        #expect(ClientSearchPattern.numbersAndText("٥١٩").fts == "\"٥١٩\"*", "non-ASCII digits")
        #expect(ClientSearchPattern.numbersAndText("ca12").fts == "\"ca12\"*")
        #expect(ClientSearchPattern.numbersAndText("  ").numbers.isEmpty && ClientSearchPattern.numbersAndText("  ").fts == nil)
    }
}
