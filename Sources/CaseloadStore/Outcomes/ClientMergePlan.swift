import CaseloadCore
import Foundation
import GRDB

/// What merging `retired` into `kept` would move, read before asking for the reason (the profile's
/// merge dialog and `caseload merge` show it). The same checks as the merge itself refuse it early:
/// a role that may not merge, a file already merged, one file twice, two different CaMS references.
public struct MergePlan: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var what: String
        public var count: Int

        /// "1 note", "3 notes".
        var phrase: String { "\(count) \(count == 1 ? MergePlan.singular[what] ?? what : what)" }
    }

    public var kept: Client
    public var retired: Client
    /// The retired file's records that move, in the issue's order (notes, plans, appointments …).
    public var counts: [Count]

    /// The CaMS reference the kept file will have after the merge (the retired file's, when the kept one has none).
    public var camsReferenceAfter: String? { kept.camsReference ?? retired.camsReference }

    /// "3 notes, 1 plan, 0 appointments, …".
    public var movesSummary: String {
        counts.map(\.phrase).joined(separator: ", ")
    }

    /// Only what there is: "1 note, 2 appointments", or "no records" (for one line where every count is too long).
    public var movesInShort: String {
        let some = counts.filter { $0.count > 0 }
        guard !some.isEmpty else { return "no records" }
        return some.map(\.phrase).joined(separator: ", ")
    }

    /// The plan as lines for a person: both files, their CaMS references, what moves.
    public var lines: [String] {
        ["Keep:   \(kept.sortName) (#\(kept.id ?? 0)), CaMS \(kept.camsReference ?? "none")",
         "Retire: \(retired.sortName) (#\(retired.id ?? 0)), CaMS \(retired.camsReference ?? "none")",
         "Moves to the kept file: \(movesSummary).",
         "After the merge the kept file's CaMS reference is \(camsReferenceAfter ?? "none"); the retired file becomes a read-only pointer."]
    }

    /// What is counted, with the query that counts the retired file's rows (checkpoints hang off its jobs).
    static let counted: [(what: String, sql: String)] = [
        ("notes", "SELECT count(*) FROM case_note WHERE client_id = ?"),
        ("plans", "SELECT count(*) FROM action_plan WHERE client_id = ?"),
        ("appointments", "SELECT count(*) FROM appointment WHERE client_id = ?"),
        ("jobs", "SELECT count(*) FROM employment WHERE client_id = ?"),
        ("checkpoints", "SELECT count(*) FROM checkpoint JOIN employment ON employment.id = checkpoint.employment_id WHERE employment.client_id = ?"),
        ("supports", "SELECT count(*) FROM financial_support WHERE client_id = ?"),
        ("follow-ups", "SELECT count(*) FROM manual_follow_up WHERE client_id = ?"),
        ("referrals", "SELECT count(*) FROM referral_out WHERE client_id = ?"),
    ]
    static let singular = ["notes": "note", "plans": "plan", "appointments": "appointment", "jobs": "job",
                           "checkpoints": "checkpoint", "supports": "support", "follow-ups": "follow-up", "referrals": "referral"]
}

/// The file a retired client points at, for its profile: "Merged into … on … by … because …".
public struct MergePointer: Hashable, Sendable {
    public var keptClientID: Int64
    public var keptName: String
    public var mergedAt: Date
    public var mergedByName: String
    public var reason: String
}

extension CaseloadDatabase {
    /// What merging `retire` into `keep` would move, checked as the merge will be (nothing written).
    /// - Throws: `notPermitted(.mergeClients)`, `refused` (already merged, the same file, two CaMS references), `notFound`.
    public func planMerge(keep keptID: Int64, retire retiredID: Int64, by staff: StaffMember) throws -> MergePlan {
        try read { db in
            let (kept, retired, _) = try mergeablePair(keep: keptID, retire: retiredID, by: staff, in: db)
            let counts = try MergePlan.counted.map { MergePlan.Count(what: $0.what, count: try Int.fetchOne(db, sql: $0.sql, arguments: [retiredID]) ?? 0) }
            return MergePlan(kept: kept, retired: retired, counts: counts)
        }
    }

    /// The file this one was merged into, with when, by whom and why; nil for a file still in use.
    public func mergePointer(retiredClientID id: Int64) throws -> MergePointer? {
        try read { db in
            guard let merge = try ClientMerge.fetchOne(db, key: id) else { return nil }
            let kept = try db.storedClient(merge.keptClientID)
            let by = try StaffMember.fetchOne(db, key: merge.mergedBy)
            return MergePointer(keptClientID: merge.keptClientID, keptName: kept.sortName, mergedAt: merge.mergedAt,
                                mergedByName: by?.fullName ?? "staff #\(merge.mergedBy)", reason: merge.reason)
        }
    }
}

extension CaseloadDatabase {
    /// Both files and who acts, once the merge's checks pass: the acting role may merge both, neither
    /// is retired, they are two files, and CaMS does not count them as two people.
    func mergeablePair(keep keptID: Int64, retire retiredID: Int64, by staff: StaffMember,
                       in db: Database) throws -> (kept: Client, retired: Client, actor: StaffMember) {
        guard keptID != retiredID else { throw StoreError.refused("retire", "A file cannot be merged into itself: choose two different clients.") }
        let actor = try actingOnClient(staff, needs: .mergeClients, clientID: keptID, in: db)
        _ = try actingOnClient(actor, needs: .mergeClients, clientID: retiredID, in: db)
        let kept = try db.storedClient(keptID)
        let retired = try db.storedClient(retiredID)
        if let a = kept.camsReference, let b = retired.camsReference, a != b {
            throw StoreError.refused("retire", "\(kept.sortName) (#\(keptID)) and \(retired.sortName) (#\(retiredID)) have different CaMS references (\(a), \(b)): CaMS counts them as two people, so they are not merged.")
        }
        return (kept, retired, actor)
    }
}
