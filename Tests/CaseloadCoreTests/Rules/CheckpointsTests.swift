import Testing
@testable import CaseloadCore

@Suite struct CheckpointsTests {
    /// (start, 1-month, 3-month, 6-month, 12-month).
    @Test(arguments: [
        ["2025-01-31", "2025-02-28", "2025-04-30", "2025-07-31", "2026-01-31"],
        ["2024-01-31", "2024-02-29", "2024-04-30", "2024-07-31", "2025-01-31"],
        ["2024-02-29", "2024-03-29", "2024-05-29", "2024-08-29", "2025-02-28"],
        ["2025-08-31", "2025-09-30", "2025-11-30", "2026-02-28", "2026-08-31"],
        ["2027-08-31", "2027-09-30", "2027-11-30", "2028-02-29", "2028-08-31"],
        ["2025-11-30", "2025-12-30", "2026-02-28", "2026-05-30", "2026-11-30"],
        ["2025-12-15", "2026-01-15", "2026-03-15", "2026-06-15", "2026-12-15"],
        ["2099-08-31", "2099-09-30", "2099-11-30", "2100-02-28", "2100-08-31"],
        ["1999-08-31", "1999-09-30", "1999-11-30", "2000-02-29", "2000-08-31"],
    ])
    func schedule(_ row: [String]) {
        let due = Checkpoints.schedule(startingOn: d(row[0]))
        #expect(due.map(\.month) == [.one, .three, .six, .twelve])
        #expect(due.map(\.date.iso) == Array(row.dropFirst()))
    }

    @Test func explanations() {
        let due = Checkpoints.schedule(startingOn: d("2025-01-31"))
        #expect(due[0].explanation == "1-month checkpoint · employment started Fri 31 Jan 2025 · +1 calendar month, clamped to the end of Feb 2025 · due Fri 28 Feb 2025")
        #expect(due[2].explanation == "6-month checkpoint · employment started Fri 31 Jan 2025 · +6 calendar months · due Thu 31 Jul 2025")
        #expect(due.map(\.isClamped) == [true, true, false, false])
        #expect(Checkpoints.due(.twelve, startingOn: d("2024-02-29")).explanation
            == "12-month checkpoint · employment started Thu 29 Feb 2024 · +12 calendar months, clamped to the end of Feb 2025 · due Fri 28 Feb 2025")
    }

    @Test func recordsForANewEmployment() {
        let records = Checkpoints.make(employmentID: 7, startingOn: d("2025-01-31"))
        #expect(records.map(\.employmentID) == [7, 7, 7, 7])
        #expect(records.map(\.dueOn) == [d("2025-02-28"), d("2025-04-30"), d("2025-07-31"), d("2026-01-31")])
        #expect(records.allSatisfy { $0.recordedOn == nil })
    }
}
