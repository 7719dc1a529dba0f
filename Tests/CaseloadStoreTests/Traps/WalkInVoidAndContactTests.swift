import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// A mistaken walk-in is voided, never reverted into a Scheduled row the sweep would mark No Show;
/// the front desk corrects a phone and an email and nothing else (issue #22, front desk 3 and 6).
@Suite struct WalkInVoidAndContactTests {
    @Test func aVoidedWalkInStaysOnRecordAndTheSweepLeavesItAlone() throws {
        let f = try AppointmentFixture()
        let walkIn = try f.db.checkInWalkIn(clientID: f.zoe.id, staffID: f.dana.id!, siteID: f.site, day: AppointmentFixture.thursday,
                                            startMinute: 10 * 60, by: f.desk).appointment
        guard case .invalid(let revert)? = storeError({ _ = try f.db.revertAppointment(walkIn, by: f.desk) }) else {
            Issue.record("reverting a walk-in was not refused"); return
        }
        #expect(revert.first?.message.contains("void it instead") == true)
        #expect(storeError { _ = try f.db.voidWalkIn(walkIn, reason: "  ", by: f.desk) } != nil, "a reason is required")

        let voided = try f.db.voidWalkIn(walkIn, reason: "Wrong client picked", by: f.desk)
        #expect(voided.isVoidedWalkIn && voided.status == .cancelled && voided.cancelledBy == .staff)
        #expect(voided.statusReason == "Walk-in voided: Wrong client picked")
        #expect(try f.auditActions("appointment", walkIn.id) == ["insert", "update"])
        let swept = try f.db.sweepAppointments([voided], by: f.desk)
        #expect(swept.isEmpty, "the sweep marks only Scheduled rows")
        #expect(try f.openFollowUps(for: f.zoe).isEmpty, "no follow-up about a visit that never was")
    }

    @Test func onlyAWalkInCanBeVoided() throws {
        let f = try AppointmentFixture()
        let booked = try f.book(f.zoe, at: "11:00")
        guard case .invalid(let problems)? = storeError({ _ = try f.db.voidWalkIn(booked, reason: "Oops", by: f.desk) }) else {
            Issue.record("voiding a booking was not refused"); return
        }
        #expect(problems.first?.message.contains("Only a walk-in") == true)
    }

    @Test func frontDeskCorrectsPhoneAndEmailOnlyAndItIsAudited() throws {
        let f = try AppointmentFixture()
        var contact = try f.db.clientContact(id: f.zoe.id!, by: f.desk)
        #expect(contact.phone == "519-555-0142")
        contact.phone = "519-555-0177"; contact.email = "zoe.new@example.ca"
        let saved = try f.db.correctContact(contact, by: f.desk)
        #expect(saved.phone == "519-555-0177" && saved.email == "zoe.new@example.ca")
        let client = try f.db.client(id: f.zoe.id!, by: f.dana)
        #expect(client.firstName == "Zoë" && client.phone == "519-555-0177" && client.caseworkerID == f.dana.id)
        #expect(try f.auditActions("client", f.zoe.id) == ["insert", "update"])

        // A stale read is refused, and bad values are named without saving anything.
        #expect(storeError { _ = try f.db.correctContact(contact, by: f.desk) }.map { if case .staleVersion = $0 { return true } else { return false } } == true)
        var bad = saved
        bad.phone = "12"; bad.email = "not-an-email"
        guard case .invalid(let problems)? = storeError({ _ = try f.db.correctContact(bad, by: f.desk) }) else {
            Issue.record("bad phone and email were not refused"); return
        }
        #expect(Set(problems.map(\.field)) == ["phone", "email"])
        #expect(try f.db.client(id: f.zoe.id!, by: f.dana).phone == "519-555-0177")
    }
}

/// The caseworker's notice that a client arrived (issue #22, front desk 5): only their own
/// appointments, only check-ins after the session last looked.
@Suite struct ArrivalTests {
    @Test func checkInsAfterALookAreTheCaseworkersOwnOnly() throws {
        let f = try AppointmentFixture()
        let day = AppointmentFixture.thursday
        let zoeAt10 = try f.book(f.zoe, at: "10:00")
        let amiraAt11 = try f.book(f.amira, with: f.marie, at: "11:00")
        let start = day.startInstant(in: FollowUpEngine.agencyTimeZone)
        let lookedAt = start.addingTimeInterval(9 * 3600)
        #expect(try f.db.arrivals(since: lookedAt, on: day, by: f.dana).isEmpty)

        _ = try f.db.setAppointmentStatus(zoeAt10, to: .attended, now: start.addingTimeInterval(9.9 * 3600), by: f.desk)
        _ = try f.db.setAppointmentStatus(amiraAt11, to: .late, now: start.addingTimeInterval(11.2 * 3600), by: f.desk)
        let dana = try f.db.arrivals(since: lookedAt, on: day, by: f.dana)
        #expect(dana.map(\.notice) == ["Zoë Côté has arrived for 10:00"])
        #expect(try f.db.arrivals(since: lookedAt, on: day, by: f.marie).map(\.notice) == ["Amira Haddad has arrived for 11:00"])
        #expect(try f.db.arrivals(since: dana[0].checkedInAt, on: day, by: f.dana).isEmpty, "announced once")
    }
}
