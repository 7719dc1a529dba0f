/// When a checkpoint may be recorded and whether it was recorded late.
public enum CheckpointWindow {
    /// Recorded more than this many business days after its due date, a checkpoint is late.
    public static let lateAfterBusinessDays = 10

    /// Why a checkpoint due `dueOn` cannot be recorded on `day`, nil when it can: never before its due date.
    public static func refusal(recordingOn day: LocalDate, month: CheckpointMonth, dueOn: LocalDate) -> String? {
        guard day < dueOn else { return nil }
        return "R-25: the \(month.label) checkpoint is due \(dueOn.long); it cannot be recorded before then "
            + "(\(day.long) is too early). Snooze the item or record it on or after \(dueOn.long)."
    }

    /// The last day a checkpoint due `dueOn` is on time: due + 10 business days.
    public static func lastOnTimeDay(dueOn: LocalDate, calendar: BusinessCalendar) -> LocalDate {
        calendar.addingBusinessDays(lateAfterBusinessDays, to: dueOn)
    }

    /// late when recorded after due + 10 business days.
    public static func isLate(recordedOn day: LocalDate, dueOn: LocalDate, calendar: BusinessCalendar) -> Bool {
        day > lastOnTimeDay(dueOn: dueOn, calendar: calendar)
    }

    /// "on time (due Mon 2 Mar 2026, on time through Mon 16 Mar 2026)" or "late (… recorded Tue 17 Mar 2026)".
    public static func explanation(recordedOn day: LocalDate, dueOn: LocalDate, calendar: BusinessCalendar) -> String {
        let last = lastOnTimeDay(dueOn: dueOn, calendar: calendar)
        let facts = "due \(dueOn.long), on time through \(last.long) (+\(lateAfterBusinessDays) business days), recorded \(day.long)"
        return day > last ? "R-25: late: \(facts)." : "R-25: on time: \(facts)."
    }
}
