import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

@Suite("Reschedule, end-of-day sweep and walk-ins")
struct RescheduleSweepWalkInTests {
    static let monday = LocalDate(year: 2026, month: 1, day: 19)!

    @Test func rescheduleLinksTheOldAppointmentToANewOne() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00", length: 45, purpose: "EAP review")
        let moved = try f.db.rescheduleAppointment(booked, to: Self.monday, startMinute: 14 * 60, reason: "Job interview at the same time",
                                                   cancelledBy: .client, now: AppointmentFixture.morning, by: f.desk)
        #expect(moved.old.status == .rescheduled)
        #expect(moved.old.rescheduledTo == moved.new.id)
        #expect(moved.old.statusReason == "Job interview at the same time")
        #expect(moved.new.status == .scheduled)
        #expect(moved.new.day == Self.monday && moved.new.startText == "14:00")
        #expect(moved.new.lengthMinutes == 45 && moved.new.purpose == "EAP review" && moved.new.staffID == f.dana.id)
        #expect(try f.auditActions("appointment", moved.new.id) == ["insert"])
        #expect(try f.auditActions("appointment", booked.id) == ["insert", "update"])
    }

    @Test func aRefusedRescheduleChangesNothing() throws {
        let f = try AppointmentFixture()
        try f.book(f.amira, on: Self.monday, at: "14:00")
        let booked = try f.book(f.zoe, at: "09:00")
        guard case .invalid(let problems)? = storeError({ _ = try f.db.rescheduleAppointment(booked, to: Self.monday, startMinute: 14 * 60 + 30, now: AppointmentFixture.morning, by: f.desk) }) else {
            Issue.record("expected the overlap to be refused"); return
        }
        #expect(problems.map(\.field) == ["start"])
        #expect(try f.stored(booked)?.status == .scheduled)
        #expect(try f.db.caseworkerDay(staffID: f.dana.id!, day: Self.monday, by: f.desk).count == 1)
        // Confirmed: it goes through.
        let moved = try f.db.rescheduleAppointment(booked, to: Self.monday, startMinute: 14 * 60 + 30, allowOverlap: true, now: AppointmentFixture.morning, by: f.desk)
        #expect(moved.old.rescheduledTo == moved.new.id)
    }

    @Test func revertingARescheduleRemovesTheUntouchedReplacement() throws {
        let f = try AppointmentFixture()
        let moved = try f.db.rescheduleAppointment(try f.book(f.zoe, at: "09:00"), to: Self.monday, startMinute: 600, now: AppointmentFixture.morning, by: f.desk)
        let reverted = try f.db.revertAppointment(moved.old, by: f.desk)
        #expect(reverted.status == .scheduled && reverted.rescheduledTo == nil)
        #expect(try f.stored(moved.new) == nil)
        #expect(try f.auditActions("appointment", moved.new.id) == ["insert", "delete"])

        // Once the replacement is resolved, the original cannot be reverted out from under it.
        let again = try f.db.rescheduleAppointment(reverted, to: Self.monday, startMinute: 600, now: AppointmentFixture.morning, by: f.desk)
        _ = try f.db.setAppointmentStatus(again.new, to: .attended, by: f.desk)
        #expect(storeError { _ = try f.db.revertAppointment(again.old, by: f.desk) }
                == .invalid([.init(field: "status", message: "The new appointment on Mon 19 Jan at 10:00 is already Attended: revert it first.")]))
    }

    @Test func theSweepMarksOnlyForgottenAppointmentsWithTheirFollowUps() throws {
        let f = try AppointmentFixture()
        let early = try f.book(f.zoe, at: "09:00")
        let attended = try f.db.setAppointmentStatus(try f.book(f.amira, with: f.marie, at: "09:30"), to: .attended, by: f.desk)
        let later = try f.book(f.amira, with: f.marie, at: "16:00")
        let forgotten = try f.db.forgottenAppointments(siteID: f.site, day: AppointmentFixture.thursday, today: AppointmentFixture.thursday,
                                                       nowMinute: 12 * 60, by: f.desk)
        #expect(forgotten.map(\.id) == [early.id!])
        // Someone checks Zoë in while the confirmation is on screen: the sweep skips her.
        let stale = forgotten.map(\.appointment) + [attended]
        _ = try f.db.setAppointmentStatus(early, to: .attended, by: f.desk)
        #expect(try f.db.sweepAppointments(stale, by: f.desk).isEmpty)

        let yesterday = try f.book(f.zoe, on: AppointmentFixture.thursday.adding(days: -1), at: "15:00")
        let all = try f.db.forgottenAppointments(siteID: f.site, day: yesterday.day, today: AppointmentFixture.thursday, nowMinute: 0, by: f.desk)
        let marked = try f.db.sweepAppointments(all.map(\.appointment), by: f.desk)
        #expect(marked.map(\.id) == [yesterday.id])
        #expect(marked.first?.status == .noShow && marked.first?.statusReason == CaseloadDatabase.sweepReason)
        #expect(try f.openFollowUps(for: f.zoe).map(\.title) == ["Missed appointment: follow up with Zoë Côté"])
        #expect(try f.stored(later)?.status == .scheduled)
    }

    @Test func aWalkInIsRegisteredAndCheckedInInOneStep() throws {
        let f = try AppointmentFixture()
        let now = Date()
        let result = try f.db.checkInWalkIn(newClient: Client(firstName: " Thanh ", lastName: "Nguyễn",
                                                              dateOfBirth: LocalDate(year: 1990, month: 3, day: 4), phone: "519-555-0110"),
                                            staffID: f.marie.id!, siteID: f.site, day: AppointmentFixture.thursday,
                                            startMinute: 14 * 60 + 5, now: now, by: f.desk)
        #expect(result.isNewClient)
        #expect(result.client.displayName == "Thanh Nguyễn")
        #expect(result.client.caseworkerID == f.marie.id && result.client.siteID == f.site)
        #expect(result.appointment.status == .attended && result.appointment.isWalkIn)
        #expect(result.appointment.startText == "14:05" && result.appointment.purpose == "Walk-in")
        #expect(try f.auditActions("client", result.client.id) == ["insert"])
        #expect(try f.auditActions("appointment", result.appointment.id) == ["insert"])

        let existing = try f.db.checkInWalkIn(clientID: f.zoe.id, staffID: f.dana.id!, siteID: f.site, day: AppointmentFixture.thursday,
                                              startMinute: 15 * 60, by: f.desk)
        #expect(!existing.isNewClient && existing.client.id == f.zoe.id)
    }

    @Test func aWalkInWithPlaceholdersIsRefusedAndNothingIsWritten() throws {
        let f = try AppointmentFixture()
        let before: Int? = try f.db.scalar("SELECT count(*) FROM client")
        let error = storeError {
            _ = try f.db.checkInWalkIn(newClient: Client(firstName: "Test", lastName: "Unknown", phone: "000-000-0000"),
                                       staffID: f.dana.id!, siteID: f.site, day: AppointmentFixture.thursday, startMinute: 600, by: f.desk)
        }
        guard case .invalid(let problems)? = error else { Issue.record("expected invalid"); return }
        #expect(Set(problems.map(\.field)) == ["firstName", "lastName", "phone", "dateOfBirth"])
        #expect(try f.db.scalar("SELECT count(*) FROM client") == before)
        #expect(try f.db.scalar("SELECT count(*) FROM appointment") == 0)
    }
}
