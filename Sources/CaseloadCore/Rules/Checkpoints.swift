/// One checkpoint date with how it was reached.
public struct CheckpointDue: Hashable, Sendable {
    public let month: CheckpointMonth
    public let start: LocalDate
    public let date: LocalDate
    /// The start's day does not exist in the target month (31 Jan + 1 month), so the month's last day is used.
    public var isClamped: Bool { date.day != start.day }

    /// "1-month checkpoint · employment started Fri 31 Jan 2025 · +1 calendar month, clamped to the end of Feb 2025 · due Fri 28 Feb 2025"
    public var explanation: String {
        let months = "+\(month.rawValue) calendar month" + (month.rawValue == 1 ? "" : "s")
        let clamp = isClamped ? ", clamped to the end of \(LocalDate.monthShort[date.month - 1]) \(date.year)" : ""
        return "\(month.label) checkpoint · employment started \(start.long) · \(months)\(clamp) · due \(date.long)"
    }
}

extension CheckpointMonth {
    /// "1-month", "12-month".
    public var label: String { "\(rawValue)-month" }
}

/// recording employment creates checkpoints at start + 1, 3, 6 and 12 calendar months, clamped to
/// the month's end. Calendar dates, not business days: a checkpoint may fall on a weekend.
public enum Checkpoints {
    public static func due(_ month: CheckpointMonth, startingOn start: LocalDate) -> CheckpointDue {
        CheckpointDue(month: month, start: start, date: start.adding(months: month.rawValue))
    }

    public static func schedule(startingOn start: LocalDate) -> [CheckpointDue] {
        CheckpointMonth.allCases.map { due($0, startingOn: start) }
    }

    /// The four records to store with a new employment.
    public static func make(employmentID: Int64, startingOn start: LocalDate) -> [Checkpoint] {
        schedule(startingOn: start).map { Checkpoint(employmentID: employmentID, month: $0.month, dueOn: $0.date) }
    }
}
