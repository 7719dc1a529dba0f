import Foundation
import Testing

/// The case-note done-when in the real binary on a demo database, as caseworker Aisha Rahman
/// (arahman): find Zoë Côté, write a note with the keyboard only (Communication by two letters,
/// Type from the list, a two-line body in French and Chinese), find it first on the Notes tab,
/// amend it, and see both, the amendment under its original.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct NoteScenarioTests {
    @Test(.needsTmux) func writes_a_note_finds_it_first_and_amends_it() async throws {
        let s = try Caseload.demoTUI(user: "arahman")
        defer { s.kill() }

        // Zoë is another caseworker's client: all clients, then search. Two Côtés in this demo, so "zo" too.
        try await s.waitFor("Aisha Rahman (Caseworker)")
        try s.sendKeys("m")
        try await s.waitFor("All clients")
        try s.sendKeys("/")
        try s.type("cote")
        try await s.waitFor("Côté, Zoë")
        try s.type(" zo")
        try await s.waitFor("1 client")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Côté, Zoë")

        try s.sendKeys("n")
        try await s.waitFor("Communication:")
        try s.type("ph")                                  // two letters on the closed list
        try await s.waitFor("> Phone")
        try s.sendKeys("Enter")                           // Phone; focus moves on to Type
        try s.sendKeys("Enter")
        try await s.waitFor("> Intake")
        try s.sendKeys("Down", "Down", "Down", "Down", "Down")
        try await s.waitFor("> Follow-up")
        try s.sendKeys("Enter", "Tab")                    // Follow-up; past the optional subject
        try s.type("Appelé Zoë — rappel demain")
        try s.sendKeys("Enter")
        try s.type("Second line 王")
        try await s.waitFor("Second line 王")
        try s.sendKeys("C-s")
        try await s.waitFor("Note saved for Côté, Zoë.")

        try s.sendKeys("5")
        try await s.waitFor("Comm.")
        var lines = try s.capture().split(separator: "\n").map(String.init)
        var header = try #require(lines.firstIndex { $0.contains("Comm.") && $0.contains("Subject") })
        #expect(lines[header + 1].contains("> ") && lines[header + 1].contains("Appelé Zoë"), "\(lines.joined(separator: "\n"))")

        // Amend it: the original shows above the form; the correction is saved as a new note.
        try s.sendKeys("a")
        try await s.waitFor("Amending note #")
        try await s.waitFor("│ Second line 王")
        try s.type("Rappel vendredi, pas demain.")         // the amendment starts on its text
        try s.sendKeys("C-s")
        try await s.waitFor("Amendment saved; the original note is kept as it was.")
        lines = try s.capture().split(separator: "\n").map(String.init)
        header = try #require(lines.firstIndex { $0.contains("Comm.") && $0.contains("Subject") })
        #expect(lines[header + 1].contains("Appelé Zoë"))
        #expect(lines[header + 2].contains("↳ amends #"), "\(lines.joined(separator: "\n"))")

        // Reading it shows both, the original first.
        try s.sendKeys("Enter")
        try await s.waitFor("(+1 amendment)")
        try await s.waitFor("Rappel vendredi, pas demain.")
        let pager = try s.capture()
        #expect(pager.contains("Second line 王") && pager.contains("Amendment #"))
    }
}
