import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// A screen's load is one read transaction: reads inside `snapshot` all see the same commit, even
/// when another connection commits between them.
@Suite struct ReadSnapshotTests {
    @Test func readsInsideASnapshotSeeOneCommitWhileAnotherConnectionWrites() throws {
        let f = try Fixture()
        let other = try CaseloadDatabase.open(path: f.path)
        let before = try f.db.listStaff(includeInactive: true).count
        let (first, second, inside) = try f.db.snapshot {
            let first = try f.db.listStaff(includeInactive: true).count
            _ = try other.addStaff(username: "newcomer", fullName: "New Comer", role: .caseworker, by: f.admin)
            let second = try f.db.listStaff(includeInactive: true).count
            return (first, second, f.db.isInSnapshot)
        }
        #expect(inside)
        #expect(first == before && second == before, "the commit made meanwhile is not seen inside the snapshot")
        #expect(try f.db.listStaff(includeInactive: true).count == before + 1, "and is seen after it")
        #expect(!f.db.isInSnapshot)
    }

    @Test func theFollowUpQueueJoinsTheSnapshotInsteadOfOpeningItsOwnReaders() throws {
        let f = try Fixture()
        let today = LocalDate(year: 2026, month: 3, day: 2)!
        _ = try f.db.fillWithDemoData(DemoGenerator(seed: 5, today: today, clientCount: 300), by: f.admin)
        let outside = try f.db.followUpQueue(asOf: today, now: today.startInstant(in: FollowUpEngine.agencyTimeZone), zone: FollowUpEngine.agencyTimeZone, by: f.supervisor)
        let inside = try f.db.snapshot {
            try f.db.followUpQueue(asOf: today, now: today.startInstant(in: FollowUpEngine.agencyTimeZone), zone: FollowUpEngine.agencyTimeZone, by: f.supervisor)
        }
        #expect(!outside.isEmpty)
        #expect(inside.map(\.id) == outside.map(\.id))
    }
}
