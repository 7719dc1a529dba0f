import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
@testable import CaseloadApp

/// The app fixture (Thursday 15 January 2026, 14:00) with a day of appointments at its one site:
/// Zoë at 09:00 (past and still Scheduled), 王秀英 at 10:30, Amira at 15:00 (with Marie Roy).
@MainActor final class FrontDeskFixture {
    let app: AppFixture
    let site: Int64
    private(set) var zoeAt9: Appointment!
    private(set) var wangAt1030: Appointment!
    private(set) var amiraAt15: Appointment!

    init() throws {
        app = try AppFixture()
        site = try app.db.sites().first!.id!
        zoeAt9 = try book(app.zoe, with: app.caseworker, at: 9 * 60, purpose: "Résumé review")
        wangAt1030 = try book(app.wang, with: app.caseworker, at: 10 * 60 + 30, purpose: "EAP review")
        amiraAt15 = try book(app.amira, with: app.otherCaseworker, at: 15 * 60, purpose: "Job matching")
    }

    @discardableResult
    func book(_ client: Client, with staff: StaffMember, on day: LocalDate = AppFixture.today, at minute: Int,
              length: Int = 60, purpose: String) throws -> Appointment {
        try app.db.bookAppointment(Appointment(clientID: client.id!, staffID: staff.id!, siteID: site, day: day, startMinute: minute,
                                               lengthMinutes: length, purpose: purpose),
                                   now: day.startInstant(in: AppFixture.zone), by: app.frontDesk)
    }

    /// The front desk's day sheet (F4's screen).
    func daySheet(size: Size = Size(width: 80, height: 24)) -> TestDriver<CaseloadApp> {
        app.driver(as: app.frontDesk, start: .frontDesk, size: size)
    }

    func appointment(_ a: Appointment) throws -> Appointment? {
        try app.db.daySheet(siteID: site, day: a.day, by: app.admin).first { $0.id == a.id }?.appointment
    }

    func followUpTitles(for client: Client) throws -> [String] {
        try app.db.profileFollowUps(clientID: client.id!, by: app.supervisor).filter { $0.followUp.completedOn == nil }.map(\.followUp.title)
    }
}

extension TestDriver where Program == CaseloadApp {
    var daySheetScreen: DaySheetModel? { (program.currentScreen as? ScreenHost<DaySheetModel>)?.model }
    /// Row `i` of the screen, trailing spaces trimmed.
    func line(_ i: Int) -> String { String(lines[i].reversed().drop { $0 == " " }.reversed()) }
    /// The table row showing `text`, trailing spaces trimmed.
    func row(containing text: String) -> String? {
        lines.first { $0.contains(text) }.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }
}
