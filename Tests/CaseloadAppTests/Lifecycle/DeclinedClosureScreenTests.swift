import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// §3a's "closed as declined" through the app on a real database file: D on the profile, who declined
/// (Tab), a reason, Enter; the Summary says Closed with the reason, F3 has nothing of the client, and
/// O reopens. A client past the referral is refused with the reason.
@MainActor @Suite struct DeclinedClosureScreenTests {
    @Test func aDeclinedReferralIsClosedFromTheProfileAndReopened() throws {
        let f = try AppFixture()
        let oli = try f.db.createClient(Client(firstName: "Oli", lastName: "Ward", phone: "519-555-0155", referralSource: .ow,
                                               referralReceivedOn: LocalDate(iso: "2026-01-13")!, saCaseworkerName: "Lee Wong",
                                               caseworkerID: f.caseworker.id),
                                        by: f.caseworker, today: AppFixture.today)
        let d = TestDriver(CaseloadApp(env: AppEnvironment(db: f.db, actor: f.caseworker, theme: .default, clock: { AppFixture.now },
                                                           zone: AppFixture.zone),
                                       start: .profile(clientID: oli.id!, tab: .summary)), size: Size(width: 80, height: 24))
        d.press(.char("D"))
        #expect(d.screen.contains("Close as declined · Ward, Oli"), "\(d.screen)")
        #expect(d.screen.contains("Declined by  (•) the client   ( ) the provider"), "\(d.screen)")
        d.press(.enter)
        #expect(d.statusLine.contains("Say why the referral was declined"), "\(d.statusLine)")
        d.press(.tab)
        #expect(d.screen.contains("( ) the client   (•) the provider"), "\(d.screen)")
        d.type("No French-language service here")
        d.press(.enter)
        #expect(d.statusLine.contains("Ward, Oli is Closed: declined by the provider; O reopens."), "\(d.statusLine)")
        #expect(d.screen.contains("Closed since Thu 15 Jan 2026: Referral declined by the provider:"), "\(d.screen)")
        #expect(try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: FollowUpScope(clientID: oli.id!),
                                       zone: AppFixture.zone, by: f.caseworker).isEmpty, "a closed client raises no rule follow-ups")

        // Reopening works as for any closed file.
        d.press(.char("O"))
        d.press(.enter)
        #expect(try f.db.client(id: oli.id!, by: f.caseworker).status == .active)
    }

    @Test func anActiveClientIsRefusedWithTheReasonAndFrontDeskIsToldWhy() throws {
        let f = try AppFixture()
        let d = TestDriver(CaseloadApp(env: AppEnvironment(db: f.db, actor: f.caseworker, theme: .default, clock: { AppFixture.now },
                                                           zone: AppFixture.zone),
                                       start: .profile(clientID: f.wang.id!, tab: .summary)), size: Size(width: 80, height: 24))
        d.press(.char("D"))
        #expect(d.screen.contains("Refused: the client is Active, not a referral waiting for first contact"), "\(d.screen)")
        d.press(.enter)
        #expect(d.statusLine.contains("Refused: the client is Active"), "\(d.statusLine)")
        #expect(try f.db.client(id: f.wang.id!, by: f.caseworker).status == .active)
        let desk = TestDriver(CaseloadApp(env: AppEnvironment(db: f.db, actor: f.frontDesk, theme: .default, clock: { AppFixture.now },
                                                              zone: AppFixture.zone),
                                          start: .profile(clientID: f.wang.id!, tab: .summary)), size: Size(width: 80, height: 24))
        desk.press(.char("D"))
        #expect(desk.statusLine.contains(Permission.editClient.refusal), "\(desk.statusLine)")
    }
}
