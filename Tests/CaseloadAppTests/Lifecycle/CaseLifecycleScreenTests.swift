import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// The two flows of #18's "Done when", headless (keys in, screen text out) on a real database file:
/// a TRF referral chased and closed as unable to contact, and an assessment, a plan and a PBF job.
@MainActor @Suite struct CaseLifecycleScreenTests {
    /// The app as `staff` sees it with the clock at noon on `day`.
    func driver(_ f: AppFixture, as staff: StaffMember, on day: LocalDate, start: Route,
                size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        let now = day.startInstant(in: AppFixture.zone).addingTimeInterval(12 * 3600)
        let env = AppEnvironment(db: f.db, actor: staff, theme: .default, agencyName: "Caseload", clock: { now }, zone: AppFixture.zone)
        return TestDriver(CaseloadApp(env: env, start: start), size: size)
    }

    func attempt(_ f: AppFixture, _ client: Client, on day: LocalDate) throws {
        _ = try f.db.addContactAttempt(ContactAttempt(clientID: client.id!, staffID: 0,
                                                      attemptedAt: day.startInstant(in: AppFixture.zone).addingTimeInterval(10 * 3600),
                                                      method: "Phone", result: .noAnswer), by: f.caseworker)
    }

    @Test func aTRFReferralIsChasedThenClosedAsUnableToContactFromF3() throws {
        let f = try AppFixture()
        let received = LocalDate(iso: "2026-01-14")!   // Wed: yesterday for the fixture's Thu 15 Jan
        let tia = try f.db.createClient(Client(firstName: "Tia", lastName: "Moss", phone: "519-555-0177", referralSource: .trf,
                                               referralReceivedOn: received, saCaseworkerName: "Pat Singh", caseworkerID: f.caseworker.id),
                                        by: f.caseworker, today: AppFixture.today)
        #expect(tia.status == .referred)
        var d = driver(f, as: f.caseworker, on: AppFixture.today, start: .followUps(caseworkerID: nil))
        let r01 = try #require(d.lines.first { $0.contains("R-01") && $0.contains("Moss, Tia") }, "\(d.screen)")
        #expect(r01.contains("2026-01-15"))
        // U is for R-03 items only, and says so.
        #expect(d.select("R-01") && d.select("Moss, Tia"))
        d.press(.char("U"))
        #expect(d.statusLine.contains("U closes a referral from its R-03 item"))

        try attempt(f, tia, on: LocalDate(iso: "2026-01-15")!)
        try attempt(f, tia, on: LocalDate(iso: "2026-01-22")!)
        // Nine business days after receipt (Tue 27 Jan): the profile's U refuses with R-03's reason.
        d = driver(f, as: f.caseworker, on: LocalDate(iso: "2026-01-27")!, start: .profile(clientID: tia.id!, tab: .summary))
        d.press(.char("U"))
        #expect(d.screen.contains("Refused (R-03): only 9 business days have passed"), "\(d.screen)")
        d.press(.enter)
        #expect(d.statusLine.contains("Refused (R-03)"))
        d.press(.escape)

        // Ten business days (Wed 28 Jan): F3 offers it, U then Enter closes the file.
        d = driver(f, as: f.caseworker, on: LocalDate(iso: "2026-01-28")!, start: .followUps(caseworkerID: nil))
        #expect(d.select("R-03"), "\(d.screen)")
        #expect(d.lines.last?.contains("U Close as unable to contact") == true, "\(d.lines.last ?? "")")
        d.press(.char("U"))
        #expect(d.screen.contains("it may be closed as unable to contact"), "\(d.screen)")
        d.press(.enter)
        #expect(d.statusLine.contains("Moss, Tia is Closed: closed as unable to contact (R-03)"), "\(d.statusLine)")
        #expect(!d.lines.dropLast(2).contains { $0.contains("Moss, Tia") }, "nothing about her remains in F3:\n\(d.screen)")
        #expect(try f.db.client(id: tia.id!, by: f.caseworker).status == .closed)
        // The profile says since when and why.
        let p = driver(f, as: f.caseworker, on: LocalDate(iso: "2026-01-28")!, start: .profile(clientID: tia.id!, tab: .summary))
        #expect(p.screen.contains("Closed since Wed 28 Jan 2026: Unable to contact (R-03)"), "\(p.screen)")
    }

    @Test func anAssessmentAPlanAndA25HourJobWithANewEmployerMakeTheClientMonitoringWithoutR15() throws {
        let f = try AppFixture()
        let bo = try f.db.createClient(Client(firstName: "Bo", lastName: "Chen", phone: "519-555-0166", referralSource: .ow,
                                              referralReceivedOn: LocalDate(iso: "2025-09-01"), saCaseworkerName: "Lee Wong",
                                              caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        let d = driver(f, as: f.caseworker, on: AppFixture.today, start: .profile(clientID: bo.id!, tab: .assessment), size: Size(width: 200, height: 60))
        #expect(d.lines.last?.contains("S Record / edit the assessment") == true, "\(d.lines.last ?? "")")
        d.press(.char("S"))
        #expect(d.screen.contains("Common assessment"), "\(d.screen)")
        d.type("2025-09-02"); d.press(.tab)
        d.type("2025-09-03"); d.press(.tab)
        d.type("2025-09-03"); d.press(.tab)
        d.type("10:15")
        d.press(.ctrl("s"))
        #expect(d.statusLine.contains("Assessment recorded for Chen, Bo"), "\(d.statusLine)")
        #expect(try f.db.client(id: bo.id!, by: f.caseworker).status == .active)
        // R-15 is due 100 days after the assessment (12 Dec 2025): in the queue now.
        #expect(try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: FollowUpScope(clientID: bo.id!),
                                       zone: AppFixture.zone, by: f.caseworker).contains { $0.rule == .r15 })
        _ = try f.db.openActionPlan(clientID: bo.id!, goal: "Warehouse", on: LocalDate(iso: "2025-09-04")!, by: f.caseworker)
        let employer = try f.db.addEmployer(Employer(name: "North Yard"), by: f.caseworker)
        let job = try f.db.recordEmployment(Employment(clientID: bo.id!, employerID: employer.id!, jobTitle: "Loader",
                                                       startDate: LocalDate(iso: "2026-01-05")!, hoursPerWeek: 25, isNewEmployer: true),
                                            by: f.caseworker)
        #expect(job.employment.isPBFEligible)
        let p = driver(f, as: f.caseworker, on: AppFixture.today, start: .profile(clientID: bo.id!, tab: .summary), size: Size(width: 200, height: 60))
        #expect(p.screen.contains("Monitoring since"), "\(p.screen)")
        #expect(!p.screen.contains("R-15"), "R-15 is gone once a PBF-eligible job started after the assessment")
    }

    @Test func referralsOutAreRecordedFromTheProfileAndCounted() throws {
        let f = try AppFixture()
        let d = driver(f, as: f.caseworker, on: AppFixture.today, start: .profile(clientID: f.wang.id!, tab: .eap))
        d.press(.char("F"))
        #expect(d.screen.contains("Life-stabilization referrals: 0 of 0"), "\(d.screen)")
        d.recordReferralOut(partner: "Safe Homes", service: "hous", followUp: "2026-01-29")
        #expect(d.statusLine == "Referral to Safe Homes recorded.", "\(d.screen)")
        #expect(d.screen.contains("Life-stabilization referrals: 1 of 1"))
        #expect(d.screen.contains("Housing · Safe Homes · follow up 2026-01-29"), "\(d.screen)")
        // Front desk cannot open it.
        let desk = driver(f, as: f.frontDesk, on: AppFixture.today, start: .profile(clientID: f.wang.id!, tab: .summary))
        desk.press(.char("F"))
        #expect(desk.statusLine.contains(Permission.viewActionPlan.refusal))
    }
}
