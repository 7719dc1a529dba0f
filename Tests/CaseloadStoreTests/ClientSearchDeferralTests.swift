import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The bulk path of the search index (v6): filling it once after many inserts must leave exactly
/// what the per-row trigger leaves, and must never leave it switched off.
@Suite struct ClientSearchDeferralTests {
    /// Names and phones that exercise every indexed column: accents, CJK, phone digits, CaMS prefixes.
    static let people: [(first: String, last: String, preferred: String?, phone: String?, cams: String?)] = [
        ("Zoë", "Côté", nil, "(416) 555-0199", "001234567"),
        ("Zoé", "Martin", "Zo", "519-555-0100", nil),
        ("Marc", "Côté-Tremblay", nil, nil, "000000123"),
        ("秀英", "王", nil, "+1 647.555/0123", nil),
        ("美玲", "陈", "Mei", nil, "123456789012"),
        ("Ana", "Silva", nil, "647 555 0123", "998877"),
    ]

    static func insertPeople(_ db: Database) throws {
        for p in people {
            try db.execute(sql: """
                INSERT INTO client (cams_reference, first_name, last_name, preferred_name, phone, referral_source,
                                    status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'Self', 'Active', '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000')
                """, arguments: [p.cams, p.first, p.last, p.preferred, p.phone])
        }
    }

    static func indexContent(_ f: Fixture) throws -> [[DatabaseValue]] {
        try f.db.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, name, cams, phone, cjk FROM client_fts ORDER BY rowid").map { Array($0.databaseValues) }
        }
    }

    static let queries = ["cote", "zoe", "co", "4165", "(416) 555", "6475550123", "555", "0012", "000000", "秀英", "王", "陈 美", "mei", "998"]

    static func answers(_ f: Fixture) throws -> [String: [Int64]] {
        var all: [String: [Int64]] = [:]
        for q in queries { all[q] = try f.db.searchClients(query: q).map(\.id).sorted() }
        return all
    }

    @Test func deferredIndexEqualsTheRowByRowIndex() throws {
        let rowByRow = try Fixture(), deferred = try Fixture()
        try rowByRow.db.pool.write { try Self.insertPeople($0) }
        var indexingCalls = 0
        try deferred.db.pool.write { db in
            try db.deferringClientSearchIndex(indexing: { indexingCalls += 1 }) {
                try Self.insertPeople(db)
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM client_fts") == 0, "the trigger held off")
            }
        }
        #expect(indexingCalls == 1)
        #expect(try Self.indexContent(deferred) == Self.indexContent(rowByRow))
        #expect(try Self.indexContent(deferred).count == Self.people.count)
        #expect(try Self.answers(deferred) == Self.answers(rowByRow))
        #expect(try deferred.db.searchClients(query: "cote").count == 2)
        #expect(try deferred.db.integrityReport().isEmpty)
    }

    @Test func swiftIndexValuesEqualTheTriggersSQL() throws {
        let f = try Fixture()
        let alphabet = Array("aZéĐđŁłØøßẞÆæŒœ王秀英陈ㄱ가カ⺀⻳\u{2E7F}😀e\u{301} -'.()+/0123456789".unicodeScalars).map { String($0) }
        var random = SplitMix64(seed: 9)
        func text(_ maxLength: Int) -> String {
            (0..<random.int(in: 0...maxLength)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
        }
        var cases = Self.people.map { ($0.first, $0.last, $0.preferred, $0.cams, $0.phone) }
        for _ in 0..<500 {
            cases.append((text(24), text(24), random.below(3) == 0 ? nil : text(20), random.below(2) == 0 ? nil : "00123456",
                          random.below(3) == 0 ? nil : text(16)))
        }
        try f.db.pool.read { db in
            let sql = "SELECT " + ClientSearchV11.columns(of: "c")
                + " FROM (SELECT 1 AS id, ? AS first_name, ? AS last_name, ? AS preferred_name, ? AS cams_reference, ? AS phone) AS c"
            for (first, last, preferred, cams, phone) in cases {
                let row = try #require(try Row.fetchOne(db, sql: sql, arguments: [first, last, preferred, cams, phone]))
                let swift = ClientSearchRow(firstName: first, lastName: last, preferredName: preferred, camsReference: cams, phone: phone)
                #expect(swift.name == row[1] as String, "\(first.debugDescription) \(last.debugDescription)")
                #expect(swift.cams == row[2] as String?)
                #expect(swift.phone == row[3] as String, "\(phone.debugDescription)")
                #expect(swift.cjk == row[4] as String, "\(first.debugDescription) \(last.debugDescription) \(preferred.debugDescription)")
            }
        }
    }

    @Test func rowsIndexedByTheBodyAreNotIndexedTwice() throws {
        let f = try Fixture()
        try f.db.pool.write { db in
            try db.deferringClientSearchIndex {
                try Self.insertPeople(db)
                let first = try #require(try Client.fetchOne(db, sql: "SELECT * FROM client ORDER BY id LIMIT 1"))
                let row = ClientSearchRow(first)
                try db.execute(sql: "INSERT INTO client_fts(rowid, name, cams, phone, cjk) VALUES (?, ?, ?, ?, ?)",
                               arguments: [first.id, row.name, row.cams, row.phone, row.cjk])
            }
        }
        let rowByRow = try Fixture()
        try rowByRow.db.pool.write { try Self.insertPeople($0) }
        #expect(try Self.indexContent(f) == Self.indexContent(rowByRow))
    }

    @Test func onlyTheNewClientsAreIndexedAndTheTriggerComesBack() throws {
        let f = try Fixture()
        let before = try f.client("Ana", "Before")
        try f.db.pool.write { db in try db.deferringClientSearchIndex { try Self.insertPeople(db) } }
        #expect(try f.db.scalar("SELECT count(*) FROM client_search_deferral") == 0)
        #expect(try f.db.scalar("SELECT count(*) FROM client_fts") == Self.people.count + 1)
        #expect(try f.db.searchClients(query: "before").map(\.id) == [before.id])
        let after = try f.client("Bea", "Afterwards")   // an ordinary write: indexed by the trigger again
        #expect(try f.db.searchClients(query: "afterw").map(\.id) == [after.id])
    }

    @Test func aFailureInsideLeavesNothingBehind() throws {
        let f = try Fixture()
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try f.db.pool.write { db in
                try db.deferringClientSearchIndex {
                    try Self.insertPeople(db)
                    throw Boom()
                }
            }
        }
        #expect(try f.db.scalar("SELECT count(*) FROM client") == 0)
        #expect(try f.db.scalar("SELECT count(*) FROM client_search_deferral") == 0)
        let later = try f.client("Zoë", "Côté")
        #expect(try f.db.searchClients(query: "cote").map(\.id) == [later.id])
    }

    /// The paused insert triggers are taken out for the bulk write (a paused trigger still costs a
    /// sub-program per row) and must come back word for word, whether the body succeeds or throws.
    @Test func theLiftedTriggersComeBackWordForWord() throws {
        let f = try Fixture()
        func triggers() throws -> [Row] {
            try f.db.pool.read { try Row.fetchAll($0, sql: "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") }
        }
        let before = try triggers()
        #expect(before.count > 20, "the search index's and the change feed's triggers")
        try f.db.pool.write { db in
            try db.deferringClientSearchIndex {
                let lifted = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name IN ('client_fts_after_insert', 'change_feed_after_insert_client')")
                #expect(lifted.isEmpty, "lifted while the body runs")
                try Self.insertPeople(db)
            }
        }
        #expect(try triggers() == before)
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try f.db.pool.write { db in try db.deferringClientSearchIndex { () throws -> Void in throw Boom() } }
        }
        #expect(try triggers() == before)
        // And they work: an ordinary insert is indexed and fed again.
        let feed: Int = try #require(try f.db.scalar("SELECT count(*) FROM change_feed"))
        let later = try f.client("Bea", "Afterwards")
        #expect(try f.db.searchClients(query: "afterw").map(\.id) == [later.id])
        #expect(try #require(try f.db.scalar("SELECT count(*) FROM change_feed") as Int?) > feed)
    }
}
