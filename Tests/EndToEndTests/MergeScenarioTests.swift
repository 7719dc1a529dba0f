import Foundation
import Testing

/// Issue #19's done-when in the real binary at 80x24: a caseworker's intake of someone already
/// registered asks first and keeps the reason; the supervisor then merges that file into the
/// original from the profile; the note moved, the old file points to the kept one, and `caseload`
/// agrees.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct MergeScenarioTests {
    @Test(.needsTmux) func a_duplicate_intake_is_confirmed_then_merged_from_the_profile() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 40)

        // Aisha registers Zoe Cote, born the day the demo's Zoë Côté (CaMS 996977134) was.
        let caseworker = try Caseload.tui(db: db, user: "arahman")
        defer { caseworker.kill() }
        try await caseworker.waitFor("Aisha Rahman (Caseworker)")
        // Status messages last seconds; a starved capture can miss one, the recorded output cannot.
        try caseworker.recordOutput(to: folder.appendingPathComponent("caseworker.out"))
        try caseworker.sendKeys("a")
        try await caseworker.waitFor("First name")
        try caseworker.type("Zoe")
        try caseworker.sendKeys("Tab")
        try caseworker.type("Cote")
        try caseworker.sendKeys("Tab", "Tab")
        try caseworker.type("1999-07-20")
        try await caseworker.waitFor("Possible duplicates: 1")
        try caseworker.sendKeys("C-s")
        try await caseworker.waitFor("Already registered?")
        try caseworker.sendKeys("y")
        try await caseworker.waitFor("Create anyway — a different person")
        try caseworker.type("Thought she was a cousin")
        try caseworker.sendKeys("Enter")
        try await caseworker.waitForShown("Saved: Cote, Zoe added.")
        try caseworker.sendKeys("n")
        try await caseworker.waitFor("Communication:")
        try caseworker.type("ph")
        try await caseworker.waitFor("> Phone")
        try caseworker.sendKeys("Enter", "Enter")
        try await caseworker.waitFor("> Intake")
        try caseworker.sendKeys("Enter", "Tab")
        try caseworker.type("Second file call")
        try caseworker.sendKeys("C-s")
        try await caseworker.waitForShown("Note saved for Cote, Zoe.")
        caseworker.kill()

        // Daniel merges the new file into Zoë's from her profile.
        let s = try Caseload.tui(db: db, user: "dlee")
        defer { s.kill() }
        try await s.waitFor("Daniel Lee (Supervisor)")
        try s.recordOutput(to: folder.appendingPathComponent("supervisor.out"))
        try s.sendKeys("/")
        try s.type("996977134")
        try await s.waitFor("1 client")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Côté, Zoë")
        try s.sendKeys("M")
        try await s.waitFor("Merge a duplicate into Côté, Zoë")
        try await s.waitFor("> Cote, Zoe")
        try s.sendKeys("Enter")
        try await s.waitFor("Moves to the kept file: 1 note")
        let plan = try s.capture()
        let retired = try #require(plan.firstMatch(of: /Retire: Cote, Zoe \(#(\d+)\), CaMS none/)?.1).description
        #expect(plan.contains("Keep:   Côté, Zoë (#") && plan.contains("CaMS 996977134"))
        try s.type("Registered twice at intake")
        try s.sendKeys("Enter")
        try await s.waitFor("Merge these files?")
        try s.sendKeys("y")
        try await s.waitForShown("Merged Cote, Zoe (#\(retired)) into this file: 1 note moved")
        try s.sendKeys("5")
        try await s.waitFor("Second file call")

        // The old file is still found, and only points the way.
        try s.sendKeys("Escape")
        try await s.waitFor("/ Search")
        try s.sendKeys("/", "C-u")
        try s.type("cote zoe")
        try await s.waitFor("2 clients")
        try await s.waitFor("Merged")          // the retired file's row: its status froze at the merge
        try s.sendKeys("Enter")
        let opened = try await s.waitForAny(["Client · Cote, Zoe", "Client · Côté, Zoë"])
        if opened == "Client · Côté, Zoë" {      // the list's order put the kept file first
            try s.sendKeys("Escape")
            try await s.waitFor("/ Search")
            try s.sendKeys("Down", "Enter")
            try await s.waitFor("Client · Cote, Zoe")
        }
        try await s.waitFor("Merged into Côté, Zoë (#")
        try s.sendKeys("n")
        try await s.waitForShown("Read-only: merged into Côté, Zoë (#")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Côté, Zoë")

        // The command line agrees: the file is merged, and the database is consistent.
        let again = try Caseload.run(["merge", "--keep", "996977134", "--retire", retired, "--reason", "again", "--yes", "--db", db, "--user", "dlee"])
        #expect(again.status == 1 && again.errorOutput.contains("was merged into Côté, Zoë"), "\(again.errorOutput)")
        let check = try Caseload.run(["check", "--db", db, "--user", "mokafor"])
        #expect(check.status == 0, "\(check.output)")
    }
}
