import Foundation
import Testing

/// Tests of the tmux harness itself, with a plain shell command instead of the app, so a broken
/// harness is told apart from a broken app.
@Suite(.serialized, .needsTmux, .timeLimit(.minutes(6)))
struct HarnessSelfTests {
    @Test func harness_reads_unicode_back() async throws {
        let session = try TmuxSession(shell: #"printf 'Zoë Côté 王秀英|\n'; sleep 60"#, width: 40, height: 5)
        defer { session.kill() }
        try await session.waitFor("Zoë Côté 王秀英|")
        let lines = try session.capture().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Zoë Côté 王秀英|")
        #expect(lines.count == 5)   // one line per row of a 40x5 pane: no status row
    }

    @Test func harness_types_keys_and_reads_cursor() async throws {
        // The shell echoes what `read` gets, so keys and literal text both reach the program.
        let session = try TmuxSession(shell: #"printf 'name? '; read -r line; printf '\n<%s>\n' "$line"; sleep 60"#,
                                      width: 30, height: 4)
        defer { session.kill() }
        try await session.waitFor("name?")
        #expect(try session.cursorPosition() == (6, 0))
        try session.type("Zoë 王")
        try await session.waitFor("name? Zoë 王")
        #expect(try session.cursorPosition() == (12, 0))   // 王 takes two columns
        try session.sendKeys("Enter")
        try await session.waitFor("<Zoë 王>")
        #expect(try !session.isAlternateScreenOn)
    }

    @Test func harness_fails_with_the_screen_when_text_never_appears() async throws {
        let session = try TmuxSession(shell: #"printf 'Only this line\n'; sleep 60"#, width: 30, height: 3)
        defer { session.kill() }
        try await session.waitFor("Only this line")
        let clock = ContinuousClock(), start = clock.now
        do {
            try await session.waitFor("Clients", timeout: .milliseconds(400))
            Issue.record("waitFor should have timed out")
        } catch let error as E2EError {
            #expect(clock.now - start >= .milliseconds(400))
            #expect(clock.now - start < .seconds(3))
            let message = "\(error)"
            #expect(message.contains("\"Clients\""))
            #expect(message.contains("Only this line"))
        }
        try await session.waitForAbsence("Clients", timeout: .milliseconds(200))
    }

    @Test func harness_sees_resize_alternate_screen_and_exit_status() async throws {
        // tput smcup/rmcup switch the alternate screen like a full-screen app does.
        let session = try TmuxSession(shell: #"tput smcup; stty size; read -r _; stty size; read -r _; tput rmcup; exit 3"#,
                                      width: 50, height: 10)
        defer { session.kill() }
        try await session.waitFor("10 50")
        #expect(try session.isAlternateScreenOn)
        try session.resize(width: 70, height: 12)
        try session.sendKeys("Enter")
        try await session.waitFor("12 70")
        try session.sendKeys("Enter")
        #expect(try await session.waitForExit() == 3)
        #expect(try !session.isAlternateScreenOn)
    }

    @Test func harness_kill_is_idempotent_and_ends_the_program() async throws {
        let session = try TmuxSession(shell: "sleep 30", width: 20, height: 2)
        let pid = try session.programPID()
        session.kill()
        session.kill()
        // The program is gone with its tmux server (a zombie waiting for init counts as gone).
        let clock = ContinuousClock(), deadline = clock.now + .seconds(3)
        while isAlive(pid) && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!isAlive(pid))
        #expect(throws: E2EError.self) { try session.capture() }
    }

    private func isAlive(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }
}
