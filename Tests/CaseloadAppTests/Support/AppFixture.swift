import CaseloadCore
@testable import CaseloadStore
import Foundation
import GRDB
import TerminalKit
@testable import CaseloadApp

/// A real database file in a fresh temporary folder, with one account per role and a few clients
/// (Zoë Côté, 王秀英, Amira Haddad) made through the store, and the app's clock fixed on a Thursday.
@MainActor final class AppFixture {
    static let zone = TimeZone(identifier: "America/Toronto")!
    static let today = LocalDate(year: 2026, month: 1, day: 15)!
    /// 14:00 on `today`, in the agency's zone.
    static let now = today.startInstant(in: zone).addingTimeInterval(14 * 3600)

    let folder: URL
    let path: String
    let db: CaseloadDatabase
    let admin: StaffMember
    let caseworker: StaffMember      // Dana Lee: Zoë's and 王秀英's caseworker
    let otherCaseworker: StaffMember // Marie Roy
    let supervisor: StaffMember
    let frontDesk: StaffMember
    private(set) var zoe: Client!
    private(set) var wang: Client!
    private(set) var amira: Client!

    /// Subjects of Zoë's notes: front desk must never see them.
    static let zoeNoteSubjects = ["Intake call about resume", "Left voicemail about workshop", "Job offer at Maple Foods"]

    /// - Parameter withClients: false leaves the file without clients (demo data needs it empty).
    init(withClients: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-app-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("caseload.sqlite").path
        db = try CaseloadDatabase.open(path: path)
        admin = try db.bootstrapAdministrator(username: "root")
        let site = try db.sites().first?.id
        caseworker = try db.addStaff(username: "dlee", fullName: "Dana Lee", role: .caseworker, site: site, by: admin)
        otherCaseworker = try db.addStaff(username: "mroy", fullName: "Marie Roy", role: .caseworker, site: site, by: admin)
        supervisor = try db.addStaff(username: "sboss", fullName: "Sam Boss", role: .supervisor, site: site, by: admin)
        frontDesk = try db.addStaff(username: "fdesk", fullName: "Frank Desk", role: .frontDesk, site: site, by: admin)
        if withClients { try addClients() }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func addClients() throws {
        let today = Self.today
        zoe = try db.createClient(Client(
            firstName: "Zoë", lastName: "Côté", dateOfBirth: LocalDate(year: 1998, month: 7, day: 5),
            phone: "519-555-0142", email: "zoe.cote@example.ca", address: "12 Oak St, London ON",
            preferredLanguage: "French", referralSource: .trf, referralReceivedOn: LocalDate(year: 2026, month: 1, day: 12),
            saCaseworkerName: "Pat Singh", saCaseworkerContact: "519-555-0199", caseworkerID: caseworker.id),
            by: caseworker, today: today)
        wang = try db.createClient(Client(
            camsReference: "004417236", firstName: "秀英", lastName: "王", dateOfBirth: LocalDate(year: 1979, month: 12, day: 15),
            phone: "416-555-0188", preferredLanguage: "Mandarin", referralSource: .selfReferred, caseworkerID: caseworker.id),
            by: caseworker, today: today)
        amira = try db.createClient(Client(
            firstName: "Amira", lastName: "Haddad", dateOfBirth: LocalDate(year: 1994, month: 10, day: 2), phone: "226-555-0175",
            referralSource: .ow, referralReceivedOn: LocalDate(year: 2026, month: 1, day: 5),
            saCaseworkerName: "Lee Wong", caseworkerID: otherCaseworker.id),
            by: otherCaseworker, today: today)

        for (days, subject, type) in [(10, Self.zoeNoteSubjects[0], "Intake"), (6, Self.zoeNoteSubjects[1], "Contact Attempt"),
                                      (2, Self.zoeNoteSubjects[2], "Job Development")] {
            _ = try db.addCaseNote(CaseNote(clientID: zoe.id!, authorID: 0, interactionAt: Self.now.addingTimeInterval(Double(-days) * 86_400),
                                            communication: "Phone", type: type, subject: subject,
                                            body: "Spoke with Zoë. \(subject). Next step agreed: follow up by phone."), by: caseworker)
        }
        _ = try db.addContactAttempt(ContactAttempt(clientID: zoe.id!, staffID: 0, attemptedAt: Self.now.addingTimeInterval(-5 * 86_400),
                                                    method: "Phone", result: .noAnswer), by: caseworker)
        let employer = try db.addEmployer(Employer(name: "Maple Foods", employeeCount: 40), by: caseworker)
        _ = try db.recordEmployment(Employment(clientID: zoe.id!, employerID: employer.id!, jobTitle: "Line cook",
                                               startDate: LocalDate(year: 2025, month: 10, day: 31)!, hoursPerWeek: 24,
                                               isNewEmployer: true, isPBFEligible: true), by: caseworker)
        try keepTheScreensWorld()
        zoe = try db.client(id: zoe.id!, by: admin)
        amira = try db.client(id: amira.id!, by: admin)
    }

    /// The screens' tests were written for Zoë and Amira `Active`, as every intake was before the
    /// client status lifecycle (#18): intake now starts their referrals `Referred` (and Zoë's job
    /// makes her `Monitoring`). Their status is set back, as a file of that time holds it, and the SA
    /// caseworker counts as told of Zoë's job, so each screen's test still sees its world.
    /// The lifecycle itself is tested in Lifecycle/ and in the store's tests.
    private func keepTheScreensWorld() throws {
        try db.pool.write { db in
            try db.execute(sql: "UPDATE client SET status = 'Active' WHERE id IN (?, ?)", arguments: [zoe.id!, amira.id!])
        }
        let items = try db.followUpQueue(asOf: Self.today, now: Self.now, scope: FollowUpScope(clientID: zoe.id!), zone: Self.zone, by: caseworker)
        for item in items where item.rule == .r22 {
            try db.completeFollowUp(item, note: "Told Pat Singh about the job at Maple Foods.", by: caseworker, today: Self.today)
        }
    }

    func env(as staff: StaffMember) -> AppEnvironment {
        AppEnvironment(db: db, actor: staff, theme: .default, agencyName: "Caseload", clock: { Self.now }, zone: Self.zone)
    }

    /// The app as `staff` sees it, started on `route`, drawn at `size`.
    func driver(as staff: StaffMember, start: Route = .clientList, size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        TestDriver(CaseloadApp(env: env(as: staff), start: start), size: size)
    }

    func profile(_ client: Client, as staff: StaffMember, tab: ProfileTab = .summary,
                 size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        driver(as: staff, start: .profile(clientID: client.id!, tab: tab), size: size)
    }

    /// A second connection to the same file, as another caseworker's terminal would have.
    func otherTerminal() throws -> CaseloadDatabase { try CaseloadDatabase.open(path: path) }
}

extension TestDriver where Program == CaseloadApp {
    var route: Route { program.currentRoute }
    var profileScreen: ClientProfileModel? { (program.currentScreen as? ScreenHost<ClientProfileModel>)?.model }
    var intakeScreen: IntakeModel? { (program.currentScreen as? ScreenHost<IntakeModel>)?.model }
    /// The profile's first line (under the title bar): who the client is.
    var headerLine: String { lines.count > 1 ? lines[1] : "" }
    /// The profile's tab row.
    var tabLine: String { lines.count > 2 ? lines[2] : "" }
    /// The status line (second row from the bottom).
    var statusLine: String { lines.count >= 2 ? lines[lines.count - 2].trimmingCharacters(in: .whitespaces) : "" }
    /// Prints the screen: a failing test's output then shows what the user saw.
    func dump(_ label: String = "") { print("---- \(label)\n\(screen)\n----") }

    /// On the referrals-out screen (`F`): `n`, the partner, the service type (typed to pick from the
    /// list), the follow-up day, then ^S.
    func recordReferralOut(partner: String, service: String, followUp: String) {
        press(.char("n"))
        type(partner); press(.tab)
        type(service); press(.enter)
        press(.tab); press(.tab)
        type(followUp)
        press(.ctrl("s"))
    }
}
