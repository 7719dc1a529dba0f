import CaseloadCore
import Foundation
import GRDB

/// A booking or a reschedule must land on a day the site is open and at a time still to come:
/// a Saturday, Christmas Day, its observed substitute or an agency closure day is refused with the
/// reason, as is a time that has passed (a walk-in records the past; a booking promises the future).
extension Database {
    func requireOpenSlot(_ appointment: Appointment, now: Date, zone: TimeZone = FollowUpEngine.agencyTimeZone) throws {
        let calendar = try businessCalendar(siteID: appointment.siteID)   // see ClientStatusWrites
        if let closure = calendar.closure(on: appointment.day) {
            throw StoreError.invalid([.init(field: "day", message:
                "\(appointment.day.medium) is closed (\(closure)): choose a business day.")])
        }
        let today = LocalDate(now, in: zone)
        let nowMinute = Self.minuteOfDay(now, in: zone)
        if appointment.day < today || (appointment.day == today && appointment.startMinute < nowMinute) {
            throw StoreError.invalid([.init(field: appointment.day < today ? "day" : "start", message:
                "\(appointment.day.medium) at \(AppointmentText.clock(appointment.startMinute)) has already passed: choose a time still to come.")])
        }
    }

    static func minuteOfDay(_ instant: Date, in zone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: instant)
        return (c.hour ?? 0) * 60 + (c.minute ?? 0)
    }
}
