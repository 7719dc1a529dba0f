import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue #15 item 6 in the real binary: a caseworker is writing a note when the session is ended by
/// SIGTERM (a shutdown) or SIGHUP (the SSH connection dropped). The program restores the terminal,
/// keeps the typing and dies of the signal; the next time the note form opens it offers the text back.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct KeptDraftScenarioTests {
    @Test(.needsTmux, arguments: [(signal: "TERM", number: 15), (signal: "HUP", number: 1)])
    func a_note_cut_off_by_a_signal_is_offered_back(signal: String, number: Int) async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)

        let first = try Caseload.tui(db: db, user: "arahman")
        defer { first.kill() }
        try await startNote("Zoë rappellera — 王 vendredi", in: first)

        let pid = try first.programPID()
        _ = try ProcessRunner.run("/bin/kill", ["-\(signal)", String(pid)])
        #expect(try await first.waitForExit() == 128 + number)
        #expect(try !first.isAlternateScreenOn, "the terminal was given back")

        let second = try await noteFormOfferingBack("Zoë rappellera — 王 vendredi", db: db)
        defer { second.kill() }
        try await second.waitFor("Your unsaved case note is back: Ctrl-S saves it.")
        try second.sendKeys("C-s")
        try await second.waitFor("Note saved for")
    }

    /// SIGHUP ignored (`nohup`, `trap '' HUP`) and the terminal killed: input ends, and the typing is kept all the same.
    @Test(.needsTmux) func a_note_cut_off_by_a_vanished_terminal_is_offered_back() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)

        let first = try TmuxSession(["/bin/sh", "-c", "trap '' HUP; exec \"$0\" --db \"$1\" --user arahman",
                                     try E2EEnvironment.product(), db])
        defer { first.kill() }
        try await startNote("Côté n'a pas répondu — 王", in: first)
        let pid = try first.programPID()
        defer { if TerminalHangupTests.isRunning(pid) && TerminalHangupTests.isCaseload(pid) { kill(pid, SIGKILL) } }
        first.kill()                                            // the terminal goes away
        let clock = ContinuousClock(), deadline = clock.now + .seconds(10)
        while TerminalHangupTests.isRunning(pid) && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!TerminalHangupTests.isRunning(pid))

        let second = try await noteFormOfferingBack("Côté n'a pas répondu — 王", db: db)
        second.kill()
    }

    /// As arahman: the first client's note form, Phone, the Type list's first entry, then `text`.
    private func startNote(_ text: String, in session: TmuxSession) async throws {
        try await session.waitFor("Aisha Rahman (Caseworker)")
        try await openFirstClientsNoteForm(in: session)
        try session.type("ph")
        try session.sendKeys("Enter", "Enter", "Enter", "Tab")
        try session.type(text)
        try await session.waitFor(text)
    }

    /// A new session whose note form offers `text` back; `y` restores it.
    private func noteFormOfferingBack(_ text: String, db: String) async throws -> TmuxSession {
        let session = try Caseload.tui(db: db, user: "arahman")
        try await session.waitFor("Aisha Rahman (Caseworker)")
        try await openFirstClientsNoteForm(in: session)
        try await session.waitFor("Restore unsaved typing?")
        try session.sendKeys("y")
        try await session.waitFor(text)
        return session
    }

    /// Enter on the first row of the caseworker's own clients, then `n`.
    private func openFirstClientsNoteForm(in session: TmuxSession) async throws {
        try session.sendKeys("Enter")
        try await session.waitFor("Client · ")
        try session.sendKeys("n")
        try await session.waitFor("Communication:")
    }
}
