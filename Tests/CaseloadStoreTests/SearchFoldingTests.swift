import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Letters unicode61 does not fold (Đ, Ł, Ø, ß, Æ, Œ…) and phone numbers typed in part: the index
/// (triggers, bulk fill, import's rows) and the typed query must fold and split them the same way.
@Suite struct SearchFoldingTests {
    /// The letters the issue names, each with how a person types it on an English keyboard.
    static let letters: [(letter: String, typed: String)] = [
        ("Đ", "d"), ("đ", "d"), ("Ł", "l"), ("ł", "l"), ("Ø", "o"), ("ø", "o"), ("ß", "ss"),
        ("Æ", "ae"), ("æ", "ae"), ("Œ", "oe"), ("œ", "oe"),
        ("é", "e"), ("È", "e"), ("ô", "o"), ("ç", "c"), ("ñ", "n"), ("ü", "u"), ("ặ", "a"), ("Å", "a"),
    ]

    /// The index's values for one client, as the SQL of the triggers and bulk fills makes them.
    static func sqlValues(_ db: Database, first: String, last: String, preferred: String? = nil, phone: String? = nil) throws -> Row {
        let sql = "SELECT " + ClientSearchV11.columns(of: "c")
            + " FROM (SELECT 1 AS id, ? AS first_name, ? AS last_name, ? AS preferred_name, NULL AS cams_reference, ? AS phone) AS c"
        return try #require(try Row.fetchOne(db, sql: sql, arguments: [first, last, preferred, phone]))
    }

    @Test func everyLetterFoldsAlikeInTheIndexAndInWhatIsTyped() throws {
        let f = try Fixture()
        for (i, (letter, _)) in Self.letters.enumerated() {
            try f.client("X\(letter)y", "Person\(Self.tag(i))", phone: nil)
        }
        let directory = try ClientDirectory(db: f.db)
        for (i, (letter, typed)) in Self.letters.enumerated() {
            // SQL (triggers, bulk fills) and Swift (import's rows, typed queries) fold alike.
            let last = "X\(letter)y\(letter)"
            try f.db.pool.read { db in
                let row = try Self.sqlValues(db, first: letter, last: last, preferred: "\(letter)\u{301}")
                let swift = ClientSearchRow(firstName: letter, lastName: last, preferredName: "\(letter)\u{301}", camsReference: nil, phone: nil)
                #expect(swift.name == row[1] as String, "\(letter)")
                #expect(SearchFolding.fold(last) == (try String.fetchOne(db, sql: "SELECT \(SearchFolding.sql("?"))", arguments: [last])), "\(letter)")
            }
            // Typed plainly or with the letter itself, it finds the one client named with it.
            for query in ["x\(typed)y person\(Self.tag(i))", "X\(letter)Y PERSON\(Self.tag(i))"] {
                let expected = ["Person\(Self.tag(i))"]
                #expect(try f.db.searchClients(query: query).map(\.lastName) == expected, "\(letter): \(query)")
                #expect(try directory.page(ClientListQuery(text: query)).rows.map(\.lastName) == expected, "\(letter) (list): \(query)")
            }
        }
    }

    /// A letter that tells the test's clients apart: Person A, Person B…
    static func tag(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i))) }

    /// Clients named with every letter, indexed by each path the index is filled by.
    static let people: [(first: String, last: String, queries: [String])] = [
        ("Văn", "Đặng", ["dang", "Đặng", "ĐẶNG van", "đang"]),
        ("Łukasz", "Wałęsa", ["lukasz", "walesa", "Łukasz Wałęsa", "ŁUKASZ"]),
        ("Søren", "Østergaard", ["soren ostergaard", "ØSTER", "øst"]),
        ("Hans", "Weiß", ["weiss", "Weiß", "weiß hans"]),
        ("Ægir", "Ærø", ["aegir", "aero", "Ægir Ærø", "æg"]),
        ("Chloé", "Œuvray", ["oeuvray", "Œuv", "chloe oeu", "œuvray"]),
        ("Zoë", "Côté", ["cote", "Côté", "zoe", "ZOË côte"]),
    ]

    /// Each name is found by each way of typing it, through FTS5 and through the client list.
    static func expectEveryoneFound(_ db: CaseloadDatabase, _ path: String) throws {
        let directory = try ClientDirectory(db: db)
        for person in people {
            for query in person.queries {
                let found = try db.searchClients(query: query).map(\.lastName)
                #expect(found == [person.last], "\(path): \(query) found \(found)")
                let listed = try directory.page(ClientListQuery(text: query)).rows.map(\.lastName)
                #expect(listed == [person.last], "\(path) (client list): \(query) found \(listed)")
            }
        }
    }

    @Test func lettersWithoutABaseLetterAreFoundWhicheverWayTheyWereIndexed() throws {
        // The insert trigger.
        let f = try Fixture()
        for p in Self.people { try f.client(p.first, p.last) }
        try Self.expectEveryoneFound(f.db, "insert trigger")

        // The update trigger: each person renamed to their own name from a placeholder.
        let renamed = try Fixture()
        for p in Self.people {
            var client = try renamed.client("Someone", "Else")
            client.firstName = p.first; client.lastName = p.last
            _ = try renamed.db.updateClient(client, by: renamed.caseworker)
        }
        try Self.expectEveryoneFound(renamed.db, "update trigger")

        // The bulk fill of an import and of `caseload check --rebuild-search-index`.
        let bulk = try Fixture()
        try bulk.db.pool.write { db in
            try db.deferringClientSearchIndex {
                for p in Self.people {
                    try db.execute(sql: """
                        INSERT INTO client (first_name, last_name, referral_source, status, created_at, updated_at)
                        VALUES (?, ?, 'Self', 'Active', '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000')
                        """, arguments: [p.first, p.last])
                }
            }
        }
        try Self.expectEveryoneFound(bulk.db, "deferred fill")
        #expect(try bulk.db.rebuildSearchIndex(by: bulk.admin) == Self.people.count)
        try Self.expectEveryoneFound(bulk.db, "rebuilt index")
    }

    /// One number stored five ways; each typed form finds every one of them.
    static let storedPhones = ["(519) 844-9967", "519.844.9967", "5198449967", "+1 519 844 9967", "1-519-844-9967"]
    static let typedPhones = ["(519) 844-9967", "844-9967", "8449967", "9967", "519-844-9967", "5198449967",
                              "+1 519 844 9967", "15198449967", "1-519-844-9967", "(519)", "844", "844 9967", "519 844-99"]

    @Test func aPhoneIsFoundByItsLocalNumberHoweverEitherSideWroteIt() throws {
        let f = try Fixture()
        var ids: Set<Int64> = []
        for (i, phone) in Self.storedPhones.enumerated() { ids.insert(try f.client("Pat", "Number\(Self.tag(i))", phone: phone).id!) }
        try f.client("Other", "Person", phone: "(416) 555-0199")
        let directory = try ClientDirectory(db: f.db)
        try directory.prepareNumberSearch()
        for typed in Self.typedPhones {
            #expect(Set(try f.db.searchClients(query: typed).map(\.id)) == ids, "search: \(typed)")
            #expect(Set(try directory.page(ClientListQuery(text: typed)).rows.map(\.id)) == ids, "client list: \(typed)")
        }
        for typed in ["4498", "99678", "8449968", "519 9968"] {
            #expect(try f.db.searchClients(query: typed).isEmpty, "\(typed)")
            #expect(try directory.page(ClientListQuery(text: typed)).total == 0, "\(typed)")
        }
        // Import's rows (Swift) hold exactly what the SQL holds, for every stored form and a few odd ones.
        try f.db.pool.read { db in
            for phone in Self.storedPhones + ["", "844-9967", "1 (519) 844-9967 x12", "25198449967", "٥١٩٨٤٤٩٩٦٧", "+44 20 7946 0958"] {
                let row = try Self.sqlValues(db, first: "A", last: "B", phone: phone)
                #expect(ClientSearchPhone.searchText(of: phone) == row[3] as String, "\(phone)")
            }
        }
    }

    /// A file made before v11 opens with its clients indexed anew.
    @Test func anOlderFileIsIndexedAnewWhenOpened() throws {
        let folder = try TempFolder()
        let path = folder.path("v6.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try CaseloadMigrations.migrator.migrate(queue, upTo: "v6-client-search-triggers")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO client (first_name, last_name, phone, referral_source, status, created_at, updated_at)
                    VALUES ('Văn', 'Đặng', '(519) 844-9967', 'Self', 'Active', '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000')
                    """)
            }
            #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM client_fts WHERE client_fts MATCH '\"dang\"'") } == 0)
        }
        let db = try CaseloadDatabase.open(path: path)
        #expect(try db.searchClients(query: "dang").map(\.lastName) == ["Đặng"])
        #expect(try db.searchClients(query: "844-9967").map(\.lastName) == ["Đặng"])
        #expect(try db.integrityReport().isEmpty)
        // The triggers it made index later clients the new way too.
        try db.execute("""
            INSERT INTO client (first_name, last_name, referral_source, status, created_at, updated_at)
            VALUES ('Piotr', 'Łoś', 'Self', 'Active', '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000')
            """)
        #expect(try db.searchClients(query: "los").map(\.lastName) == ["Łoś"])
    }
}
