import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Reassigning a client moves the open work with them; a whole caseload moves as previewed
/// (issue #22, supervisor 3).
@Suite struct ReassignmentTests {
    static let thursday = AppointmentFixture.thursday
    static let monday = LocalDate(year: 2026, month: 1, day: 19)!

    @Test func futureAppointmentsAndOpenFollowUpsMoveAndTheReasonIsAudited() throws {
        let f = try AppointmentFixture()
        let past = try f.book(f.zoe, on: LocalDate(year: 2026, month: 1, day: 15)!, at: "09:00")
        _ = try f.db.setAppointmentStatus(past, to: .attended, now: AppointmentFixture.morning, by: f.desk)
        let next = try f.book(f.zoe, on: Self.monday, at: "10:00")
        let withMarie = try f.book(f.zoe, with: f.marie, on: Self.monday, at: "13:00")
        let open = try f.db.createManualFollowUp(clientID: f.zoe.id!, title: "Call about the job fair", dueOn: Self.monday,
                                                 by: f.dana, today: Self.thursday)
        let supervisor = f.base.supervisor

        let preview = try f.db.openWork(clientID: f.zoe.id!, today: LocalDate(year: 2026, month: 1, day: 16)!, by: supervisor)
        #expect(preview.appointments.map(\.id) == [next.id], "the attended one is history; Marie's own stays hers")
        #expect(preview.followUps.map(\.id) == [open.id])
        #expect(preview.summary == "1 appointment (Mon 19 Jan 10:00) and 1 follow-up (Call about the job fair)")

        #expect(storeError { _ = try f.db.reassignClient(f.zoe, toCaseworker: f.marie.id, reason: " ", today: Self.thursday, by: supervisor) } != nil)
        #expect(storeError { _ = try f.db.reassignClient(f.zoe, toCaseworker: f.marie.id, reason: "Balancing", today: Self.thursday, by: f.dana) }
                == .notPermitted(.reassignClient))

        let done = try f.db.reassignClient(f.zoe, toCaseworker: f.marie.id, reason: "Caseload balancing",
                                           today: LocalDate(year: 2026, month: 1, day: 16)!, by: supervisor)
        #expect(done.client.caseworkerID == f.marie.id)
        #expect(done.moved == preview)
        #expect(try f.stored(next)?.staffID == f.marie.id)
        #expect(try f.stored(past)?.staffID == f.dana.id)
        #expect(try f.stored(withMarie)?.staffID == f.marie.id)
        #expect(try f.openFollowUps(for: f.zoe).map(\.ownerID) == [f.marie.id!])
        let audit = try f.db.audit(recordType: "client_reassignment", recordID: f.zoe.id!)
        #expect(audit.count == 1)
        #expect(audit.first?.changes.contains("Caseload balancing") == true)
        #expect(audit.first?.changes.contains("\"moved_appointments\":1") == true)
    }

    @Test func aCaseloadIsSharedAsPreviewedAndTheLeaverKeepsNothingOpen() throws {
        let f = try AppointmentFixture()
        let supervisor = f.base.supervisor
        let ali = try f.db.addStaff(username: "aali", fullName: "Ali Ahmed", role: .caseworker, site: f.site, by: f.base.admin)
        for name in ["Bea", "Cal", "Dev", "Eli", "Fay"] {
            _ = try f.db.createClient(Client(firstName: name, lastName: "Park", caseworkerID: f.dana.id), by: f.dana, today: Self.thursday)
        }
        let closed = try f.db.createClient(Client(firstName: "Gus", lastName: "Park", caseworkerID: f.dana.id), by: f.dana, today: Self.thursday)
        try f.db.execute("UPDATE client SET status = 'Closed' WHERE id = ?", [closed.id!])
        try f.book(f.zoe, on: Self.monday, at: "10:00")

        // Marie already has Amira: the first client goes to Ali, then they alternate by load.
        let plan = try f.db.planCaseloadTransfer(from: f.dana.id!, to: [f.marie.id!, ali.id!], today: Self.thursday, by: supervisor)
        #expect(plan.moves.count == 6, "Zoë and five Parks; the closed file stays")
        let counts = Dictionary(grouping: plan.moves, by: { $0.to.id! }).mapValues(\.count)
        #expect(counts[ali.id!] == 3 && counts[f.marie.id!] == 3)
        #expect(plan.lines.count == 2)

        #expect(storeError { _ = try f.db.planCaseloadTransfer(from: f.dana.id!, to: [f.desk.id!], today: Self.thursday, by: supervisor) } != nil,
                "only caseworkers receive clients")
        #expect(storeError { try f.db.transferCaseload(plan, reason: "Dana left", today: Self.thursday, by: f.dana) } == .notPermitted(.reassignClient))

        let moved = try f.db.transferCaseload(plan, reason: "Dana Lee left the agency", today: Self.thursday, by: supervisor)
        #expect(moved == 6)
        let openWithDana: Int? = try f.db.scalar("SELECT count(*) FROM client WHERE caseworker_id = ? AND status <> 'Closed'", [f.dana.id!])
        #expect(openWithDana == 0)
        let futureWithDana: Int? = try f.db.scalar("SELECT count(*) FROM appointment WHERE staff_id = ? AND status = 'Scheduled'", [f.dana.id!])
        #expect(futureWithDana == 0)
        for move in plan.moves {
            #expect(try f.db.client(id: move.client.id, by: supervisor).caseworkerID == move.to.id)
        }
        #expect(try f.db.scalar("SELECT count(*) FROM audit WHERE record_type = 'client_reassignment'") as Int? == 6)
    }

    @Test func aPlanMadeBeforeTheCaseloadChangedIsRefused() throws {
        let f = try AppointmentFixture()
        let plan = try f.db.planCaseloadTransfer(from: f.dana.id!, to: [f.marie.id!], today: Self.thursday, by: f.base.supervisor)
        _ = try f.db.createClient(Client(firstName: "Hal", lastName: "Park", caseworkerID: f.dana.id), by: f.dana, today: Self.thursday)
        guard case .invalid(let problems)? = storeError({ try f.db.transferCaseload(plan, reason: "Left", today: Self.thursday, by: f.base.supervisor) }) else {
            Issue.record("a stale plan ran"); return
        }
        #expect(problems.first?.message.contains("preview the transfer again") == true)
        #expect(try f.db.client(id: f.zoe.id!, by: f.base.supervisor).caseworkerID == f.dana.id, "nothing moved")
    }
}
