import GRDB

/// v19: the closure reason "Referral declined" (domain.md §3a: a referral closed as declined), after
/// the agency's own closure reasons; kept out when an administrator already added it. Frozen once released.
enum ReferralDeclinedV19 {
    static let closureReason = "Referral declined"

    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO value_list_entry(kind, value, position, is_active)
            SELECT 'closure_reason', ?, coalesce(max(position) + 1, 0), 1 FROM value_list_entry WHERE kind = 'closure_reason'
              AND NOT EXISTS (SELECT 1 FROM value_list_entry WHERE kind = 'closure_reason' AND value = ?)
            """, arguments: [closureReason, closureReason])
    }
}
