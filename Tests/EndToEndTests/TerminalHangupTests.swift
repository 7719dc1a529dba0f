import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal goes away while SIGHUP is ignored (`nohup`, `trap '' HUP`): every read then returns
/// end of input at once. Caseload must end by itself, not spin on those reads with the database open.
@Suite(.timeLimit(.minutes(6)))
struct TerminalHangupTests {
    @Test(.needsTmux) func the_program_ends_when_its_terminal_is_killed_while_hangups_are_ignored() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let session = try TmuxSession(["/bin/sh", "-c", "trap '' HUP; exec \"$0\" --db \"$1\" --user dlee",
                                       try E2EEnvironment.product(), db])
        defer { session.kill() }
        try await session.waitFor("/ Search")
        let pid = try session.programPID()
        #expect(Self.isRunning(pid) && Self.isCaseload(pid))
        defer {   // never leave a spinning process behind when the test fails (and never kill a reused pid)
            if Self.isRunning(pid) && Self.isCaseload(pid) { kill(pid, SIGKILL) }
        }

        session.kill()   // its tmux server and so the terminal: the program's tty hangs up

        let clock = ContinuousClock(), deadline = clock.now + .seconds(5)
        while Self.isRunning(pid) && clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!Self.isRunning(pid), "caseload still runs 5 s after its terminal went away (state \(Self.state(pid) ?? "?"))")
    }

    /// Alive and not a zombie waiting to be reaped by whoever inherited it.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let state = state(pid) else { return false }
        return state != "Z" && state != "X"
    }

    static func isCaseload(_ pid: Int32) -> Bool {
        ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").hasPrefix("caseload")
    }

    /// The state letter from /proc/PID/stat (after the parenthesised command name), nil when gone.
    static func state(_ pid: Int32) -> String? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].split(separator: " ").first.map(String.init)
    }
}
