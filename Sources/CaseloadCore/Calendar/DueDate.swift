/// A date computed by counting business days, able to say how it was reached:
/// "received Wed 24 Dec 2025 · +1 business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend) · due Mon 29 Dec 2025".
public struct DueDate: Hashable, Sendable, CustomStringConvertible {
    public let start: LocalDate
    public let startLabel: String
    public let businessDays: Int
    public let date: LocalDate
    /// The closed days stepped over, in the order met.
    public let skipped: [ClosedDay]

    public init(start: LocalDate, startLabel: String = "received", businessDays: Int, date: LocalDate, skipped: [ClosedDay]) {
        self.start = start; self.startLabel = startLabel; self.businessDays = businessDays; self.date = date; self.skipped = skipped
    }

    /// Holidays and closures by name in order, then weekends collapsed to "weekend" or "2 weekends";
    /// a holiday falling on a weekend is part of that weekend (its substitute is listed by name).
    public var skippedSummary: String {
        var parts: [String] = []
        var weekends = Set<Int>()   // the Monday of each week a skipped weekend day belongs to
        for s in skipped {
            let weekday = s.date.weekday
            if weekday.isWeekend { weekends.insert(s.date.dayNumber - weekday.rawValue); continue }
            parts.append("\(s.date.medium) \(s.closure)")
        }
        if weekends.count == 1 { parts.append("weekend") } else if weekends.count > 1 { parts.append("\(weekends.count) weekends") }
        return parts.joined(separator: "; ")
    }

    public var explanation: String {
        let sign = businessDays < 0 ? "-" : "+"
        let count = abs(businessDays)
        var step = "\(sign)\(count) business day" + (count == 1 ? "" : "s")
        let summary = skippedSummary
        if !summary.isEmpty { step += " (\(summary))" }
        return "\(startLabel) \(start.long) · \(step) · due \(date.long)"
    }

    public var description: String { explanation }
}
