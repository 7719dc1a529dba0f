/// The calendar's arithmetic, remembered for one engine run. Thousands of clients share a receipt date
/// and a due date, and each calendar call walks day by day, so each distinct question is asked once.
/// Lives inside a single `items(from:)` call on one thread, hence a class and not Sendable.
final class BusinessDayMemo {
    let calendar: BusinessCalendar
    let asOf: LocalDate

    private struct Step: Hashable { let start: Int; let n: Int }
    private var dueDates: [Step: DueDate] = [:]
    /// Business days overdue, by days between the due date and the as-of day (-1: not yet asked).
    private var overdue: [Int32] = []

    init(calendar: BusinessCalendar, asOf: LocalDate) {
        self.calendar = calendar; self.asOf = asOf
    }

    /// `start` + n business days (counting from the day after), with the closed days stepped over.
    func dueDate(_ n: Int, after start: LocalDate) -> DueDate {
        let step = Step(start: start.dayNumber, n: n)
        if let hit = dueDates[step] { return hit }
        let result = calendar.dueDate(addingBusinessDays: n, to: start)
        dueDates[step] = result
        return result
    }

    /// Business days after `due` up to and including the as-of day.
    func businessDaysOverdue(due: LocalDate) -> Int {
        let late = asOf.dayNumber - due.dayNumber
        guard late > 0 else { return 0 }
        if late < overdue.count, overdue[late] >= 0 { return Int(overdue[late]) }
        let count = max(0, calendar.businessDays(from: due, to: asOf))
        if late > 20_000 { return count }   // decades late: bad data, not worth a table
        if late >= overdue.count { overdue.append(contentsOf: repeatElement(-1, count: late + 1 - overdue.count)) }
        overdue[late] = Int32(count)
        return count
    }
}
