import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #23 item 2 (store and engine halves): after a change, updating only the clients the feed
/// names gives exactly what a full reload gives: the client list's directory and the follow-up queue.
@Suite(.serialized) struct PartialUpdateTests {
    static let today = LocalDate(year: 2026, month: 3, day: 2)!
    static let now = today.startInstant(in: FollowUpEngine.agencyTimeZone).addingTimeInterval(10 * 3600)

    /// A fresh demo database (each test changes it).
    private func demo() throws -> Fixture {
        let f = try Fixture()
        _ = try f.db.fillWithDemoData(DemoGenerator(seed: 23, today: Self.today, clientCount: 700), by: f.admin)
        return f
    }

    /// Writes of several kinds to several clients, from another connection as another session would;
    /// returns what the feed says changed.
    private func changeSomeClients(_ f: Fixture) throws -> DatabaseChange {
        let start = try f.db.changeFeedHead()
        let other = try f.openAgain()
        let ids: [Int64] = try f.db.read { try Int64.fetchAll($0, sql: "SELECT id FROM client ORDER BY id LIMIT 8 OFFSET 40") }
        let staff: Int64 = try f.db.scalar("SELECT id FROM staff WHERE role = 'caseworker' ORDER BY id") ?? 1
        let site: Int64? = try f.db.scalar("SELECT id FROM site ORDER BY id DESC")
        try other.execute("UPDATE client SET last_name = 'Aaberg', first_name = 'Zed' WHERE id = ?", [ids[0]])   // moves to the top
        try other.execute("UPDATE client SET phone = '519 000 4242' WHERE id = ?", [ids[1]])                   // a new digit word
        try other.execute("UPDATE client SET status = 'Closed' WHERE id = ?", [ids[2]])                        // leaves the Active filter
        try other.execute("UPDATE client SET site_id = ?, caseworker_id = NULL WHERE id = ?", [site, ids[3]])   // leaves a site's scope
        try other.execute("""
            INSERT INTO manual_follow_up (client_id, owner_id, title, due_on, created_by) VALUES (?, ?, 'Call back', '2026-02-20', ?)
            """, [ids[4], staff, staff])
        try other.execute("""
            INSERT INTO contact_attempt (client_id, staff_id, attempted_at, method, result) VALUES (?, ?, '2026-03-01 15:00:00.000', 'Phone', 'Reached')
            """, [ids[5], staff])
        try other.execute("""
            INSERT INTO client (first_name, last_name, phone, referral_source, referral_received_on, status, caseworker_id, site_id, created_at, updated_at)
            VALUES ('Ana', 'Mid', '519 000 4243', 'OW', '2026-02-25', 'Referred', ?, (SELECT site_id FROM staff WHERE id = ?),
                    '2026-02-25 10:00:00.000', '2026-02-25 10:00:00.000')
            """, [staff, staff])
        try other.execute("DELETE FROM client WHERE id = ? AND NOT EXISTS (SELECT 1 FROM case_note WHERE client_id = ?)", [ids[6], ids[6]])
        let items = try f.db.followUpQueue(asOf: Self.today, now: Self.now, by: f.admin)
        if let item = items.first(where: { $0.clientID != ids[0] }) {
            try other.completeFollowUp(item, note: "done", by: f.admin, today: Self.today)
        }
        let change = try f.db.changes(after: start).change
        #expect(!change.isEverything)
        #expect(change.clientIDs.isSuperset(of: Set(ids.prefix(6))))
        return change
    }

    @Test func aDirectoryUpdatedForTheChangedClientsListsWhatANewOneLists() throws {
        let f = try demo()
        let caseworker = try f.db.listStaff().first { $0.role == .caseworker && $0.siteID != nil }!
        let queries = [ClientListQuery(), ClientListQuery(status: .active), ClientListQuery(text: "519 000"), ClientListQuery(text: "5"),
                       ClientListQuery(text: "aab"), ClientListQuery(order: .lastActivity), ClientListQuery(order: .camsReference)]
        for staff in [nil, caseworker] {
            let directory = try ClientDirectory(db: f.db, by: staff)
            // Built as a screen would have them: the number index, a filter, the scope.
            try directory.prepareNumberSearch()
            for q in queries { _ = try directory.page(q) }
            _ = try directory.page(ClientListQuery(status: .active))
            let countBefore = directory.count

            let change = try changeSomeClients(f)
            try directory.update(clientIDs: change.clientIDs)
            let fresh = try ClientDirectory(db: f.db, by: staff)
            #expect(directory.count == fresh.count && directory.count > countBefore - 1, "one added, perhaps one deleted")
            for q in queries {
                var all = q
                all.limit = 2_000
                let (updated, expected) = (try directory.page(all), try fresh.page(all))
                #expect(updated.total == expected.total, "\(q), staff \(String(describing: staff?.username))")
                #expect(updated.rows.map(\.id) == expected.rows.map(\.id), "\(q), staff \(String(describing: staff?.username))")
                #expect(updated.rows == expected.rows)
            }
        }
    }

    @Test func aQueueUpdatedForTheChangedClientsIsTheQueueComputedAfresh() throws {
        let f = try demo()
        let caseworker = try f.db.listStaff().first { $0.role == .caseworker }!
        let site: Int64? = try f.db.scalar("SELECT id FROM site ORDER BY id")
        let scopes = [FollowUpScope.everyone, FollowUpScope(caseworkerID: caseworker.id), FollowUpScope(siteID: site)]
        let before = try scopes.map { try f.db.followUpQueue(asOf: Self.today, now: Self.now, scope: $0, by: f.admin) }
        #expect(before[0].count > 100, "a queue worth merging into")

        let change = try changeSomeClients(f)
        for (scope, old) in zip(scopes, before) {
            let updated = try f.db.followUpQueue(updating: old, forClients: change.clientIDs, asOf: Self.today, now: Self.now, scope: scope, by: f.admin)
            let fresh = try f.db.followUpQueue(asOf: Self.today, now: Self.now, scope: scope, by: f.admin)
            if scope == .everyone { #expect(updated.count != old.count || updated != old, "the change shows") }
            #expect(updated.map(\.key) == fresh.map(\.key), "same items in the same order, \(scope)")
            #expect(updated == fresh)
        }
    }
}
