import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The search on the client list: `/` starts a new search over the old one, Esc and `c` clear it,
/// F2 comes back to the whole list, and "My clients" says when all clients would have matched.
/// (The fixture: Zoë Côté and 王秀英 are Dana Lee's, Amira Haddad is Marie Roy's.)
@MainActor @Suite struct ClientListSearchKeysTests {
    /// What the search field shows (line 1 of the screen, after the label).
    private func searchLine(_ d: TestDriver<CaseloadApp>) -> String { d.lines[1] }

    @Test func slashSelectsTheLastSearchSoTypingReplacesIt() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.press(.char("/")); d.type("cote")
        #expect(d.screen.contains("1 client"))
        d.press(.tab)                                    // keep the text, back to the list
        d.press(.char("/")); d.type("haddad")
        #expect(searchLine(d).contains("haddad") && !searchLine(d).contains("cote"), "\(searchLine(d))")
        #expect(d.screen.contains("Haddad, Amira") && d.screen.contains("1 client"))
        // → keeps the last search to edit it.
        d.press(.tab); d.press(.char("/")); d.press(.right); d.press(.backspace); d.press(.backspace)
        #expect(searchLine(d).contains("hadd") && !searchLine(d).contains("haddad"), "\(searchLine(d))")
        #expect(d.screen.contains("Haddad, Amira"))
        // Backspace on the selected search clears it all.
        d.press(.tab); d.press(.char("/")); d.press(.backspace)
        #expect(!searchLine(d).contains("hadd"))
        #expect(d.screen.contains("3 clients"))
        d.type("王")
        #expect(d.screen.contains("1 client") && d.screen.contains("王, 秀英"))
    }

    @Test func escOnTheListClearsTheSearchThatEscFromAProfileKept() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.press(.char("/")); d.type("cote"); d.press(.enter)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        d.press(.escape)                                 // back from the profile: the search is still there
        #expect(d.route == .clientList)
        #expect(searchLine(d).contains("cote") && d.screen.contains("1 client"))
        d.press(.escape)                                 // and Esc on the list clears it
        #expect(!searchLine(d).contains("cote"))
        #expect(d.screen.contains("3 clients"))
        d.press(.escape)                                 // nothing left to clear: nothing happens
        #expect(d.route == .clientList && d.screen.contains("3 clients"))
    }

    @Test func cClearsTheSearchAndTheFilters() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.press(.char("/")); d.type("5"); d.press(.tab)
        d.press(.char("s"))                              // status: first value
        #expect(d.screen.contains("status "))
        d.press(.char("c"))
        #expect(!d.screen.contains("status "))
        #expect(!searchLine(d).contains("5"), "\(searchLine(d))")
        #expect(d.screen.contains("3 clients"))
    }

    @Test func f2ComesBackToTheWholeListNotTheLastSearch() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        d.press(.char("/")); d.type("haddad"); d.press(.enter)
        #expect(d.route == .profile(clientID: f.amira.id!, tab: .summary))
        d.press(.function(2))
        #expect(d.route == .clientList)
        #expect(!searchLine(d).contains("haddad"), "\(searchLine(d))")
        #expect(d.screen.contains("3 clients"))
        // The menu's Clients entry does the same; typing afterwards starts from nothing.
        d.press(.char("/")); d.type("cote"); d.press(.enter)
        d.press(.function(10)); d.press(.char("c"))
        #expect(d.route == .clientList && d.screen.contains("3 clients"))
        d.press(.char("/")); d.type("wang")
        #expect(searchLine(d).contains("wang") && !searchLine(d).contains("cote"))
    }

    @Test func myClientsSaysWhenAllClientsWouldMatch() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)              // Dana Lee: "My clients" first
        d.press(.char("/")); d.type("haddad")
        #expect(d.screen.contains("None of your clients matches. Press m for all clients: 1 matches “haddad”."), "\(d.screen)")
        d.press(.tab); d.press(.char("m"))
        #expect(d.screen.contains("Haddad, Amira") && d.screen.contains("1 client"))
        // Nobody at all: the plain message.
        d.press(.char("m")); d.press(.char("/")); d.type("zzz")
        #expect(d.screen.contains("No client matches “zzz”"))
        // A filter alone, no search: Amira is the only client referred by OW.
        d.press(.escape)
        for _ in 0...ReferralSource.allCases.firstIndex(of: .ow)! { d.press(.char("r")) }
        #expect(d.screen.contains("source \(ReferralSource.ow.rawValue)"))
        #expect(d.screen.contains("None of your clients matches these filters. Press m for all clients: 1 matches."), "\(d.screen)")
    }
}
