import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #23: a change made in one session reaches the others' screens through the change feed,
/// each screen refreshing only what the change concerns (no directory rebuilt, no whole queue).
@MainActor @Suite struct ChangeFeedScreensTests {
    /// A RASP referral nobody has tried to reach: R-01 was due Tue 13 Jan, overdue on the fixture's Thursday.
    private func raspReferral(_ f: AppFixture) throws -> Client {
        try f.db.createClient(Client(firstName: "Noël", lastName: "Bélanger", phone: "519-555-0111", referralSource: .rasp,
                                     referralReceivedOn: LocalDate(year: 2026, month: 1, day: 12), saCaseworkerName: "Lee Wong", caseworkerID: f.caseworker.id,
                                     status: .referred), by: f.caseworker, today: AppFixture.today)
    }

    /// Another process: its own connection to the file, its own app.
    private func otherSession(_ f: AppFixture, as staff: StaffMember, start: Route, width: Int = 200) throws -> TestDriver<CaseloadApp> {
        let env = AppEnvironment(db: try f.otherTerminal(), actor: staff, theme: .default, agencyName: "Caseload",
                                 clock: { AppFixture.now }, zone: AppFixture.zone)
        return TestDriver(CaseloadApp(env: env, start: start), size: Size(width: width, height: 40))
    }

    @Test func aNoteSavedInOneSessionUpdatesTheOthersListRowAndQueueWithoutAFullReload() throws {
        let f = try AppFixture()
        let noel = try raspReferral(f)
        let list = try otherSession(f, as: f.supervisor, start: .clientList)
        let queue = try otherSession(f, as: f.supervisor, start: .followUps(caseworkerID: f.caseworker.id))
        let row = { list.lines.first { $0.contains("Bélanger, Noël") } ?? "" }
        #expect(row().contains("R-01 overdue"), "\(list.screen)")
        #expect(queue.screen.contains("First contact attempt (RASP referral)"), "\(queue.screen)")
        let listScreen = try #require(list.program.currentScreen as? ScreenHost<ClientListModel>)
        let queueScreen = try #require(queue.program.currentScreen as? ScreenHost<FollowUpQueueModel>)
        #expect(listScreen.model.directory.builds == 1)

        // Dana records a contact attempt (voicemail) and its note on Noël's profile.
        let writer = f.profile(noel, as: f.caseworker)
        writer.press(.char("n"))
        writer.type("ph"); writer.press(.enter, .ctrl("t"))
        writer.type("ph"); writer.press(.enter)
        writer.type("voice"); writer.press(.enter, .tab)
        writer.type("519-555-0111, left a message")
        writer.press(.ctrl("s"))
        #expect(writer.statusLine.hasPrefix("Contact attempt (Voicemail) and its note saved"), "\(writer.screen)")

        list.tick(); queue.tick()
        #expect(!row().contains("R-01"), "the row's next due moved on: \(row())")
        #expect(row().contains("15 Jan"), "last activity is today's note: \(row())")
        #expect(!queue.screen.contains("First contact attempt (RASP referral)"))
        #expect(queue.screen.contains("Second contact attempt (RASP referral)"), "R-02 still waits for a second attempt")
        #expect(listScreen.model.directory.builds == 1, "the list updated one client, not every client")
        #expect(queueScreen.model.partialUpdates == 1, "the queue recomputed one client")
        #expect(list.program.currentScreen === listScreen && queue.program.currentScreen === queueScreen)
    }

    @Test func aProfileAndADaySheetIgnoreChangesThatDoNotConcernThem() throws {
        let f = try AppFixture()
        let profile = try otherSession(f, as: f.caseworker, start: .profile(clientID: f.zoe.id!, tab: .summary))
        let sheet = try otherSession(f, as: f.frontDesk, start: .frontDesk)
        let other = try f.otherTerminal()
        // Someone else's note: the profile and the sheet have nothing to refresh.
        _ = try other.addCaseNote(CaseNote(clientID: f.amira.id!, authorID: 0, interactionAt: AppFixture.now, communication: "Phone",
                                           type: "General", subject: "Unrelated call", body: "x"), by: f.caseworker)
        let profileScreen = try #require(profile.program.currentScreen as? ScreenHost<ClientProfileModel>)
        let sheetScreen = try #require(sheet.program.currentScreen as? ScreenHost<DaySheetModel>)
        let profileReloads = profileScreen.model.reloadsForChanges
        profile.tick(); sheet.tick()
        #expect(profileScreen.model.reloadsForChanges == profileReloads && sheetScreen.model.reloadsForChanges == 0)

        // Zoë's own change and an appointment today at the desk's site do reach them.
        var zoe = f.zoe!
        zoe.phone = "519-555-9999"
        _ = try other.updateClient(zoe, by: f.caseworker, today: AppFixture.today)
        let firstSite = try f.db.sites().first?.id
        let site = try #require(f.frontDesk.siteID ?? firstSite)
        _ = try other.bookAppointment(Appointment(clientID: f.amira.id!, staffID: f.caseworker.id!, siteID: site, day: AppFixture.today,
                                                  startMinute: 15 * 60 + 30, purpose: "Résumé review"), allowOverlap: true, now: AppFixture.now, by: f.frontDesk)
        profile.tick(); sheet.tick()
        #expect(profile.screen.contains("519-555-9999"), "\(profile.screen)")
        #expect(sheet.screen.contains("15:30") || sheet.screen.contains("3:30"), "\(sheet.screen)")
        #expect(profileScreen.model.reloadsForChanges == profileReloads + 1 && sheetScreen.model.reloadsForChanges == 1)
    }

    @Test func anIdleSessionDrawsNothingUntilSomethingChangesAndAPollShowsACommitAtOnce() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.tick()                                   // the pause after opening: the screen's idle work
        let presents = d.terminal.presentCount
        d.tick(5)
        #expect(d.terminal.presentCount == presents, "idle ticks draw nothing")
        #expect(d.program.poll() == false, "nothing committed")

        let other = try f.otherTerminal()
        var zoe = f.zoe!
        zoe.lastName = "Côté-Ruiz"
        _ = try other.updateClient(zoe, by: f.caseworker, today: AppFixture.today)
        #expect(d.program.poll(), "the commit is seen between ticks")
        d.tick()
        #expect(d.terminal.presentCount > presents)
        #expect(d.screen.contains("Côté-Ruiz, Zoë"), "\(d.screen)")
    }
}
