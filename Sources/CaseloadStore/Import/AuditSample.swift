import CaseloadCore
import Foundation
import GRDB

/// A reproducible random sample of client files with what to check in each (R-20, Interim SOP).
public struct AuditSample: Sendable {
    public struct Entry: Sendable {
        public var client: Client
        public var checks: [AuditCheck]
        public var findingCount: Int { checks.filter { !$0.isOK }.count }
    }
    public var seed: UInt64
    /// How many clients the sample was drawn from.
    public var populationSize: Int
    /// In the order drawn.
    public var entries: [Entry]
}

extension CaseloadDatabase {
    /// Draws `count` clients (all of them when there are fewer) with a SplitMix64 stream from `seed`:
    /// the same seed on the same clients gives the same sample on any machine, so an audit can be
    /// repeated and checked. Supervisors and administrators only (it shows whole files).
    /// - Parameter importedOnly: only clients brought in by a CaMS import (legacy flag set).
    public func auditSample(count: Int, seed: UInt64, importedOnly: Bool = false, by staff: StaffMember,
                            today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> AuditSample {
        guard count > 0 else {
            throw StoreError.invalid([.init(field: "count", message: "Ask for at least 1 client in the sample.")])
        }
        return try read { db in
            _ = try acting(staff, needs: .drawAuditSample, in: db)
            let filter = importedOnly ? "WHERE \(Client.Columns.isLegacy.rawValue) = 1" : ""
            var ids = try Int64.fetchAll(db, sql: "SELECT id FROM client \(filter) ORDER BY id")
            let population = ids.count
            // A partial Fisher–Yates shuffle: the first `count` places end up a uniform sample.
            var random = SplitMix64(seed: seed)
            let take = min(count, ids.count)
            for i in 0..<take {
                ids.swapAt(i, i + random.below(ids.count - i))
            }
            let entries = try ids.prefix(take).map { id in
                let facts = try db.auditFacts(clientID: id)
                return AuditSample.Entry(client: facts.client, checks: AuditChecklist.checks(facts, today: today))
            }
            return AuditSample(seed: seed, populationSize: population, entries: entries)
        }
    }
}

extension Database {
    /// The few rows an audit of one client needs.
    func auditFacts(clientID: Int64) throws -> AuditFacts {
        let client = try storedClient(clientID)
        let assessment = try Assessment.filter(Assessment.Columns.clientID == clientID)
            .order(Assessment.Columns.id.desc).fetchOne(self)
        let plan = try ActionPlan.filter(ActionPlan.Columns.clientID == clientID)
            .order(ActionPlan.Columns.openedOn.desc, ActionPlan.Columns.id.desc).fetchOne(self)
        let notes = try Int.fetchOne(self, sql: "SELECT count(*) FROM case_note WHERE client_id = ?", arguments: [clientID]) ?? 0
        let checkpoints = try Checkpoint.fetchAll(self, sql: """
            SELECT checkpoint.* FROM checkpoint JOIN employment ON employment.id = checkpoint.employment_id
            WHERE employment.client_id = ? ORDER BY checkpoint.due_on, checkpoint.id
            """, arguments: [clientID])
        return AuditFacts(client: client, assessment: assessment, plan: plan, noteCount: notes, checkpoints: checkpoints)
    }
}
