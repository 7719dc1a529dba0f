import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The optimized fact loader (covering indexes, C API, byte parsing) gives exactly the facts, and so
/// exactly the queue, of the straightforward reference loader, on a generated demo database.
@Suite(.serialized) struct FactLoaderEquivalenceTests {
    static let zone = FollowUpEngine.agencyTimeZone
    static let today = LocalDate(iso: "2026-03-02")!

    /// One demo database for the suite (generating it is the slow part); only read once made.
    final class DemoFile: @unchecked Sendable {
        let folder: TempFolder
        let db: CaseloadDatabase
        init() {
            folder = try! TempFolder()
            db = try! CaseloadDatabase.open(path: folder.path("demo.sqlite"))
            let admin = try! db.bootstrapAdministrator(username: "root")
            _ = try! db.fillWithDemoData(DemoGenerator(seed: 2026, today: today, clientCount: 2_500), by: admin)
        }
    }
    static let demo = DemoFile()

    static func scopes(_ db: CaseloadDatabase) throws -> [FollowUpScope] {
        let caseworkers = try db.listStaff(includeInactive: true).filter { $0.role == .caseworker }.prefix(3)
        let (someClients, openClient, site) = try db.read { db in
            (try Int64.fetchAll(db, sql: "SELECT id FROM client ORDER BY id LIMIT 40 OFFSET 100"),
             try Int64.fetchOne(db, sql: "SELECT id FROM client WHERE status = 'Referred' ORDER BY id LIMIT 1")!,
             try Int64.fetchOne(db, sql: "SELECT site_id FROM client WHERE site_id IS NOT NULL ORDER BY id LIMIT 1")!)
        }
        return [.everyone, FollowUpScope(clientID: openClient), FollowUpScope(clientIDs: someClients),
                FollowUpScope(clientIDs: []), FollowUpScope(siteID: site)]
            + caseworkers.map { FollowUpScope(caseworkerID: $0.id) }
    }

    @Test func sameFactsForEveryScope() throws {
        let db = Self.demo.db
        for scope in try Self.scopes(db) {
            let (reference, fast) = try db.read { db in
                (try ReferenceFactLoader(scope: scope, zone: Self.zone).load(db), try FollowUpFactLoader(scope: scope, zone: Self.zone).load(db))
            }
            #expect(reference.clients.count > 0 || scope.clientIDs == [], "scope \(scope) has clients")
            #expect(Set(fast.clients) == Set(reference.clients), "clients, \(scope)")
            #expect(fast.clients.count == reference.clients.count)
            // Rows about clients the client query left out (closed ones) are ignored by the engine,
            // and the loader skips them: compare the rows about listed clients.
            let listed = Set(reference.clients.map(\.id))
            func same<T: Hashable>(_ a: [T], _ b: [T], _ client: (T) -> Int64, _ what: String) {
                let mine = a.filter { listed.contains(client($0)) }, theirs = b.filter { listed.contains(client($0)) }
                #expect(Set(mine) == Set(theirs), "\(what), \(scope)")
                #expect(mine.count == theirs.count, "\(what) rows, \(scope)")
            }
            same(fast.contactAttempts, reference.contactAttempts, \.clientID, "contact attempts")
            same(fast.saCommunications, reference.saCommunications, \.clientID, "SA communications")
            same(fast.assessments, reference.assessments, \.clientID, "assessments")
            same(fast.checkpoints, reference.checkpoints, \.clientID, "checkpoints")
            same(fast.intakeGaps, reference.intakeGaps, \.clientID, "intake gaps")
            same(fast.saMilestones, reference.saMilestones, \.clientID, "SA milestones")
            same(fast.referralsOut, reference.referralsOut, \.clientID, "referrals out")
            // A scoped load reads no-shows only of clients referred by social assistance, whom R-11
            // concerns; the queue comparison below shows nothing is lost by it.
            let referredBySA = Set(reference.clients.filter(\.referralSource.isSocialAssistance).map(\.id))
            let noShowsRead = scope == .everyone ? reference.noShows : reference.noShows.filter { referredBySA.contains($0.clientID) }
            same(fast.noShows, noShowsRead, \.clientID, "no-shows")
            #expect(scope == .everyone || fast.noShows.allSatisfy { referredBySA.contains($0.clientID) })
            same(fast.onHoldPlans, reference.onHoldPlans, \.clientID, "plans on hold")
            same(fast.pendingSupports, reference.pendingSupports, \.clientID, "supports")
            same(fast.pbfEmployments, reference.pbfEmployments, \.clientID, "PBF jobs")
            same(fast.manualFollowUps, reference.manualFollowUps, \.clientID, "manual follow-ups")
            #expect(fast.assessments.allSatisfy { listed.contains($0.clientID) }, "only listed clients' rows, \(scope)")
            #expect(fast.actions == reference.actions)
        }
    }

    /// The public entry point, on several as-of days: the same items in the same order.
    @Test(arguments: [-40, 0, 1, 15, 120])
    func sameQueueOnSeveralDays(offset: Int) throws {
        let db = Self.demo.db
        let asOf = Self.today.adding(days: offset)
        let now = asOf.startInstant(in: Self.zone).addingTimeInterval(10 * 3600)
        let calendars = try db.businessCalendars()
        var engine = FollowUpEngine(calendar: calendars.agency, asOf: asOf, now: now, timeZone: Self.zone)
        engine.siteCalendars = calendars.sites
        for scope in try Self.scopes(db) {
            let reference = try db.read { try ReferenceFactLoader(scope: scope, zone: Self.zone).load($0) }
            let expected = scope.caseworkerID.map { engine.items(from: reference, ownerID: $0) } ?? engine.items(from: reference)
            let queue = try db.followUpQueue(asOf: asOf, now: now, scope: scope, zone: Self.zone)
            #expect(queue == expected, "queue as of \(asOf), \(scope)")
            if scope == .everyone { #expect(queue.count > 100) }
        }
    }

    /// Instants written in other layouts than GRDB's are read as SQLite reads them.
    @Test func instantsInOtherLayoutsAgree() throws {
        let folder = try TempFolder()
        let db = try CaseloadDatabase.open(path: folder.path("odd.sqlite"))
        let admin = try db.bootstrapAdministrator(username: "root")
        _ = try db.fillWithDemoData(DemoGenerator(seed: 5, today: Self.today, clientCount: 300), by: admin)
        let odd = ["2026-01-05T10:11:12Z", "2026-01-05 23:59:59.9995", "2026-01-05 04:30", "2026-01-05T04:30:00.5",
                   "2026-03-08 07:00:00.000", "2026-11-01 05:59:59.999", "2026-01-05 10:11:12+02:00", "not a time"]
        try db.write { db in
            let attempts = try Int64.fetchAll(db, sql: """
                SELECT a.id FROM contact_attempt a JOIN client c ON c.id = a.client_id
                WHERE c.status = 'Referred' AND c.referral_source IN ('RASP', 'TRF', 'OW') ORDER BY a.id LIMIT 7
                """)
            for (id, text) in zip(attempts, odd) { try db.execute(sql: "UPDATE contact_attempt SET attempted_at = ? WHERE id = ?", arguments: [text, id]) }
            let assessments = try Int64.fetchAll(db, sql: "SELECT max(id) FROM assessment GROUP BY client_id ORDER BY 1 LIMIT 8")
            for (id, text) in zip(assessments, odd) { try db.execute(sql: "UPDATE assessment SET submitted_at = ? WHERE id = ?", arguments: [text, id]) }
        }
        let (reference, fast) = try db.read { db in
            (try ReferenceFactLoader(scope: .everyone, zone: Self.zone).load(db), try FollowUpFactLoader(scope: .everyone, zone: Self.zone).load(db))
        }
        // Rows about listed clients (the loader skips the others, as the engine would).
        let listed = Set(reference.clients.map(\.id))
        #expect(Set(fast.contactAttempts) == Set(reference.contactAttempts.filter { listed.contains($0.clientID) }))
        #expect(Set(fast.assessments) == Set(reference.assessments.filter { listed.contains($0.clientID) }))
        #expect(fast.assessments.count > 100)
    }

    /// A stored instant nobody can read is refused with a message that names it (the reference
    /// loader would stop the program).
    @Test func anUnreadableInstantIsAnError() throws {
        let f = try QueueFixture()
        let client = try f.referral("Ana", "Lima", .trf, received: "2026-01-05")
        try f.db.execute("""
            INSERT INTO contact_attempt (client_id, staff_id, attempted_at, method, result)
            VALUES (?, ?, 'yesterday', 'Phone', 'No Answer')
            """, [client.id, f.base.caseworker.id])
        #expect(throws: StoreError.self) { try f.queue("2026-01-06") }
        do { _ = try f.queue("2026-01-06") } catch { #expect("\(error)".contains("yesterday")) }
    }
}
