import CaseloadCore
import Foundation
import GRDB

/// One thing wrong with a database file. An empty report means healthy.
public struct IntegrityProblem: Hashable, Sendable, CustomStringConvertible {
    /// Which check found it ("integrity_check", "search index", "checkpoints" …).
    public var check: String
    public var detail: String
    public var description: String { "\(check): \(detail)" }
}

/// The database half of `caseload check`: SQLite's and Caseload's own consistency checks, and
/// `--rebuild-search-index`. The file modes it also reports are FileModeCheck.swift's; `caseload
/// backup` is in Backup.swift and BackupFolder.swift.
extension CaseloadDatabase {
    /// `integrityReport()` for supervisors and administrators.
    public func integrityReport(by staff: StaffMember) throws -> [IntegrityProblem] {
        _ = try read { db in try acting(staff, needs: .checkDatabase, in: db) }
        return try integrityReport()
    }

    /// SQLite's own checks plus Caseload's invariants, read from one consistent snapshot.
    func integrityReport() throws -> [IntegrityProblem] {
        try read { db in try Self.integrityProblems(in: db) }
    }

    /// The checks themselves, on any connection (a backup's copy is checked before it gets its name).
    static func integrityProblems(in db: Database) throws -> [IntegrityProblem] {
        do {
            var problems: [IntegrityProblem] = []
            func add(_ check: String, _ detail: String) { problems.append(IntegrityProblem(check: check, detail: detail)) }

            for line in try String.fetchAll(db, sql: "PRAGMA integrity_check") where line != "ok" {
                add("integrity_check", line)
            }
            for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                add("foreign_key_check", "\(table) row \(rowid.map(String.init) ?? "?") points at a missing \(parent)")
            }
            let clients = try Int.fetchOne(db, sql: "SELECT count(*) FROM client") ?? 0
            let indexed = try Int.fetchOne(db, sql: "SELECT count(*) FROM client_fts") ?? 0
            if clients != indexed {
                add("search index", "\(indexed) entries for \(clients) clients; \(Self.rebuildAdvice)")
            }
            // Only an import holds the index off, inside its own transaction: a row seen here was
            // put there some other way, and new clients go unindexed until it is gone.
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM client_search_deferral") ?? 0 > 0 {
                add("search index", "new clients are not being indexed (a row was left in client_search_deferral); \(Self.rebuildAdvice)")
            }
            let unindexed = try Int64.fetchAll(db, sql: """
                SELECT id FROM client WHERE id NOT IN (SELECT rowid FROM client_fts) ORDER BY id LIMIT 20
                """)
            if !unindexed.isEmpty {
                add("search index", "clients not in the index: \(unindexed.map(String.init).joined(separator: ", ")); \(Self.rebuildAdvice)")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT e.id, count(c.id) FROM employment e LEFT JOIN checkpoint c ON c.employment_id = e.id
                GROUP BY e.id HAVING count(c.id) <> 4 ORDER BY e.id
                """) {
                let id: Int64 = row[0], count: Int = row[1]
                add("checkpoints", "employment #\(id) has \(count) checkpoints instead of 4")
            }
            for id in try Int64.fetchAll(db, sql: """
                SELECT id FROM plan_item WHERE actual_end IS NOT NULL AND actual_start IS NOT NULL
                AND actual_end < actual_start ORDER BY id
                """) {
                add("plan items", "plan item #\(id) ends before it starts")
            }
            let orphanAudit = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM audit WHERE staff_id IS NOT NULL AND staff_id NOT IN (SELECT id FROM staff)
                """) ?? 0
            if orphanAudit > 0 { add("audit", "\(orphanAudit) audit rows name a staff member who does not exist") }
            for table in Self.versionedTables {
                let negative = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE version < 0") ?? 0
                if negative > 0 { add("versions", "\(negative) \(table) rows have a negative version") }
            }
            if try !CaseloadMigrations.migrator.hasCompletedMigrations(db) {
                add("migrations", "not every migration of this caseload is applied")
            }
            return problems
        }
    }

    static let rebuildAdvice = "run `caseload check --rebuild-search-index`"

    /// Makes the client search index anew from the client rows, and lifts an import's hold on it
    /// left in the file (`client_search_deferral`). The index is derived data: nothing is lost.
    /// - Returns: how many clients it now holds.
    public func rebuildSearchIndex(by staff: StaffMember) throws -> Int {
        try write { db in
            _ = try acting(staff, needs: .importClients, in: db)
            try db.execute(sql: "DELETE FROM client_search_deferral")
            try db.execute(sql: "DELETE FROM client_fts")
            try db.execute(sql: ClientSearchV11.insertRows(where: "1"))
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM client_fts") ?? 0
        }
    }

    static let versionedTables = [
        "staff", "client", "assessment", "action_plan", "plan_item", "appointment", "employer", "employment",
        "checkpoint", "financial_support", "manual_follow_up",
    ]
}
