import Foundation
import Testing

/// The front desk's day, in the real binary on a demo database: Emily Brooks (ebrooks) at London
/// Central opens F4, checks one client in, marks another No Show with a reason, undoes that (each from
/// the row's menu: Enter, then the letter), and registers a walk-in. Typing a name on the sheet only
/// finds. The demo generator books appointments today at every site.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct FrontDeskScenarioTests {
    @Test(.needsTmux) func checks_in_marks_a_no_show_reverts_it_and_registers_a_walk_in() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 600)
        let s = try Caseload.tui(db: db, user: "ebrooks")
        defer { s.kill() }

        try await s.waitFor("Emily Brooks (Front desk)")
        // Status messages last seconds; a starved capture can miss one, the recorded output cannot.
        try s.recordOutput(to: folder.appendingPathComponent("desk.out"))
        try s.sendKeys("F4")
        try await s.waitFor("London Central · all caseworkers")
        try await s.waitFor("Enter Actions")

        // Check in the first appointment still Scheduled.
        let first = try await selectScheduledRow(in: s, after: nil)
        try await openRowMenu(in: s)
        try s.sendKeys("a")
        try await s.waitForShown("Checked in \(first.name) at ")
        try await s.waitFor("Attended")

        // The next one did not come: No Show, with a reason typed at the prompt.
        let second = try await selectScheduledRow(in: s, after: first.row)
        try await openRowMenu(in: s)
        try s.sendKeys("x")
        try await s.waitFor("No show: ")
        try s.sendKeys("Enter")
        try await s.waitFor("A reason is required")
        try s.type("Phoned twice, no answer")
        try s.sendKeys("Enter")
        try await s.waitForShown("Marked \(second.name) No Show; follow-up added for the caseworker")
        // The cursor moved on to the next row still Scheduled: back to the one just marked.
        try await selectRow(second.row, in: s)
        try await s.waitFor("No Show: Phoned twice, no answer")

        // It was a mistake: undo puts it back to Scheduled.
        try await openRowMenu(in: s)
        try s.sendKeys("u")
        try await s.waitFor("Revert to Scheduled?")
        try await s.waitFor("Its open follow-up for the caseworker is removed.")
        try s.sendKeys("Enter")
        try await s.waitForShown("\(second.name)'s ")
        try await s.waitForShown("appointment is Scheduled again")
        try await s.waitForAbsence("No Show: Phoned twice, no answer")

        // A walk-in nobody has met: search first, then register and check in.
        // Typing a name on the sheet finds and marks nobody: "walker" starts with w, once the walk-in key.
        try s.type("walker")
        try await s.waitFor("Find (name or time): walker")
        try s.sendKeys("Escape")
        try await s.waitForAbsence("Find (name or time)")
        try s.sendKeys("C-w")
        try await s.waitFor("Find the client first")
        try s.type("Solveig Brekke")
        try await s.waitFor("No client matches “Solveig Brekke”")
        try s.sendKeys("C-n")
        try await s.waitFor("Last name:     Brekke")
        try s.type("1987-02-29")             // not a date: the field says so
        try await s.waitFor("Feb 1987 has 28 days")
        try s.sendKeys("C-u")
        try s.type("1988-02-28")
        try s.sendKeys("Tab")
        try s.type("519-555-0177")
        try s.sendKeys("C-s")
        try await s.waitForShown("Checked in Solveig Brekke (new client) as a walk-in with ")
        try await s.waitFor("Brekke, Solveig")
        try await s.waitFor("London Central · all caseworkers")

        // The sheet stays at her own site: front desk works on its own site's day (#16 item 2).
        try s.sendKeys("C-o")
        try await s.waitForShown("You work at London Central: other sites' day sheets")
        try await s.waitFor("London Central · all caseworkers")
        try await s.waitFor("Brekke, Solveig")

        // q is a name's first letter here too; Ctrl-C quits.
        try s.sendKeys("q")
        try await s.waitFor("Find (name or time): q")
        try s.sendKeys("Escape")
        try await s.waitForAbsence("Find (name or time)")
        try s.sendKeys("C-c")
        #expect(try await s.waitForExit() == 0)
    }

    /// Enter opens the selected row's menu, where the letters act.
    private func openRowMenu(in s: TmuxSession) async throws {
        try s.sendKeys("Enter")
        try await s.waitFor("Esc closes")
    }

    /// Moves the selection to the first Scheduled row below `after` (or from the top) and returns
    /// its screen row and the client's name as the detail line shows it.
    /// Moves the cursor up or down to screen line `row` and waits until it is selected.
    private func selectRow(_ row: Int, in s: TmuxSession) async throws {
        func selected() throws -> Int? { try s.capture().split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("> ") } }
        guard let now = try selected() else { throw E2EError(message: "no row is selected", screen: try s.capture()) }
        for _ in 0..<abs(now - row) { try s.sendKeys(now > row ? "Up" : "Down") }
        let deadline = ContinuousClock.now + .seconds(5)
        while try selected() != row {
            guard ContinuousClock.now < deadline else { throw E2EError(message: "row \(row) was never selected", screen: try s.capture()) }
            try await Task.sleep(for: .milliseconds(75))
        }
    }

    private func selectScheduledRow(in s: TmuxSession, after: Int?) async throws -> (row: Int, name: String) {
        let lines = try s.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let selected = lines.firstIndex(where: { $0.hasPrefix("> ") }) else {
            throw E2EError(message: "no row is selected", screen: lines.joined(separator: "\n"))
        }
        // Rows 4 to height-5 hold the table body; below it come two detail lines, the status line, the footer.
        let body = ((after ?? 3) + 1)..<(s.height - 4)
        guard let target = body.first(where: { lines[$0].hasSuffix("Scheduled") || lines[$0].hasSuffix("Not checked in") }) else {
            throw E2EError(message: "the demo day has no Scheduled appointment left at London Central", screen: lines.joined(separator: "\n"))
        }
        for _ in 0..<(target - selected) { try s.sendKeys("Down") }
        let deadline = ContinuousClock.now + .seconds(5)
        while try !s.capture().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(target).first!.hasPrefix("> ") {
            guard ContinuousClock.now < deadline else { throw E2EError(message: "row \(target) was never selected", screen: try s.capture()) }
            try await Task.sleep(for: .milliseconds(75))
        }
        // Line 3 from the bottom: " <name> · born <date> · <phone>".
        let detail = try s.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[s.height - 4]
        guard let name = detail.components(separatedBy: " · born").first?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            throw E2EError(message: "no detail line for the selected row", screen: try s.capture())
        }
        return (target, name)
    }
}
