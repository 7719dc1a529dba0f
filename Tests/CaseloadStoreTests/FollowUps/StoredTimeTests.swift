import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Reading stored dates and instants from their bytes, checked against SQLite's `julianday`.
@Suite struct StoredTimeTests {
    private func day(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { StoredTime.localDate($0)?.dayNumber }
    }
    private func ms(_ text: String) -> Int64? {
        Array(text.utf8).withUnsafeBufferPointer { StoredTime.epochMilliseconds($0) }
    }

    @Test func datesAreDaysSince1970() {
        #expect(day("1970-01-01") == 0)
        #expect(day("1969-12-31") == -1)
        #expect(day("2025-12-24") == LocalDate(iso: "2025-12-24")!.dayNumber)
        #expect(day("2024-02-29") == LocalDate(iso: "2024-02-29")!.dayNumber)
        #expect(day("9999-12-31") == LocalDate(iso: "9999-12-31")!.dayNumber)
    }

    @Test(arguments: ["", "2025-1-01", "2025-01-1 ", "2025/01/01", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31",
                      "0000-01-01", "abcd-ef-gh", "2025-01-01 00:00", "+025-01-01", "2025-01-0a"])
    func notADate(_ text: String) {
        #expect(day(text) == nil)
    }

    @Test func instantsAreMillisecondsSince1970() {
        #expect(ms("1970-01-01 00:00:00.000") == 0)
        #expect(ms("1970-01-01 00:00:00.001") == 1)
        #expect(ms("1969-12-31 23:59:59.999") == -1)
        #expect(ms("2026-03-08 07:00:00.000") == 1_772_953_200_000)
        #expect(ms("2026-03-08 07:00:00") == 1_772_953_200_000)
        #expect(ms("2026-03-08 07:00") == 1_772_953_200_000)
    }

    @Test(arguments: ["2026-03-08T07:00:00.000", "2026-03-08 07:00:00.0000", "2026-03-08 07:00:00.00", "2026-03-08 24:00:00.000",
                      "2026-03-08 07:60:00.000", "2026-03-08 07:00:60.000", "2026-02-30 07:00:00.000", "2026-03-08 07:00:00.000Z",
                      "2026-03-08 7:00:00.000", "2026-03-08 07-00-00.000", "2026-03-08 07:00:00,000", "", "2026-03-08"])
    func notTheCanonicalLayout(_ text: String) {
        #expect(ms(text) == nil)
    }

    /// Random canonical instants (GRDB's layout) and dates agree with SQLite's own arithmetic, which
    /// is what the queue used before and what the loader falls back to for any other layout.
    @Test func agreesWithSQLite() throws {
        let queue = try DatabaseQueue()
        var generator = SplitMix64(seed: 42)
        try queue.read { db in
            for _ in 0..<2_000 {
                let t = Int64(generator.next() % 8_000_000_000_000) - 2_000_000_000_000
                let instant = Date(timeIntervalSince1970: Double(t) / 1000)
                let text = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%d %H:%M:%f', ?, 'unixepoch')", arguments: [instant.timeIntervalSince1970])!
                let expected = try Int64.fetchOne(db, sql: "SELECT CAST(round((julianday(?) - 2440587.5) * 86400000.0) AS INTEGER)", arguments: [text])
                #expect(ms(text) == expected, "\(text)")
                let date = String(text.prefix(10))
                let expectedDay = try Int.fetchOne(db, sql: "SELECT CAST(julianday(?) - 2440587.5 AS INTEGER)", arguments: [date])
                #expect(day(date) == expectedDay, "\(date)")
            }
        }
    }

    /// The agency-local day of an instant, across the daylight-saving change.
    @Test func agencyDays() {
        var days = AgencyDays(zone: TimeZone(identifier: "America/Toronto")!)
        // 2026-03-08 06:59:59 UTC is 01:59:59 EST; 07:00 UTC is 03:00 EDT. Both on 8 March.
        #expect(days.day(epochMilliseconds: 1_772_953_199_000) == LocalDate(iso: "2026-03-08"))
        #expect(days.day(epochMilliseconds: 1_772_953_200_000) == LocalDate(iso: "2026-03-08"))
        // 2026-03-09 03:59:59 UTC is still 8 March at 23:59:59 EDT.
        #expect(days.day(epochMilliseconds: 1_773_028_799_000) == LocalDate(iso: "2026-03-08"))
        #expect(days.day(epochMilliseconds: 1_773_028_800_000) == LocalDate(iso: "2026-03-09"))
        // Before 1970: the earlier day, not the later one.
        #expect(days.day(epochMilliseconds: -1) == LocalDate(iso: "1969-12-31"))
    }
}
