import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Client search (FTS5)")
struct ClientSearchTests {
    /// Zoë Côté, Zoé Martin, Marc Côté-Tremblay, 王秀英, 陈美玲, Ana Silva (phone and CaMS ref).
    final class People {
        let fixture: Fixture
        let zoeCote: Client, zoeMartin: Client, marc: Client, wang: Client, chen: Client, ana: Client
        init() throws {
            fixture = try Fixture()
            zoeCote = try fixture.client("Zoë", "Côté", phone: "(416) 555-0199")
            zoeMartin = try fixture.client("Zoé", "Martin", phone: "519-555-0100")
            marc = try fixture.client("Marc", "Côté-Tremblay")
            wang = try fixture.client("秀英", "王")
            chen = try fixture.client("美玲", "陈")
            ana = try fixture.client("Ana", "Silva", phone: "647 555 0123", cams: "001234567")
        }
        func names(_ query: String, limit: Int = 50) throws -> [String] {
            try fixture.db.searchClients(query: query, limit: limit).map(\.sortName)
        }
    }

    @Test func accentsAreIgnoredBothWays() throws {
        let p = try People()
        #expect(try Set(p.names("cote")) == ["Côté, Zoë", "Côté-Tremblay, Marc"])
        #expect(try Set(p.names("Côté")) == ["Côté, Zoë", "Côté-Tremblay, Marc"])
        #expect(try Set(p.names("zoe")) == ["Côté, Zoë", "Martin, Zoé"])
        #expect(try p.names("ZOË martin") == ["Martin, Zoé"])
    }

    @Test func everyWordIsAPrefixAndAllMustMatch() throws {
        let p = try People()
        #expect(try Set(p.names("co")) == ["Côté, Zoë", "Côté-Tremblay, Marc"])
        #expect(try p.names("zo co") == ["Côté, Zoë"])
        #expect(try p.names("trem") == ["Côté-Tremblay, Marc"])
        #expect(try p.names("zoe silva").isEmpty)
        #expect(try p.names("xyz").isEmpty)
    }

    @Test func phoneDigitsMatchHoweverTheyAreTyped() throws {
        let p = try People()
        #expect(try p.names("4165") == ["Côté, Zoë"])
        #expect(try p.names("(416) 555") == ["Côté, Zoë"])
        #expect(try p.names("416-555-01") == ["Côté, Zoë"])
        #expect(try p.names("6475550123") == ["Silva, Ana"])
        #expect(try Set(p.names("555")) == ["Côté, Zoë", "Martin, Zoé", "Silva, Ana"])
    }

    @Test func camsReferencePrefixKeepsLeadingZeros() throws {
        let p = try People()
        #expect(try p.names("0012") == ["Silva, Ana"])
        #expect(try p.names("001234567") == ["Silva, Ana"])
        #expect(try p.names("1234").isEmpty, "CaMS references match from their first digit")
    }

    @Test func cjkNamesMatchByCharacter() throws {
        let p = try People()
        #expect(try p.names("王") == ["王, 秀英"])
        #expect(try p.names("秀英") == ["王, 秀英"])
        #expect(try p.names("英") == ["王, 秀英"])
        #expect(try p.names("王秀") == ["王, 秀英"], "family name then given name, as written")
        #expect(try p.names("陈美玲") == ["陈, 美玲"])
        #expect(try p.names("英秀").isEmpty, "characters must be in order")
        #expect(try p.names("王 美").isEmpty)
    }

    @Test func updatesAndDeletesKeepTheIndexRight() throws {
        let p = try People()
        var ana = p.ana
        ana.lastName = "Souza"
        ana.phone = "905-555-7777"
        ana = try p.fixture.db.updateClient(ana, by: p.fixture.caseworker)
        #expect(try p.names("silva").isEmpty)
        #expect(try p.names("souza") == ["Souza, Ana"])
        #expect(try p.names("9055") == ["Souza, Ana"])
        #expect(try p.names("6475").isEmpty)

        try p.fixture.db.execute("DELETE FROM client WHERE id = ?", [p.zoeMartin.id!])
        #expect(try p.names("zoe") == ["Côté, Zoë"])
        #expect(try p.fixture.db.integrityReport().isEmpty)
    }

    @Test func resultsAreOrderedByRankThenNameWithALimit() throws {
        let fixture = try Fixture()
        // "Martin" twice in Zimmer's names outranks once in Abbott's, though Abbott sorts first.
        try fixture.db.createClient(Client(firstName: "Martin", lastName: "Zimmer", preferredName: "Martin"), by: fixture.caseworker)
        try fixture.client("Martin", "Abbott")
        // Same shape, same score: by last name, then first name.
        try fixture.client("Zoë", "Roy")
        try fixture.client("Ana", "Roy")
        try fixture.client("Ana", "Blais")
        func names(_ query: String, limit: Int = 50) throws -> [String] {
            try fixture.db.searchClients(query: query, limit: limit).map(\.sortName)
        }
        #expect(try names("martin") == ["Zimmer, Martin", "Abbott, Martin"])
        #expect(try names("roy") == ["Roy, Ana", "Roy, Zoë"])
        #expect(try names("ana") == ["Blais, Ana", "Roy, Ana"])
        #expect(try names("roy", limit: 1) == ["Roy, Ana"])
        #expect(try names("").prefix(3) == ["Abbott, Martin", "Blais, Ana", "Roy, Ana"])
        #expect(try names("  ---  ").count == 5, "nothing searchable lists everyone by name")
    }

    @Test func broadQueriesListByNameAndStillFilter() throws {
        let fixture = try Fixture()
        let other = try fixture.db.addStaff(username: "other", fullName: "Other Worker", role: .caseworker, by: fixture.admin)
        let count = ClientSearchPattern.broadMatchCount + 20
        try fixture.db.pool.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO client(first_name, last_name, referral_source, status, created_at, updated_at, caseworker_id)
                VALUES (?, ?, 'Self', ?, '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000', ?)
                """)
            for i in 0..<count {
                try insert.execute(arguments: ["Marie", "Name\(10_000 + i)", i % 2 == 0 ? "Active" : "Closed",
                                               i % 4 == 0 ? other.id : fixture.caseworker.id])
            }
        }
        let all = try fixture.db.searchClients(query: "mar", limit: 10)
        #expect(all.map(\.lastName) == (10_000..<10_010).map { "Name\($0)" })
        let mine = try fixture.db.searchClients(query: "mar", limit: 3, status: .active, caseworkerID: other.id)
        #expect(mine.map(\.lastName) == ["Name10000", "Name10004", "Name10008"])
    }

    @Test func typedSyntaxIsNeverFTS5Syntax() throws {
        let p = try People()
        for query in ["\"", "zoe\"", "NEAR(", "a OR b", "*", "col:umn", "^", "-cote", "(cote"] {
            #expect(throws: Never.self) { _ = try p.names(query) }
        }
        #expect(try p.names("-cote").count == 2)
    }

    /// 20,000 clients inserted with one prepared statement (500 rows a time) in one transaction.
    @Test func searchStaysCorrectAtTwentyThousandClients() throws {
        let fixture = try Fixture()
        let count = 20_000, batch = 500
        let firsts = ["Zoë", "Marc", "Ana", "Li", "Omar", "Priya", "Jean", "Chloé", "秀英", "Émile"]
        let lasts = ["Côté", "Martin", "Silva", "王", "Nguyen", "Tremblay", "Singh", "Roy", "Gagnon", "Bouchard", "Lee"]
        let started = Date()
        try fixture.db.pool.write { db in
            // One row per statement would flush FTS5's pending terms on every row (5x slower).
            let row = "(?, ?, ?, ?, 'Self', 'Active', '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000', ?)"
            let insert = try db.makeStatement(sql: """
                INSERT INTO client(cams_reference, first_name, last_name, phone, referral_source, status,
                                   created_at, updated_at, caseworker_id)
                VALUES \(Array(repeating: row, count: batch).joined(separator: ", "))
                """)
            for start in stride(from: 0, to: count, by: batch) {
                var values: [(any DatabaseValueConvertible)?] = []
                for i in start..<(start + batch) {
                    values += ["\(100_000_000 + i)", firsts[i % firsts.count], lasts[i % lasts.count],
                               "(\(200 + i % 700)) 555-\(1000 + i % 9000)", fixture.caseworker.id]
                }
                try insert.execute(arguments: StatementArguments(values))
            }
        }
        let insertSeconds = Date().timeIntervalSince(started)
        let db = fixture.db
        #expect(try db.clientCount() == count)
        // "zoe cote": i % 10 == 0 and i % 11 == 0 → i % 110 == 0 → 182 clients.
        let expected = (0..<count).filter { $0 % 110 == 0 }.count
        #expect(try db.searchClients(query: "zoe cote", limit: 1_000).count == expected)
        #expect(try db.searchClients(query: "cote", limit: 10).count == 10)
        #expect(try db.searchClients(query: "100012345").map(\.camsReference) == ["100012345"])
        #expect(try db.searchClients(query: "秀英 王", limit: 5_000).count == (0..<count).filter { $0 % 10 == 8 && $0 % 11 == 3 }.count)
        #expect(try db.integrityReport().isEmpty)

        var timings: [String: Double] = [:]
        for query in ["cote", "zoe cote", "4165", "1000123", "王", "ma", "z", "silva ana 2"] {
            let start = Date()
            let rounds = 20
            for _ in 0..<rounds { _ = try db.searchClients(query: query, limit: 50) }
            timings[query] = Date().timeIntervalSince(start) / Double(rounds) * 1000
        }
        print("FTS at \(count) clients — insert \(String(format: "%.2f", insertSeconds)) s; ms per search:",
              timings.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.2f", $0.value))" }.joined(separator: " "))
    }
}
