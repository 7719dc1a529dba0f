import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The client list's in-memory directory must list exactly what plain SQL would: same clients,
/// same order, same count, for every order, filter and search text (a demo database of 1,500).
@Suite struct ClientDirectoryTests {
    static let today = LocalDate(year: 2026, month: 3, day: 2)!

    /// One demo database shared by the checks (generating it is the slow part).
    nonisolated(unsafe) static let demo: (Fixture, CaseloadDatabase.DemoSummary) = {
        let f = try! Fixture()
        let summary = try! f.db.fillWithDemoData(DemoGenerator(seed: 11, today: today, clientCount: 1_500), by: f.admin)
        return (f, summary)
    }()

    /// The list the slow, obvious way: one SQL statement that filters, searches and sorts.
    static func expected(_ db: CaseloadDatabase, _ q: ClientListQuery) throws -> (ids: [Int64], total: Int) {
        var (conditions, arguments) = ClientListSQL.filters(q)
        var join = ""
        if let pattern = ClientSearchPattern.fts5(for: q.text) {
            join = " JOIN client_fts f ON f.rowid = c.id"
            conditions = ([conditions, "client_fts MATCH ?"].filter { !$0.isEmpty }).joined(separator: " AND ")
            arguments += [pattern]
        }
        // Names sort by their folded bytes (ClientNameOrder); a blob compares as memcmp does.
        let byName = "test_name_key(c.last_name, c.first_name), c.id"
        let order: String
        switch q.order {
        case .name: order = "ORDER BY " + byName
        case .camsReference:
            order = "ORDER BY \(ClientListSQL.byCamsReference.orderBy), \(byName)"
        case .lastActivity:
            order = "\(ClientListSQL.byLastActivity.join) ORDER BY \(ClientListSQL.byLastActivity.orderBy), \(byName)"
        case .nextDue: Issue.record("next due is checked on its own"); order = ""
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE \(conditions)"
        // The last-activity order joins its own subquery before ORDER BY; the rest is plain.
        let sql = q.order == .lastActivity
            ? "SELECT c.id FROM client c\(join) \(order.replacingOccurrences(of: "ORDER BY", with: "\(whereClause) ORDER BY"))"
            : "SELECT c.id FROM client c\(join)\(whereClause) \(order)"
        let nameKey = DatabaseFunction("test_name_key", argumentCount: 2, pure: true) { values in
            Data(ClientNameOrder.key(last: String.fromDatabaseValue(values[0]) ?? "", first: String.fromDatabaseValue(values[1]) ?? ""))
        }
        let all = try db.read { db in
            db.add(function: nameKey)
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
        return (Array(all.dropFirst(q.offset).prefix(q.limit)), all.count)
    }

    static let queries: [ClientListQuery] = {
        var out: [ClientListQuery] = []
        for text in ["", "c", "cote", "5", "519 5", "(519) 555-", "0012", "jean 5", "王", "zz-nobody"] {
            for order in [ClientListQuery.Order.name, .lastActivity, .camsReference] {
                out.append(ClientListQuery(text: text, order: order))
                out.append(ClientListQuery(text: text, status: .active, order: order))
                out.append(ClientListQuery(text: text, caseworkerID: 5, referralSource: .ow, order: order))
            }
        }
        return out
    }()

    @Test(arguments: queries)
    func pageMatchesPlainSQL(_ query: ClientListQuery) throws {
        let (f, summary) = Self.demo
        #expect(summary.clients == 1_500)
        let directory = try ClientDirectory(db: f.db)
        for offset in [0, 200] {
            var q = query
            q.offset = offset
            let page = try directory.page(q)
            let expected = try Self.expected(f.db, q)
            #expect(page.total == expected.total, "\(q)")
            #expect(page.rows.map(\.id) == expected.ids, "\(q)")
        }
    }

    @Test func nextDueOrderPutsTheEarliestDueFirstThenTheRestByName() throws {
        let (f, _) = Self.demo
        let due: [Int64: LocalDate] = [7: LocalDate(year: 2026, month: 2, day: 1)!, 3: LocalDate(year: 2026, month: 3, day: 9)!,
                                       12: LocalDate(year: 2026, month: 2, day: 1)!]
        let directory = try ClientDirectory(db: f.db, nextDue: { due })
        var q = ClientListQuery(order: .nextDue)
        q.limit = 2_000
        let ids = try directory.page(q).rows.map(\.id)
        var everyone = ClientListQuery(order: .name)
        everyone.limit = 2_000
        let byName = try Self.expected(f.db, everyone).ids
        let tied = [Int64(7), 12].sorted { byName.firstIndex(of: $0)! < byName.firstIndex(of: $1)! }
        #expect(Array(ids.prefix(3)) == tied + [3])
        #expect(Array(ids.dropFirst(3)) == byName.filter { due[$0] == nil })
    }

    /// The list's next-due column asks for a page of clients at once; each must get what its own
    /// queue lists first.
    @Test func nextDueForAPageIsEachClientsFirstQueueItem() throws {
        let (f, _) = Self.demo
        let now = Self.today.startInstant(in: FollowUpEngine.agencyTimeZone).addingTimeInterval(14 * 3600)
        let page = try ClientDirectory(db: f.db).page(ClientListQuery(text: "a")).rows.map(\.id)
        let due = try f.db.clientListNextDue(asOf: Self.today, now: now, clientIDs: page)
        #expect(due.count > 20, "the demo should have due items on this page")
        for id in page {
            let own = try f.db.followUpQueue(asOf: Self.today, now: now, scope: FollowUpScope(clientID: id)).first
            #expect(due[id] == own, "client \(id)")
        }
        #expect(try f.db.clientListNextDue(asOf: Self.today, now: now, clientIDs: []).isEmpty)
    }

    @Test func aSnapshotDoesNotSeeLaterClientsUntilRebuilt() throws {
        let f = try Fixture()
        try f.client("Zoë", "Côté", phone: "519-555-0142")
        let directory = try ClientDirectory(db: f.db)
        try directory.prepareNumberSearch()
        try f.client("Noël", "Bélanger", phone: "613-555-0100")
        #expect(try directory.page(ClientListQuery(text: "belanger")).total == 0)
        #expect(try directory.page(ClientListQuery(text: "613")).total == 0)
        #expect(try ClientDirectory(db: f.db).page(ClientListQuery(text: "613")).rows.map(\.lastName) == ["Bélanger"])
        #expect(try ClientDirectory(db: f.db).page(ClientListQuery(text: "belanger")).rows.map(\.lastName) == ["Bélanger"])
        #expect(try ClientDirectory(db: f.db).page(ClientListQuery(text: "cote 519")).rows.map(\.firstName) == ["Zoë"])
    }
}
