/// The calendar's arithmetic, remembered for one engine run. Thousands of clients share a receipt date
/// and a due date, and each calendar call walks day by day, so each distinct question is asked once.
/// Lives inside a single `items(from:)` call on one thread, hence a class and not Sendable.
final class BusinessDayMemo {
    let calendar: BusinessCalendar
    let asOf: LocalDate

    private struct Step: Hashable { let start: Int; let n: Int }
    private var dueDates: [Step: DueDate] = [:]
    /// Business days in the last `k` days up to and including the as-of day, at index `k`: filled
    /// outward one day at a time, so any number of overdue items costs one walk back to the oldest
    /// due date (a queue as of 2100 has every item decades late; walking each one took seconds).
    private var overdue: [Int32] = [0]

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
        if late > Self.longestTable { return max(0, calendar.businessDays(from: due, to: asOf)) }   // bad data, not worth a table
        while overdue.count <= late {
            let k = overdue.count   // the day k - 1 days before the as-of day joins the count
            overdue.append(overdue[k - 1] + (calendar.isBusinessDay(dayNumber: asOf.dayNumber - k + 1) ? 1 : 0))
        }
        return Int(overdue[late])
    }

    /// Covers every pair of days in the accepted range (`AcceptedDates`), about 73,000 days.
    static let longestTable = AcceptedDates.lastDay.dayNumber - AcceptedDates.firstDay.dayNumber
}
