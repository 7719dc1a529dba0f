import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #23 item 1: every write records what it changed (kind, client) in the same transaction;
/// the feed is pruned; a reader pruned past reloads everything.
@Suite("Change feed")
struct ChangeFeedTests {
    /// The entries written since `position`, as (kind, client).
    private func written(_ db: CaseloadDatabase, after position: Int64) throws -> [String] {
        guard case .entries(let entries, _) = try db.changes(after: position) else { Issue.record("pruned"); return [] }
        return entries.map { "\($0.kind) \($0.clientID.map(String.init) ?? "-")" + ($0.place.map { " \($0)" } ?? "") }
    }

    @Test func everyTableScreensShowIsFedByThreeTriggers() throws {
        let fixture = try Fixture()
        let tables = Set(try fixture.db.pool.read { try String.fetchAll($0, sql: """
            SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_fts%'
            AND name NOT IN ('grdb_migrations', 'audit', 'access_log', 'form_draft', 'client_search_deferral', 'change_feed')
            """) })
        // A table added later without a line in the feed's list fails here.
        #expect(tables == Set(ChangeFeedTable.v18.map(\.table)))
        for table in tables {
            let triggers: Int? = try fixture.db.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'change_feed_after_%'", [table])
            #expect(triggers == 3, "\(table)")
        }
    }

    @Test func storeWritesRecordTheClientTheyConcern() throws {
        let f = try AppointmentFixture()
        let db = f.db
        var start = try db.changeFeedHead()
        let zoe = f.zoe.id!
        _ = try db.addCaseNote(f.base.note(for: f.zoe), by: f.dana)
        #expect(try written(db, after: start) == ["case_note \(zoe)"])

        start = try db.changeFeedHead()
        let booked = try f.book(f.zoe, at: "10:00")
        #expect(try written(db, after: start) == ["appointment \(zoe) \(f.site)/2026-01-15"])

        start = try db.changeFeedHead()
        _ = try db.rescheduleAppointment(booked, to: AppointmentFixture.thursday.adding(days: 1), startMinute: 600, now: AppointmentFixture.morning, by: f.desk)
        let places = try written(db, after: start).filter { $0.hasPrefix("appointment") }
        #expect(places.contains("appointment \(zoe) \(f.site)/2026-01-15") && places.contains("appointment \(zoe) \(f.site)/2026-01-16"),
                "both days' sheets hear of a move: \(places)")

        start = try db.changeFeedHead()
        var amira = f.amira
        amira.phone = "226-555-0199"
        _ = try db.updateClient(amira, by: f.dana)
        #expect(try written(db, after: start) == ["client \(f.amira.id!)"])

        start = try db.changeFeedHead()
        let manual = try db.createManualFollowUp(clientID: zoe, title: "Call back", dueOn: AppointmentFixture.thursday, by: f.dana,
                                                 today: AppointmentFixture.thursday)
        #expect(try written(db, after: start) == ["manual_follow_up \(zoe)"])
        start = try db.changeFeedHead()
        try db.completeManualFollowUp(id: manual.id!, note: "done", by: f.dana, today: AppointmentFixture.thursday)
        #expect(try written(db, after: start).allSatisfy { $0.hasSuffix(" \(zoe)") })

        start = try db.changeFeedHead()
        _ = try db.addStaff(username: "newbie", fullName: "New Person", role: .caseworker, by: f.base.admin)
        #expect(try db.changes(after: start).change == .everything, "a change about no one client reloads everything")
    }

    @Test func rawWritesOfChildRecordsFindTheirClient() throws {
        let f = try AppointmentFixture()
        let db = f.db, zoe = f.zoe.id!
        try db.execute("INSERT INTO action_plan (id, client_id, status, opened_on) VALUES (7, ?, 'Active', '2026-01-15')", [zoe])
        try db.execute("INSERT INTO employer (id, name) VALUES (3, 'Acme')")
        try db.execute("""
            INSERT INTO employment (id, client_id, employer_id, job_title, start_date, hours_per_week, is_new_employer)
            VALUES (5, ?, 3, 'Clerk', '2026-01-01', 30, 1)
            """, [zoe])
        var start = try db.changeFeedHead()
        try db.execute("INSERT INTO plan_item (id, plan_id, type) VALUES (9, 7, 'Training')")
        try db.execute("INSERT INTO checkpoint (id, employment_id, month, due_on) VALUES (4, 5, 1, '2026-02-01')")
        try db.execute("UPDATE plan_item SET description = 'x' WHERE id = 9")
        try db.execute("DELETE FROM checkpoint WHERE id = 4")
        #expect(try written(db, after: start) == ["plan_item \(zoe)", "checkpoint \(zoe)", "plan_item \(zoe)", "checkpoint \(zoe)"])

        // Completions and snoozes name their subject in the item key.
        start = try db.changeFeedHead()
        let staff = f.dana.id!
        for key in ["R-01:client:\(zoe):2026-01-05", "EAP-HOLD:plan:7:2026-01-10", "R-08:checkpoint:999"] {
            try db.execute("INSERT INTO follow_up_action (item_key, kind, reason, staff_id, at) VALUES (?, 'completed', '', ?, '2026-01-15 10:00:00.000')",
                           [key, staff])
        }
        #expect(try written(db, after: start) == ["follow_up_action \(zoe)", "follow_up_action \(zoe)", "follow_up_action -"],
                "a key whose subject is gone concerns no one client known: reload everything")

        // A row moved to another client tells both.
        start = try db.changeFeedHead()
        try db.execute("UPDATE action_plan SET client_id = ? WHERE id = 7", [f.amira.id!])
        #expect(Set(try written(db, after: start)) == ["action_plan \(zoe)", "action_plan \(f.amira.id!)"])
    }

    @Test func aRolledBackWriteLeavesNoEntry() throws {
        let f = try Fixture()
        let client = try f.client("Ana", "Silva")
        let start = try f.db.changeFeedHead()
        do {
            try f.db.pool.write { db in
                try db.execute(sql: "UPDATE client SET phone = '1' WHERE id = ?", arguments: [client.id!])
                throw CancellationError()
            }
        } catch is CancellationError {}
        #expect(try f.db.changeFeedHead() == start)
        #expect(try written(f.db, after: start).isEmpty)
    }

    @Test func theFeedIsPrunedAndAReaderPrunedPastReloadsEverything() throws {
        let f = try Fixture()
        let client = try f.client("Ana", "Silva")
        let early = try f.db.changeFeedHead()
        let writes = ChangeFeedTriggers.kept + 2 * ChangeFeedTriggers.pruneEvery
        try f.db.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO change_feed (kind, client_id) SELECT 'client', ? FROM n
            """, [writes, client.id!])
        let rows: Int64 = try f.db.scalar("SELECT count(*) FROM change_feed") ?? 0
        #expect(rows >= ChangeFeedTriggers.kept && rows < ChangeFeedTriggers.kept + ChangeFeedTriggers.pruneEvery, "bounded: \(rows)")

        let head = try f.db.changeFeedHead()
        #expect(try f.db.changes(after: early) == .prunedPast(head: head))
        #expect(try f.db.changes(after: early).change == .everything)
        // A reader within the kept window still gets entries.
        guard case .entries(let recent, head) = try f.db.changes(after: head - 5) else { Issue.record("pruned too far"); return }
        #expect(recent.count == 5)
        #expect(DatabaseChange(recent).clientIDs == [client.id!])
        // A reader ahead of the file (it was restored from an older backup) starts over too.
        #expect(try f.db.changes(after: head + 10) == .prunedPast(head: head))
    }

    @Test func aBulkImportRecordsOneEntryForTheBatch() throws {
        let f = try Fixture()
        let start = try f.db.changeFeedHead()
        try f.db.pool.write { db in
            try db.deferringClientSearchIndex {
                for i in 0..<50 {
                    try db.execute(sql: """
                        INSERT INTO client (first_name, last_name, referral_source, status, created_at, updated_at)
                        VALUES ('A', ?, 'Self', 'Active', '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')
                        """, arguments: ["N\(i)"])
                }
            }
        }
        #expect(try written(f.db, after: start) == ["client -"])
    }

    @Test func theWatcherReportsWhatChangedOnceAndIgnoresViews() throws {
        let f = try Fixture()
        let client = try f.client("Ana", "Silva")
        let watcher = try f.db.makeChangeWatcher()
        #expect(try watcher.changes() == nil)
        try f.db.recordAccess([AccessEvent(.viewProfile, clientID: client.id)], by: f.caseworker)
        #expect(try watcher.changes() == nil, "a view is no change")

        let other = try f.openAgain()
        _ = try other.addCaseNote(f.note(for: client), by: f.caseworker)
        let change = try watcher.changes()
        #expect(change?.clientIDs == [client.id!])
        #expect(change?.clientsByKind["case_note"] == [client.id!])
        #expect(change?.isEverything == false)
        #expect(try watcher.changes() == nil, "reported once")

        // Far behind: more writes than the feed keeps.
        try other.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
            INSERT INTO change_feed (kind, client_id) SELECT 'client', 1 FROM n
            """, [ChangeFeedTriggers.kept + ChangeFeedTriggers.pruneEvery])
        #expect(try watcher.changes() == .everything)
    }
}
