import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #23, with no database: what the queue's and the day sheet's `update(changed:)` ask for.
@MainActor @Suite struct ChangeUpdateTests {
    typealias F = PureFixture

    static func change(_ entries: (kind: String, client: Int64?, place: String?)...) -> DatabaseChange {
        DatabaseChange(entries.enumerated().map { ChangeFeedEntry(seq: Int64($0.offset + 1), kind: $0.element.kind, clientID: $0.element.client, place: $0.element.place) })
    }

    @Test func theQueueRecomputesOnlyTheChangedClientsOnceItKnowsTheStaff() {
        var fresh = FollowUpQueueModel(context: F.context(F.caseworker), caseworkerID: nil)
        #expect(fresh.update(changed: Self.change(("case_note", 10, nil))).askedFor == ["read: read the staff list", "read: compute the queue"],
                "before the first load: the whole queue")
        var model = FollowUpQueueUpdateTests.loaded()
        #expect(model.update(changed: Self.change(("case_note", 10, nil))).askedFor == ["read: compute the queue"])
        #expect(model.partialUpdates == 1)
        #expect(model.update(changed: .everything).askedFor == ["read: compute the queue"])
        #expect(model.partialUpdates == 1, "a change the feed cannot name reloads the whole queue")
    }

    @Test func theDaySheetReloadsOnlyForItsSiteAndDayOrItsClients() {
        var model = DaySheetUpdateTests.loaded()
        let today = AppFixture.today.iso
        #expect(model.update(changed: Self.change(("case_note", 5, nil))).isEmpty, "someone else's note")
        #expect(model.update(changed: Self.change(("appointment", 5, "2/\(today)"))).isEmpty, "another site's appointment")
        #expect(model.update(changed: Self.change(("appointment", 5, "1/2030-01-01"))).isEmpty, "another day's appointment")
        #expect(model.reloadsForChanges == 0)
        #expect(model.update(changed: Self.change(("appointment", 5, "1/\(today)"))).askedFor == ["read: load the day sheet"])
        #expect(model.update(changed: Self.change(("client", 101, nil))).askedFor == ["read: load the day sheet"], "Zoë, on the sheet")
        #expect(model.update(changed: .everything).askedFor == ["read: load the day sheet"])
        #expect(model.reloadsForChanges == 3)
    }
}
