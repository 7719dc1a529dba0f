import Testing
@testable import CaseloadCore

@Suite struct DueDateTests {
    let ontario = BusinessCalendar.ontario

    @Test(arguments: [
        ("2025-12-24", 1, "received Wed 24 Dec 2025 · +1 business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · due Mon 29 Dec 2025"),
        ("2026-02-13", 1, "received Fri 13 Feb 2026 · +1 business day (Mon 16 Feb Family Day; weekend) · due Tue 17 Feb 2026"),
        ("2025-04-14", 10, "received Mon 14 Apr 2025 · +10 business days (Fri 18 Apr Good Friday; 2 weekends) · due Tue 29 Apr 2025"),
        ("2025-03-03", 1, "received Mon 3 Mar 2025 · +1 business day · due Tue 4 Mar 2025"),
        ("2025-03-07", 1, "received Fri 7 Mar 2025 · +1 business day (weekend) · due Mon 10 Mar 2025"),
        ("2027-12-24", 1, "received Fri 24 Dec 2027 · +1 business day (Mon 27 Dec Christmas Day (observed); Tue 28 Dec Boxing Day (observed); weekend) · due Wed 29 Dec 2027"),
        ("2027-12-31", 1, "received Fri 31 Dec 2027 · +1 business day (Mon 3 Jan New Year's Day (observed); weekend) · due Tue 4 Jan 2028"),
        ("2025-03-08", 0, "received Sat 8 Mar 2025 · +0 business days · due Sat 8 Mar 2025"),
        ("2025-03-08", 1, "received Sat 8 Mar 2025 · +1 business day (weekend) · due Mon 10 Mar 2025"),
        ("2025-12-29", -1, "received Mon 29 Dec 2025 · -1 business day (Fri 26 Dec Boxing Day; Thu 25 Dec Christmas Day; weekend) · due Wed 24 Dec 2025"),
    ])
    func explanations(_ received: String, _ n: Int, _ text: String) {
        #expect(ontario.dueDate(addingBusinessDays: n, to: d(received)).explanation == text)
    }

    @Test func skippedDaysAreKeptForOtherWordings() {
        let due = ontario.dueDate(addingBusinessDays: 1, to: d("2025-12-24"))
        #expect(due.skipped.map(\.date) == [d("2025-12-25"), d("2025-12-26"), d("2025-12-27"), d("2025-12-28")])
        #expect(due.skipped.map(\.closure.description) == ["Christmas Day", "Boxing Day", "weekend", "weekend"])
    }

    @Test func agencyClosureAndLabel() {
        let calendar = BusinessCalendar(closures: [ClosureDay(day: d("2025-06-13"), reason: "staff training")])
        let due = calendar.dueDate(addingBusinessDays: 2, to: d("2025-06-11"), startLabel: "assessment submitted")
        #expect(due.explanation == "assessment submitted Wed 11 Jun 2025 · +2 business days (Fri 13 Jun agency closure: staff training; weekend) · due Mon 16 Jun 2025")
        #expect(due.description == due.explanation)
    }
}
