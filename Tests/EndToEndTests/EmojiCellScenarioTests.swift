import Foundation
import Testing

/// Issue #15 item 20: emoji joined by zero-width joiners (👩‍💻, 👨‍👩‍👧) left stale cells under tmux.
/// ncurses kept the first emoji and the joiner in a cell; when a row was partly redrawn, tmux glued
/// what followed the joiner onto the emoji, the rest of the row landed columns to the left of where
/// Caseload measured it and old cells stayed behind ("c|c|"). Each sequence is now drawn as its
/// first emoji, in the two columns Caseload measures, and no joiner reaches the terminal.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct EmojiCellScenarioTests {
    @Test(.needsTmux) func zwj_sequences_take_the_columns_measured_and_leave_nothing_behind() async throws {
        let s = try Caseload.demoTUI(user: "arahman")
        defer { s.kill() }
        try await s.waitFor("/ Search")
        try s.sendKeys("Enter")                       // the first client's profile
        try await s.waitFor("1 Summary")
        try s.sendKeys("n")
        try await s.waitFor("Communication:")
        try s.sendKeys("Tab", "Tab", "Tab")           // past Communication, Type and Subject to the note
        try await Task.sleep(for: .milliseconds(300))

        func noteRow() throws -> String {
            String(try s.capture().split(separator: "\n").first { $0.hasPrefix(" Note:") } ?? "")
        }
        func waitForNote(_ text: String) async throws -> String {
            for _ in 0..<100 where !(try noteRow().contains(text)) { try await Task.sleep(for: .milliseconds(100)) }
            return try noteRow()
        }
        try s.type("a👩‍💻👩‍💻b👨‍👩‍👧c|")
        #expect(try await waitForNote("c|").hasSuffix("a👩👩b👨c|"))
        // Typing at the start redraws the row from there: every cell must move right by two.
        try s.sendKeys("C-a")
        try s.type("xx")
        let shifted = try await waitForNote("xxa")
        #expect(shifted.hasSuffix("xxa👩👩b👨c|"), "stale or shifted cells: \(shifted)")
        #expect(!shifted.contains("\u{200D}"), "a joiner reached the terminal: \(shifted)")
        try s.sendKeys("BSpace", "BSpace")
        for _ in 0..<100 where try noteRow().contains("xx") { try await Task.sleep(for: .milliseconds(100)) }
        let back = try noteRow()
        #expect(back.hasSuffix("a👩👩b👨c|") && back.components(separatedBy: "c|").count == 2, "stale cells: \(back)")
        // The cursor sits where Caseload put it: after the 15-column label, at the start of the text.
        #expect(try s.cursorPosition().x == 16, "tmux and Caseload disagree on the columns: \(back)")
    }
}
