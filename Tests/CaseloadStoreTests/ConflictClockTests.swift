import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Issue #15 item 4: the conflict message's time is agency-local (Toronto), like every other time
/// on screen, whatever zone the machine runs in.
@Suite struct ConflictClockTests {
    /// 2025-12-24 04:19 UTC is 23:19 on the 23rd in Toronto (EST, UTC-5).
    static let changed = Date(timeIntervalSince1970: 1_766_549_940)

    @Test func aChangeEarlierTodayShowsTheAgencyClock() {
        let now = Self.changed.addingTimeInterval(30 * 60)   // 23:49 the same Toronto evening, 04:49 UTC
        #expect(StoreError.clockText(Self.changed, now: now) == "23:19")
    }

    @Test func aChangeOnAnEarlierAgencyDayNamesThatDay() {
        let now = Self.changed.addingTimeInterval(5 * 3600)   // 04:19 Toronto on the 24th, the same UTC day
        #expect(StoreError.clockText(Self.changed, now: now) == "Tue 23 Dec 23:19")
    }

    @Test func theStaleVersionMessageCarriesIt() {
        let error = StoreError.staleVersion(recordType: "client", id: 1, expected: 1, found: 2, changedBy: "Dana Lee",
                                            changedAt: Self.changed)
        #expect(error.message.contains(" at Tue 23 Dec 23:19;") || error.message.contains(" at 23:19;"))
        #expect(!error.message.contains("04:19"))
    }
}
