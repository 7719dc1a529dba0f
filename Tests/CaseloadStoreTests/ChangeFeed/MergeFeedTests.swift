import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// A merge changes two files: the kept one gains records and the retired one becomes a read-only
/// pointer. Other sessions' lists and profiles of either file hear of it through the change feed.
@Suite("Change feed of a merge")
struct MergeFeedTests {
    private func clients(_ db: CaseloadDatabase, after position: Int64) throws -> Set<Int64> {
        guard case .entries(let entries, _) = try db.changes(after: position) else { Issue.record("pruned"); return [] }
        return Set(entries.compactMap(\.clientID))
    }

    /// The retired file here has nothing to move (an imported file has no status history, and this
    /// one was never worked on), so no moved row can name it: the merge itself must.
    @Test func aMergeNamesTheKeptAndTheRetiredClient() throws {
        let f = try Fixture()
        let kept = try f.client("Ana", "Silva")
        let retired = try f.client("Anna", "Silva", phone: "519-555-0177")
        try f.db.execute("DELETE FROM client_status_change WHERE client_id = ?", [retired.id!])
        let start = try f.db.changeFeedHead()
        _ = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "Registered twice", by: f.supervisor)
        let named = try clients(f.db, after: start)
        #expect(named.contains(kept.id!), "\(named)")
        #expect(named.contains(retired.id!), "the retired file changed too: \(named)")
    }

    /// The retired file's version moves with the merge: a form still open on it elsewhere is stale.
    @Test func theRetiredFilesVersionMoves() throws {
        let f = try Fixture()
        let kept = try f.client("Ana", "Silva")
        let retired = try f.client("Anna", "Silva")
        _ = try f.db.mergeClients(keep: kept.id!, retire: retired.id!, reason: "Registered twice", by: f.supervisor)
        let stored = try f.db.read { try Client.fetchOne($0, key: retired.id!) }
        #expect(stored?.version == retired.version + 1)
    }
}
