import Foundation
import Testing

/// The client done-when in the real binary, on a demo database at 80x24: find Côté by typing
/// "cote", open her profile and every tab, add a client through the form (a placeholder name and an
/// impossible date first, fixed after reading the errors), link a CaMS reference, find the new
/// client in the list; and a second `caseload` on the same file sees that client without a key.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct ClientScenarioTests {
    /// A caseworker's nine tabs at 80 columns (the tightest titles, so all nine fit).
    static let tabs = ["[1 Summary]", "[2 Info]", "[3 Assess]", "[4 EAP]", "[5 Notes]", "[6 Appts]",
                       "[7 Jobs]", "[8 Follow-ups]", "[9 Refs]"]

    @Test(.needsTmux) func finds_cote_walks_every_tab_adds_a_client_and_links_cams() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        // About 40 steps: allow for a loaded CI machine (the suite's own limit is 3 minutes).
        let s = try Caseload.tui(db: db, user: "arahman", scenarioTimeout: .seconds(150))
        defer { s.kill() }

        try await s.waitFor("Aisha Rahman (Caseworker)", timeout: .seconds(15))
        try s.sendKeys("m")                               // all clients, not only hers
        try await s.waitFor("All clients")
        try s.sendKeys("/")
        try s.type("cote")
        try await s.waitFor("Côté, Zoë")
        try s.type(" zo")
        try await s.waitFor("1 client")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Côté, Zoë")
        for (number, tab) in Self.tabs.enumerated() {
            try s.sendKeys(String(number + 1))
            try await s.waitFor(tab)
        }

        // A new client: a placeholder first name and 30 February first, as people do.
        try s.sendKeys("F2")
        try await s.waitFor("/ Search")
        try s.sendKeys("a")
        try await s.waitFor("First name")
        try s.type("N/A")
        try s.sendKeys("Tab")
        try s.type("Tremblay-Nakamura")
        try s.sendKeys("Tab", "Tab")
        try s.type("2025-02-30")
        try s.sendKeys("C-s")
        try await s.waitFor("is a placeholder")
        try await s.waitFor("Feb 2025 has 28 days")
        try s.sendKeys("C-u")                             // focus is on the first field in error
        try s.type("Émilie")
        try s.sendKeys("Tab", "Tab", "Tab", "C-u")
        try s.type("1990-02-28")
        try s.sendKeys("C-s")
        try await s.waitFor("Saved: Tremblay-Nakamura, Émilie added.")

        // Link her CaMS reference from the profile: a malformed one is refused, then a good one.
        try s.sendKeys("l")
        try await s.waitFor("Link CaMS reference")
        try s.type("12AB")
        try s.sendKeys("Enter")
        try await s.waitFor("must be 6 to 12 digits")
        try s.sendKeys("C-u")
        try s.type("880044556677")
        try s.sendKeys("Enter")
        try await s.waitFor("CaMS reference 880044556677 linked to Tremblay-Nakamura, Émilie.")

        // And she is in the list, found by her new reference.
        try s.sendKeys("F2")
        try await s.waitFor("/ Search")
        try s.sendKeys("/", "C-u")                        // the list kept "cote zo" from before
        try s.type("880044")
        // At 80 columns the Name column shows "Tremblay-Nakamu…"; the link's status message no
        // longer follows to this screen, so the row itself must show her.
        try await s.waitFor("Tremblay-Nakamu")
        try await s.waitFor("1 client")
        #expect(!(try s.capture().contains("linked to Tremblay-Nakamura")), "the profile's message stays on the profile")
    }

    @Test(.needsTmux) func a_client_added_in_one_terminal_appears_in_another_without_a_key() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        let watching = try Caseload.tui(db: db, user: "dlee")
        defer { watching.kill() }
        let adding = try Caseload.tui(db: db, user: "arahman")
        defer { adding.kill() }

        // The supervisor searches for someone who is not there yet; the search stays typed.
        try await watching.waitFor("/ Search")
        try watching.sendKeys("/")
        try watching.type("nakamura")
        try await watching.waitFor("No client matches “nakamura”")

        try await adding.waitFor("/ Search")
        try adding.sendKeys("a")
        try await adding.waitFor("First name")
        try adding.type("Noël")
        try adding.sendKeys("Tab")
        try adding.type("Nakamura")
        try adding.sendKeys("C-s")
        try await adding.waitFor("Saved: Nakamura, Noël added.")

        // No key goes to the supervisor's terminal: the idle tick sees the commit and redraws.
        try await watching.waitFor("Nakamura, Noël", timeout: .seconds(5))
        try await watching.waitFor("1 client")
        try await watching.waitFor("Search: nakamura")
    }
}
