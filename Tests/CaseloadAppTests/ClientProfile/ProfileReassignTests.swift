import CaseloadCore
@testable import CaseloadStore
import GRDB
import TerminalKit
import Testing
@testable import CaseloadApp

/// Issue #22, supervisor 3, through the app: the profile's `r` asks the caseworker, the reason and
/// shows what moves; `y` moves the client with their appointments to come and open follow-ups.
@MainActor @Suite struct ProfileReassignTests {
    static let monday = LocalDate(year: 2026, month: 1, day: 19)!

    /// Zoë (Dana's) with an appointment to come, one already attended, and an open hand-made follow-up.
    static func zoeWithOpenWork(_ f: AppFixture) throws -> (next: Appointment, past: Appointment, followUp: ManualFollowUp) {
        let site = try #require(try f.db.sites().first?.id)
        func book(_ day: LocalDate, _ minute: Int, _ purpose: String) throws -> Appointment {
            try f.db.bookAppointment(Appointment(clientID: f.zoe.id!, staffID: f.caseworker.id!, siteID: site, day: day,
                                                 startMinute: minute, purpose: purpose),
                                     now: AppFixture.today.startInstant(in: AppFixture.zone), by: f.caseworker)
        }
        let past = try book(AppFixture.today, 9 * 60, "Intake review")
        _ = try f.db.setAppointmentStatus(past, to: .attended, now: AppFixture.now, by: f.frontDesk)
        let next = try book(monday, 10 * 60, "Resume review")
        let followUp = try f.db.createManualFollowUp(clientID: f.zoe.id!, title: "Call about the job fair", dueOn: monday,
                                                     by: f.caseworker, today: AppFixture.today)
        return (next, past, followUp)
    }

    func stored(_ f: AppFixture, _ appointment: Appointment) throws -> Appointment? {
        try f.db.pool.read { try Appointment.fetchOne($0, key: appointment.id) }
    }

    @Test func theSupervisorSeesWhatMovesAndYMovesIt() throws {
        let f = try AppFixture()
        let (next, past, followUp) = try Self.zoeWithOpenWork(f)
        let d = f.profile(f.zoe, as: f.supervisor)
        d.press(.char("r"))
        d.type("mar")
        d.press(.enter)
        #expect(d.screen.contains("Why move Côté, Zoë to Marie Roy?"), "\(d.screen)")
        d.press(.enter)
        #expect(d.screen.contains("A reason is required"), "an empty reason is refused on the prompt\n\(d.screen)")
        d.type("Caseload balancing")
        d.press(.enter)
        #expect(d.screen.contains("From Dana Lee to Marie Roy."), "\(d.screen)")
        #expect(d.screen.contains("Appointment Mon 19 Jan 2026 10:00 · Resume review"), "\(d.screen)")
        #expect(d.screen.contains("Follow-up due Mon 19 Jan 2026: Call about the job fair"), "\(d.screen)")
        #expect(!d.screen.contains("Intake review"), "an attended appointment is history and stays")
        #expect(d.screen.contains("y reassign now"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.caseworker.id, "nothing moves before y")

        d.press(.char("y"))
        #expect(d.statusLine == "Côté, Zoë reassigned to Marie Roy with 1 appointment and 1 follow-up.", "\(d.screen)")
        #expect(d.screen.contains("Caseworker  Marie Roy"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.otherCaseworker.id)
        #expect(try stored(f, next)?.staffID == f.otherCaseworker.id, "the appointment to come moved")
        #expect(try stored(f, past)?.staffID == f.caseworker.id, "the attended one did not")
        let owner: Int64? = try f.db.pool.read { try Int64.fetchOne($0, sql: "SELECT owner_id FROM manual_follow_up WHERE id = ?", arguments: [followUp.id]) }
        #expect(owner == f.otherCaseworker.id)
        let reason: String? = try f.db.pool.read {
            try String.fetchOne($0, sql: "SELECT changes FROM audit WHERE record_type = 'client_reassignment' AND record_id = ?", arguments: [f.zoe.id])
        }
        #expect(reason?.contains("Caseload balancing") == true)
    }

    @Test func escAfterTypingAReasonAsksAndThenMovesNothing() throws {
        let f = try AppFixture()
        let (next, _, _) = try Self.zoeWithOpenWork(f)
        let d = f.profile(f.zoe, as: f.supervisor)
        d.press(.char("r")); d.type("mar"); d.press(.enter)
        d.type("Bal")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "\(d.screen)")
        d.press(.char("n"))
        #expect(d.screen.contains("Bal") && !d.screen.contains("Discard what you typed?"))
        d.press(.escape, .char("y"))
        #expect(d.statusLine == "Not reassigned.")
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary), "Esc closed the dialog, not the profile")
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.caseworker.id)
        #expect(try stored(f, next)?.staffID == f.caseworker.id)
    }

    @Test func aClientWithNoOpenWorkIsToldNothingElseMoves() throws {
        let f = try AppFixture()
        let d = f.profile(f.amira, as: f.supervisor, size: Size(width: 200, height: 60))
        d.press(.char("r")); d.type("dana"); d.press(.enter)
        d.press(.down)   // the first common reason
        d.press(.enter)
        #expect(d.screen.contains("Reason: Caseload balancing"), "\(d.screen)")
        #expect(d.screen.contains("Nothing else moves"), "\(d.screen)")
        d.press(.char("y"))
        #expect(d.statusLine == "Haddad, Amira reassigned to Dana Lee; nothing else moved.", "\(d.screen)")
    }
}
