import CaseloadCore
import Foundation

/// SOP 2 asks for notes "immediately": a note entered more than one business day after the
/// interaction carries a late-entry marker wherever it is listed or read.
enum LateEntry {
    /// Business days from the interaction's day to the entry's day (0 the same day, 1 the next business day).
    static func businessDays(interaction: Date, entered: Date, calendar: BusinessCalendar, zone: TimeZone) -> Int {
        calendar.businessDays(from: LocalDate(interaction, in: zone), to: LocalDate(entered, in: zone))
    }

    /// The marker as text, so it never depends on colour; nil for a note entered in time.
    static func marker(interaction: Date, entered: Date, calendar: BusinessCalendar, zone: TimeZone) -> String? {
        let days = businessDays(interaction: interaction, entered: entered, calendar: calendar, zone: zone)
        return days > 1 ? "late entry (+\(days) business days)" : nil
    }
}
