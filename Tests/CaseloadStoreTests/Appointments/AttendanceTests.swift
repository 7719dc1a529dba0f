import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

@Suite("Attendance: statuses, no-show follow-ups, revert")
struct AttendanceTests {
    static let tenPast = AppointmentFixture.thursday.startInstant(in: TimeZone(identifier: "America/Toronto")!).addingTimeInterval(9 * 3600 + 600)

    @Test func checkInStampsTheTimeAndIsAudited() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00")
        let attended = try f.db.setAppointmentStatus(booked, to: .attended, now: Self.tenPast, by: f.desk)
        #expect(attended.status == .attended)
        #expect(attended.checkedInAt == Self.tenPast)
        #expect(attended.version == booked.version + 1)
        #expect(try f.auditActions("appointment", booked.id) == ["insert", "update"])
        let audit = try f.db.audit(recordType: "appointment", recordID: booked.id!).last!
        #expect(audit.staffID == f.desk.id)
        #expect(audit.changes.contains("\"status\":[\"Scheduled\",\"Attended\"]"))
        #expect(try f.openFollowUps(for: f.zoe).isEmpty)   // only a no-show raises one
    }

    @Test func reasonsAreRequiredAndResolvedRowsAreNotOverwritten() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00")
        #expect(storeError { _ = try f.db.setAppointmentStatus(booked, to: .noShow, reason: "  ", by: f.desk) }
                == .invalid([.init(field: "reason", message: "Say why it was a no-show (e.g. No call, no show).")]))
        #expect(storeError { _ = try f.db.setAppointmentStatus(booked, to: .cancelled, reason: "Client ill", by: f.desk) }
                == .invalid([.init(field: "cancelledBy", message: "Say who cancelled: the client or staff.")]))
        let late = try f.db.setAppointmentStatus(booked, to: .late, reason: "Bus was late", by: f.desk)
        #expect(late.statusReason == "Bus was late" && late.checkedInAt != nil)
        // A second key press on a resolved row is refused, not applied over it.
        #expect(storeError { _ = try f.db.setAppointmentStatus(late, to: .noShow, reason: "x", by: f.desk) }
                == .invalid([.init(field: "status", message: "This appointment is already Late: revert it to Scheduled first.")]))
        // The copy read before the change is stale: nothing is saved.
        guard case .staleVersion? = storeError({ _ = try f.db.setAppointmentStatus(booked, to: .attended, by: f.desk) }) else {
            Issue.record("expected staleVersion"); return
        }
        #expect(try f.stored(booked)?.status == .late)
    }

    @Test func aNoShowRaisesAnOrdinaryFollowUpForTheClientsCaseworker() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00")
        let missed = try f.db.setAppointmentStatus(booked, to: .noShow, reason: "No call, no show", by: f.desk)
        #expect(missed.statusReason == "No call, no show" && missed.checkedInAt == nil)
        let followUps = try f.openFollowUps(for: f.zoe)
        #expect(followUps.map(\.title) == ["Missed appointment: follow up with Zoë Côté"])
        #expect(followUps.first?.ownerID == f.dana.id)
        #expect(followUps.first?.createdBy == f.desk.id)
        #expect(followUps.first?.dueOn == LocalDate(year: 2026, month: 1, day: 16))   // next business day
        #expect(try f.auditActions("manual_follow_up", followUps.first?.id) == ["insert"])
        // …and it is in the caseworker's follow-up queue, as the F3 screen and `caseload followups` show it.
        let day = AppointmentFixture.thursday
        let queue = try f.db.followUpQueue(asOf: day, now: day.startInstant(in: FollowUpEngine.agencyTimeZone),
                                           scope: FollowUpScope(caseworkerID: f.dana.id))
        #expect(queue.contains { $0.rule == .manual && $0.title == "Missed appointment: follow up with Zoë Côté" && $0.due == day.adding(days: 1) })
    }

    @Test func anSAReferredClientMissingTheFirstAppointmentRaisesR11() throws {
        let f = try AppointmentFixture()
        // Friday before Family Day: due the Tuesday.
        let friday = LocalDate(year: 2026, month: 2, day: 13)!
        let first = try f.book(f.amira, with: f.marie, on: friday, at: "11:00")
        let second = try f.book(f.amira, with: f.marie, on: friday.adding(days: 7), at: "11:00")
        _ = try f.db.setAppointmentStatus(first, to: .noShow, reason: "No call, no show", by: f.desk)
        _ = try f.db.setAppointmentStatus(second, to: .noShow, reason: "No call, no show", by: f.desk)
        // The second no-show is an ordinary missed appointment, stored for the caseworker…
        let followUps = try f.openFollowUps(for: f.amira)
        #expect(followUps.map(\.title) == ["Missed appointment: follow up with Amira Haddad"])
        #expect(followUps.map(\.ownerID) == [f.marie.id])
        // …the first is R-11, computed by the follow-up engine (once, not also stored), due the Tuesday.
        let queue = try f.db.followUpQueue(asOf: friday, now: friday.startInstant(in: FollowUpEngine.agencyTimeZone),
                                           scope: FollowUpScope(clientID: f.amira.id))
        let r11 = queue.filter { $0.rule == .r11 }
        #expect(r11.count == 1)
        #expect(r11.first?.due == LocalDate(year: 2026, month: 2, day: 17))
        #expect(r11.first?.ownerID == f.marie.id)
    }

    @Test func aCancelledEarlierAppointmentDoesNotCountAsTheFirst() throws {
        let f = try AppointmentFixture()
        let cancelled = try f.book(f.amira, with: f.marie, at: "09:00")
        _ = try f.db.setAppointmentStatus(cancelled, to: .cancelled, reason: "Client ill", cancelledBy: .client, by: f.desk)
        let next = try f.book(f.amira, with: f.marie, at: "14:00")
        _ = try f.db.setAppointmentStatus(next, to: .noShow, reason: "No call, no show", by: f.desk)
        // The 14:00 appointment is her first: R-11 (computed), so nothing is stored.
        #expect(try f.openFollowUps(for: f.amira).isEmpty)
        let day = AppointmentFixture.thursday
        #expect(try f.db.followUpQueue(asOf: day, now: day.startInstant(in: FollowUpEngine.agencyTimeZone),
                                       scope: FollowUpScope(clientID: f.amira.id)).contains { $0.rule == .r11 })
    }

    @Test func revertingClearsEverythingAndRemovesTheOpenNoShowFollowUp() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "09:00")
        let missed = try f.db.setAppointmentStatus(booked, to: .noShow, reason: "No call, no show", by: f.desk)
        let followUpID = try f.openFollowUps(for: f.zoe).first!.id
        let reverted = try f.db.revertAppointment(missed, by: f.desk)
        #expect(reverted.status == .scheduled)
        #expect(reverted.statusReason == nil && reverted.checkedInAt == nil && reverted.cancelledBy == nil)
        #expect(try f.openFollowUps(for: f.zoe).isEmpty)
        #expect(try f.auditActions("manual_follow_up", followUpID) == ["insert", "delete"])

        let cancelled = try f.db.setAppointmentStatus(reverted, to: .cancelled, reason: "Caseworker ill", cancelledBy: .staff, by: f.desk)
        #expect(cancelled.cancelledBy == .staff)
        let back = try f.db.revertAppointment(cancelled, by: f.desk)
        #expect(back.cancelledBy == nil && back.statusReason == nil)
    }

    @Test func aCompletedNoShowFollowUpIsHistoryAndStays() throws {
        let f = try AppointmentFixture()
        let missed = try f.db.setAppointmentStatus(try f.book(f.zoe, at: "09:00"), to: .noShow, reason: "No call, no show", by: f.desk)
        let id = try f.openFollowUps(for: f.zoe).first!.id!
        try f.db.execute("UPDATE manual_follow_up SET completed_on = '2026-01-16', completion_note = 'Called her' WHERE id = ?", [id])
        _ = try f.db.revertAppointment(missed, by: f.desk)
        #expect(try f.db.scalar("SELECT count(*) FROM manual_follow_up WHERE id = ?", [id]) == 1)
    }
}
