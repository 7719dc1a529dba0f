import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Times and dates as the front desk types and reads them. Appointment times are minutes after
/// midnight at the site; "now" is the app's clock in the agency's zone.
enum FrontDeskTime {
    static func minute(of instant: Date, in zone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        return (c.hour ?? 0) * 60 + (c.minute ?? 0)
    }

    /// "9:30", "09:30", "930", "0930", "14", "2:15pm" → minutes after midnight; nil when not a time.
    static func parse(_ raw: String) -> Int? {
        var text = raw.lowercased().filter { !$0.isWhitespace }
        var pm = false, am = false
        if text.hasSuffix("pm") { pm = true; text.removeLast(2) } else if text.hasSuffix("am") { am = true; text.removeLast(2) }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).flatMap { $0.split(separator: ".", omittingEmptySubsequences: false) }
        var hour: Int, minute: Int
        switch parts.count {
        case 1 where text.count <= 2: hour = Int(text) ?? -1; minute = 0
        case 1 where text.count <= 4: hour = Int(text.dropLast(2)) ?? -1; minute = Int(text.suffix(2)) ?? -1
        case 2 where parts[1].count == 2: hour = Int(parts[0]) ?? -1; minute = Int(parts[1]) ?? -1
        default: return nil
        }
        if pm || am {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return hour * 60 + minute
    }

    static let timeHelp = "Enter a time like 09:30 or 2:15pm."

    /// "09:58" for a check-in instant.
    static func clock(_ instant: Date, in zone: TimeZone) -> String { AppointmentText.clock(minute(of: instant, in: zone)) }

    static func calendarDay(_ d: LocalDate) -> CalendarDay { CalendarDay(year: d.year, month: d.month, day: d.day)! }
    static func localDate(_ d: CalendarDay) -> LocalDate { LocalDate(year: d.year, month: d.month, day: d.day)! }
}
