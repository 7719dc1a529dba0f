import CaseloadCore
import Foundation
import GRDB

/// Reads that return note text. Each refuses front desk below the UI (domain.md §2).
extension CaseloadDatabase {
    /// A note with every correction of it: the first note of the chain, then its amendments (and
    /// amendments of those) in the order they were entered. Whichever note of the chain `id` names.
    public func noteThread(id: Int64, by staff: StaffMember) throws -> [CaseNote] {
        try read { db in
            let actor = try acting(staff, needs: .readNoteBodies, in: db)
            guard var root = try CaseNote.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: CaseNote.databaseTableName, id: id)
            }
            try db.requireSiteAccess(actor, clientID: root.clientID)
            var seen: Set<Int64> = [id]
            while let up = root.amends, seen.insert(up).inserted, let parent = try CaseNote.fetchOne(db, key: up) { root = parent }
            let rows = try CaseNote.fetchAll(db, sql: """
                WITH RECURSIVE chain(id) AS (
                    SELECT id FROM case_note WHERE amends = ?
                    UNION SELECT n.id FROM case_note n JOIN chain c ON n.amends = c.id
                )
                SELECT * FROM case_note WHERE id IN (SELECT id FROM chain) ORDER BY entered_at, id
                """, arguments: [root.id])
            return [root] + rows
        }
    }

    /// Ids of the client's notes whose subject or body holds every word of `text`, ignoring case
    /// and accents ("cote" finds "Côté"). Empty text matches every note.
    public func noteIDs(clientID: Int64, matching text: String, by staff: StaffMember) throws -> Set<Int64> {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        return try read { db in
            _ = try actingOnClient(staff, needs: .readNoteBodies, clientID: clientID, in: db)
            let rows = try Row.fetchAll(db, sql: "SELECT id, subject, body FROM case_note WHERE client_id = ?", arguments: [clientID])
            var out: Set<Int64> = []
            for row in rows {
                let haystack = (row["subject"] as String) + "\n" + (row["body"] as String)
                if words.allSatisfy({ haystack.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }) {
                    out.insert(row["id"])
                }
            }
            return out
        }
    }
}
