import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #23: a session draws only when what it shows may have changed. A commit the screen has
/// nothing to do for is not drawn, and a refresh drawn by the poll is not drawn again by the tick.
@MainActor @Suite struct RefreshDrawTests {
    @Test func aCommitTheScreenHasNothingToDoForIsNotDrawn() throws {
        let f = try AppFixture()
        let sheet = f.driver(as: f.frontDesk, start: .frontDesk, size: Size(width: 120, height: 30))
        sheet.tick()   // the pause after opening: the sheet's idle work
        let presents = sheet.terminal.presentCount
        _ = try f.otherTerminal().addCaseNote(CaseNote(clientID: f.amira.id!, authorID: 0, interactionAt: AppFixture.now, communication: "Phone",
                                                       type: "General", subject: "Unrelated call", body: "x"), by: f.caseworker)
        #expect(sheet.poll() == false, "a note about a client not on the sheet changes nothing on it")
        sheet.tick(3)
        #expect(sheet.terminal.presentCount == presents, "nor do the ticks after it")
    }

    @Test func aRefreshDrawnByThePollIsNotDrawnAgainByTheNextTick() throws {
        let f = try AppFixture()
        let list = f.driver(as: f.supervisor)
        list.tick()
        var zoe = f.zoe!
        zoe.lastName = "Côté-Ruiz"
        _ = try f.otherTerminal().updateClient(zoe, by: f.caseworker, today: AppFixture.today)
        #expect(list.poll(), "the commit is seen and drawn between ticks")
        #expect(list.screen.contains("Côté-Ruiz, Zoë"), "\(list.screen)")
        let presents = list.terminal.presentCount
        list.tick()
        #expect(list.terminal.presentCount == presents, "the tick after it has nothing new to draw")
    }
}

/// Issue #23: a client list reads its page again only when a changed client was or is on it.
@MainActor @Suite struct ClientListKeptPageTests {
    @Test func aChangeToAClientNotOnTheListReadsNoPageAndAClientJoiningItShowsAtOnce() throws {
        let f = try AppFixture()
        let list = f.driver(as: f.caseworker, size: Size(width: 120, height: 30))   // Dana's own clients
        list.tick()
        let screen = try #require(list.program.currentScreen as? ScreenHost<ClientListModel>)
        let other = try f.otherTerminal()
        var amira = f.amira!
        amira.phone = "519-555-4444"
        amira = try other.updateClient(amira, by: f.otherCaseworker, today: AppFixture.today)
        list.poll()
        #expect(screen.model.directory.keptPages == 1, "Amira is Marie's client: Dana's page is not read again")
        #expect(!list.screen.contains(amira.lastName), "\(list.screen)")

        _ = try other.reassignClient(amira, toCaseworker: f.caseworker.id, reason: "Caseload balancing", today: AppFixture.today, by: f.supervisor)
        list.poll()
        #expect(list.screen.contains(amira.lastName), "now Dana's: on her list at once\n\(list.screen)")
        #expect(screen.model.directory.keptPages == 1 && screen.model.directory.builds == 1)
    }
}
