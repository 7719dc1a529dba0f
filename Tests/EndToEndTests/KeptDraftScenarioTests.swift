import Foundation
import Testing

/// Issue #15 item 6 in the real binary: a caseworker is writing a note when the session is ended by
/// SIGTERM (a shutdown) or SIGHUP (the SSH connection dropped). The program restores the terminal,
/// keeps the typing and dies of the signal; the next time the note form opens it offers the text back.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct KeptDraftScenarioTests {
    @Test(arguments: [(signal: "TERM", number: 15), (signal: "HUP", number: 1)])
    func a_note_cut_off_by_a_signal_is_offered_back(signal: String, number: Int) async throws {
        guard !E2EEnvironment.isSkipped else { return }
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)

        let first = try Caseload.tui(db: db, user: "arahman")
        defer { first.kill() }
        try await first.waitFor("Aisha Rahman (Caseworker)")
        try await openFirstClientsNoteForm(in: first)
        try first.type("ph")
        try first.sendKeys("Enter", "Enter", "Enter", "Tab")   // Phone; the Type list's first entry
        try first.type("Zoë rappellera — 王 vendredi")
        try await first.waitFor("Zoë rappellera — 王 vendredi")

        let pid = try first.programPID()
        _ = try ProcessRunner.run("/bin/kill", ["-\(signal)", String(pid)])
        #expect(try await first.waitForExit() == 128 + number)
        #expect(try !first.isAlternateScreenOn, "the terminal was given back")

        let second = try Caseload.tui(db: db, user: "arahman")
        defer { second.kill() }
        try await second.waitFor("Aisha Rahman (Caseworker)")
        try await openFirstClientsNoteForm(in: second)
        try await second.waitFor("Restore unsaved typing?")
        try second.sendKeys("y")
        try await second.waitFor("Your unsaved case note is back: Ctrl-S saves it.")
        try await second.waitFor("Zoë rappellera — 王 vendredi")
        try second.sendKeys("C-s")
        try await second.waitFor("Note saved for")
    }

    /// Enter on the first row of the caseworker's own clients, then `n`.
    private func openFirstClientsNoteForm(in session: TmuxSession) async throws {
        try session.sendKeys("Enter")
        try await session.waitFor("Client · ")
        try session.sendKeys("n")
        try await session.waitFor("Communication:")
    }
}
