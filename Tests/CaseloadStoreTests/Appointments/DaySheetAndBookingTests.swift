import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite("Day sheet and booking")
struct DaySheetAndBookingTests {
    @Test func daySheetListsTheSitesDayInTimeOrderWithOnlyWhatFrontDeskMaySee() throws {
        let f = try AppointmentFixture()
        try f.book(f.amira, with: f.marie, at: "10:00")
        try f.book(f.zoe, at: "09:00")
        try f.book(f.zoe, on: AppointmentFixture.thursday.adding(days: 1), at: "08:00")   // another day
        try f.book(f.zoe, at: "13:00", site: f.otherSite)                                  // another site

        let rows = try f.db.daySheet(siteID: f.site, day: AppointmentFixture.thursday, by: f.desk)
        #expect(rows.map(\.clientSortName) == ["Côté, Zoë", "Haddad, Amira"])
        #expect(rows.map(\.caseworkerName) == ["Dana Lee", "Marie Roy"])
        #expect(rows[0].clientDateOfBirth == LocalDate(year: 1998, month: 7, day: 5))
        #expect(rows[0].clientPhone == "519-555-0142")
        #expect(rows[0].appointment.startText == "09:00")

        let marieOnly = try f.db.daySheet(siteID: f.site, day: AppointmentFixture.thursday, staffID: f.marie.id, by: f.desk)
        #expect(marieOnly.map(\.clientDisplayName) == ["Amira Haddad"])
        // Dana's day spans sites: what a booking must not overlap.
        #expect(try f.db.caseworkerDay(staffID: f.dana.id!, day: AppointmentFixture.thursday, by: f.desk).map(\.appointment.startText)
                == ["09:00", "13:00"])
    }

    @Test(arguments: [false, true]) func daySheetQueryWalksTheSiteDayIndex(filteredByStaff: Bool) throws {
        let f = try AppointmentFixture()
        let arguments: StatementArguments = filteredByStaff ? [f.site, AppointmentFixture.thursday, f.dana.id!] : [f.site, AppointmentFixture.thursday]
        let details = try f.base.db.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + DaySheetRow.daySheetSQL(filteredByStaff: filteredByStaff), arguments: arguments)
                .map { $0["detail"] as String }
        }
        #expect(details.contains { $0.contains("USING INDEX appointment_by_site_day (site_id=? AND day=?)") }, "\(details)")
        // Client and staff are looked up by primary key, never scanned.
        #expect(!details.contains { $0.hasPrefix("SCAN") }, "\(details)")
    }

    @Test func bookingRefusesAnOverlapUntilConfirmed() throws {
        let f = try AppointmentFixture()
        try f.book(f.zoe, at: "09:00")                  // 09:00–10:00
        let error = storeError { try f.book(f.amira, at: "09:30", length: 30) }
        guard case .invalid(let problems)? = error else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        #expect(problems.map(\.field) == ["start"])
        #expect(problems.first?.message == "Dana Lee already has Zoë Côté at 09:00–10:00 on Thu 15 Jan: choose another time, or confirm to double-book.")
        #expect(try f.db.caseworkerDay(staffID: f.dana.id!, day: AppointmentFixture.thursday, by: f.desk).count == 1)

        let probe = Appointment(clientID: f.amira.id!, staffID: f.dana.id!, siteID: f.site, day: AppointmentFixture.thursday,
                                startMinute: 9 * 60 + 30, lengthMinutes: 30, purpose: "x")
        #expect(try f.db.overlaps(for: probe, by: f.desk).map(\.clientDisplayName) == ["Zoë Côté"])
        let confirmed = try f.book(f.amira, at: "09:30", length: 30, allowOverlap: true)
        #expect(confirmed.status == .scheduled)
        #expect(try f.auditActions("appointment", confirmed.id) == ["insert"])
    }

    @Test func touchingOrCancelledAppointmentsDoNotOverlap() throws {
        let f = try AppointmentFixture()
        let nine = try f.book(f.zoe, at: "09:00")
        try f.book(f.amira, at: "10:00")                // starts when 09:00 ends
        try f.book(f.amira, at: "08:00")                // ends when 09:00 starts
        _ = try f.db.setAppointmentStatus(nine, to: .cancelled, reason: "Client ill", cancelledBy: .client, by: f.desk)
        try f.book(f.amira, at: "09:15", length: 30)    // the cancelled hour is free again
        try f.book(f.zoe, with: f.marie, at: "10:00")  // another caseworker's time is their own
    }

    @Test func bookingChecksWhatWasTyped() throws {
        let f = try AppointmentFixture()
        let error = storeError { try f.book(f.zoe, at: "23:30", length: 60, purpose: "  ") }
        guard case .invalid(let problems)? = error else { Issue.record("expected invalid"); return }
        #expect(problems.map(\.field) == ["length", "purpose"])
        let inactive = try f.db.deactivateStaff(username: "fdesk", by: f.base.admin)
        #expect(storeError { _ = try f.db.daySheet(siteID: f.site, day: AppointmentFixture.thursday, by: inactive) }
                == .inactiveStaff(username: "fdesk", path: f.base.path))
    }
}
