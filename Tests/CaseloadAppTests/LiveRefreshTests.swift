import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Several people work on one database: a change committed by another process shows up on the
/// next idle tick (PRAGMA data_version), without a key press, and the selection stays put.
@MainActor @Suite struct LiveRefreshTests {
    @Test func aClientAddedElsewhereAppearsOnTheNextTick() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        #expect(d.screen.contains("3 clients"))
        d.press(.down)                                    // select the second row
        let selectedBefore = d.lines.first { $0.hasPrefix("> ") }

        // Another terminal (its own connection to the same file) adds a client.
        let other = try f.otherTerminal()
        _ = try other.createClient(Client(firstName: "Noël", lastName: "Bélanger", dateOfBirth: LocalDate(year: 1990, month: 3, day: 4),
                                          phone: "519-555-0111", caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        #expect(!d.screen.contains("Bélanger, Noël"))      // nothing changes until the loop ticks
        d.tick()
        #expect(d.screen.contains("Bélanger, Noël"))
        #expect(d.screen.contains("4 clients"))
        #expect(d.lines.first { $0.hasPrefix("> ") } == selectedBefore)
    }

    @Test func nothingReloadsWhenNothingChanged() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        let before = d.screen
        d.tick(3)
        #expect(d.screen == before)
    }
}
