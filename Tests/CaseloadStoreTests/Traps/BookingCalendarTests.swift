import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Bookings and reschedules land on open days at times still to come (issue #22, front desk 4).
@Suite struct BookingCalendarTests {
    static let zone = FollowUpEngine.agencyTimeZone
    static func at(_ day: LocalDate, _ hour: Int) -> Date { day.startInstant(in: zone).addingTimeInterval(Double(hour) * 3600) }

    func refusal(_ f: AppointmentFixture, on day: LocalDate, at minute: Int, now: Date) -> String? {
        do {
            _ = try f.db.bookAppointment(Appointment(clientID: f.zoe.id!, staffID: f.dana.id!, siteID: f.site, day: day,
                                                     startMinute: minute, lengthMinutes: 30, purpose: "Résumé review"),
                                         now: now, by: f.desk)
            return nil
        } catch StoreError.invalid(let problems) {
            return problems.map(\.message).joined(separator: " ")
        } catch {
            return "unexpected: \(error)"
        }
    }

    @Test func closedDaysAreRefusedWithTheirReason() throws {
        let f = try AppointmentFixture()
        let now = Self.at(AppointmentFixture.thursday, 8)
        #expect(refusal(f, on: LocalDate(year: 2026, month: 1, day: 17)!, at: 600, now: now)?.contains("closed (weekend)") == true)
        #expect(refusal(f, on: LocalDate(year: 2026, month: 2, day: 16)!, at: 600, now: now)?.contains("Family Day") == true)
        // 2027: Christmas falls on a Saturday, Boxing Day on Sunday: Mon 27 and Tue 28 Dec are observed.
        #expect(refusal(f, on: LocalDate(year: 2027, month: 12, day: 28)!, at: 600, now: now)?.contains("(observed)") == true)
        _ = try f.db.addClosureDay(ClosureDay(day: LocalDate(year: 2026, month: 1, day: 23)!, reason: "staff training"), by: f.base.admin)
        #expect(refusal(f, on: LocalDate(year: 2026, month: 1, day: 23)!, at: 600, now: now)?.contains("agency closure: staff training") == true)
        #expect(refusal(f, on: LocalDate(year: 2026, month: 1, day: 22)!, at: 600, now: now) == nil, "an open Thursday books")
    }

    @Test func aTimeThatHasPassedIsRefusedButLaterTodayBooks() throws {
        let f = try AppointmentFixture()
        let now = Self.at(AppointmentFixture.thursday, 14)
        #expect(refusal(f, on: AppointmentFixture.thursday, at: 9 * 60, now: now)?.contains("has already passed") == true)
        #expect(refusal(f, on: LocalDate(year: 2026, month: 1, day: 14)!, at: 15 * 60, now: now)?.contains("has already passed") == true)
        #expect(refusal(f, on: AppointmentFixture.thursday, at: 15 * 60, now: now) == nil)
        #expect(try f.db.scalar("SELECT count(*) FROM appointment") as Int? == 1, "refusals wrote nothing")
    }

    @Test func aRescheduleToAClosedDayOrThePastIsRefused() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00")
        let now = Self.at(AppointmentFixture.thursday, 8)
        let saturday = LocalDate(year: 2026, month: 1, day: 17)!
        guard case .invalid(let problems)? = storeError({ _ = try f.db.rescheduleAppointment(booked, to: saturday, startMinute: 600, now: now, by: f.desk) }) else {
            Issue.record("a Saturday reschedule was not refused"); return
        }
        #expect(problems.first?.field == "day")
        let yesterday = LocalDate(year: 2026, month: 1, day: 14)!
        #expect(storeError { _ = try f.db.rescheduleAppointment(booked, to: yesterday, startMinute: 600, now: now, by: f.desk) } != nil)
        #expect(try f.stored(booked)?.status == .scheduled)
    }
}
