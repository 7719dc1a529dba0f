import Foundation

/// Date arithmetic for demo stories, kept to integer day numbers so 100,000 clients generate in
/// well under a second (no Calendar or DateFormatter in the loop).
enum DemoClock {
    /// The instant of a local wall-clock minute in London, Ontario. Eastern time's daylight-saving
    /// rule is applied by date (second Sunday of March to first Sunday of November); demo events
    /// happen in business hours, far from the 02:00 switch, so the day alone decides the offset.
    static func instant(_ day: LocalDate, minute: Int) -> Date {
        let offsetHours = isDaylightSaving(day) ? 4 : 5
        let seconds = day.dayNumber * 86_400 + minute * 60 + offsetHours * 3_600
        return Date(timeIntervalSince1970: Double(seconds))
    }

    static func isDaylightSaving(_ day: LocalDate) -> Bool {
        guard day.month >= 3, day.month <= 11 else { return false }
        if day.month > 3, day.month < 11 { return true }
        if day.month == 3 { return day.day >= nthSunday(2, month: 3, year: day.year) }
        return day.day < nthSunday(1, month: 11, year: day.year)
    }

    private static func nthSunday(_ n: Int, month: Int, year: Int) -> Int {
        let first = LocalDate(year: year, month: month, day: 1)!
        let toSunday = (Weekday.sunday.rawValue - first.weekday.rawValue + 7) % 7
        return 1 + toSunday + 7 * (n - 1)
    }

    /// The day itself if it is a weekday, else the Friday before. Statutory holidays are the
    /// business calendar's job; demo data only avoids weekends.
    static func weekdayOnOrBefore(_ day: LocalDate) -> LocalDate {
        switch day.weekday {
        case .saturday: return day.adding(days: -1)
        case .sunday: return day.adding(days: -2)
        default: return day
        }
    }

    static func weekdayOnOrAfter(_ day: LocalDate) -> LocalDate {
        switch day.weekday {
        case .saturday: return day.adding(days: 2)
        case .sunday: return day.adding(days: 1)
        default: return day
        }
    }

    /// Counts forward over weekdays only (n ≥ 0; n = 0 is the next weekday on or after `day`).
    static func addingWeekdays(_ n: Int, to day: LocalDate) -> LocalDate {
        // Whole weeks in one step, then the rest a day at a time, on day numbers (1970-01-01 was a Thursday).
        var number = weekdayOnOrAfter(day).dayNumber + (n / 5) * 7
        var left = n % 5
        while left > 0 {
            number += 1
            if ((number % 7) + 7 + 3) % 7 < 5 { left -= 1 }
        }
        return LocalDate(dayNumber: number)
    }

    /// A random weekday in [from, to], or nil when the range holds none.
    static func weekday(between from: LocalDate, and to: LocalDate, _ rng: inout SplitMix64) -> LocalDate? {
        guard from <= to else { return nil }
        let d = from.adding(days: rng.below(from.days(until: to) + 1))
        let snapped = d.weekday.isWeekend ? weekdayOnOrBefore(d) : d
        if snapped >= from { return snapped }
        let after = weekdayOnOrAfter(d)
        return after <= to ? after : nil
    }

    /// A business-hours minute of the day (08:45 to 16:45) for calls, emails and notes.
    static func officeMinute(_ rng: inout SplitMix64) -> Int { 8 * 60 + 45 + rng.below(8 * 60) }

    /// An appointment start: 09:00 to 16:00 on 15-minute slots, half-hours twice as likely.
    static func appointmentMinute(_ rng: inout SplitMix64) -> Int {
        let slot = rng.below(29)  // 0 … 28 quarter hours after 09:00
        let minute = 9 * 60 + slot * 15
        return (slot % 2 == 1 && rng.chance(0.5)) ? minute - 15 : minute
    }
}
