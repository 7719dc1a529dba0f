import Foundation
import Testing

/// The terminal itself: sizes, Unicode typing, and giving the terminal back on the way out.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct TerminalScenarioTests {
    @Test(.needsTmux) func resizes_types_unicode_and_quits_cleanly() async throws {
        let s = try Caseload.demoTUI(user: "dlee")
        defer { s.kill() }

        try await s.waitFor("/ Search")
        #expect(try s.isAlternateScreenOn)
        try s.resize(width: 132, height: 40)
        // The title bar now reaches column 132: the date sits at the right edge (poll: the redraw is async).
        var wide = false
        for _ in 0..<50 where !wide {
            wide = try s.capture().split(separator: "\n").first.map { $0.count > 100 } == true
            if !wide { try await Task.sleep(for: .milliseconds(100)) }
        }
        let screen = try s.capture()
        #expect(wide, "the screen was not redrawn at 132 columns: \(screen)")
        try s.resize(width: 40, height: 10)
        try await s.waitFor("Terminal too small")
        try await s.waitFor("40x10")
        try s.resize(width: 80, height: 24)
        try await s.waitFor("/ Search")

        // Type into the search field and read it back from the screen.
        try s.sendKeys("/")
        try s.type("Zoë Côté 王秀英")
        try await s.waitFor("Search: Zoë Côté 王秀英")
        try s.sendKeys("C-u")
        try await s.waitForAbsence("Zoë Côté 王秀英")
        try s.sendKeys("Escape")
        try await Task.sleep(for: .milliseconds(200))
        try s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
        #expect(try !s.isAlternateScreenOn)
    }

    @Test(.needsTmux) func help_overlay_and_menu_open_and_close() async throws {
        let s = try Caseload.demoTUI(user: "arahman")
        defer { s.kill() }
        try await s.waitFor("/ Search")
        try s.sendKeys("?")
        try await s.waitFor("Keys — ? or Esc to close")
        try s.sendKeys("Escape")
        try await s.waitForAbsence("Keys — ? or Esc to close")
        try s.sendKeys("F10")
        try await s.waitFor("Menu (F10)")
        try s.sendKeys("Escape")
        try await s.waitForAbsence("Menu (F10)")
        try s.sendKeys("C-c")
        #expect(try await s.waitForExit() == 0)
    }

    @Test(.needsTmux) func no_color_still_marks_the_selection() async throws {
        let s = try Caseload.demoTUI(user: "arahman", extra: ["--no-color"])
        defer { s.kill() }
        try await s.waitFor("/ Search")
        // Selection is shown by the `>` marker as well as by reverse video.
        #expect(try s.capture().split(separator: "\n").contains { $0.hasPrefix("> ") })
        try s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}

/// The README's first command: `caseload --demo` makes its own database apart from real data.
@Suite(.timeLimit(.minutes(6)))
struct DemoFlagScenarioTests {
    @Test(.needsTmux) func demo_flag_creates_the_demo_database_once_and_opens_it() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let env = ["XDG_DATA_HOME": folder.path, "CASELOAD_DB": ""]
        let s = try TmuxSession([try E2EEnvironment.product(), "--demo", "--user", "arahman"], environment: env)
        defer { s.kill() }
        try await s.waitFor("/ Search", timeout: .seconds(45))
        try await s.waitFor("Aisha Rahman (Caseworker)")
        let demo = folder.appendingPathComponent("caseload/demo.sqlite").path
        #expect(FileManager.default.fileExists(atPath: demo))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("caseload/caseload.sqlite").path))
        try s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
