import Foundation

/// A program running in a detached tmux pane of a fixed size: keys go in with `send-keys`,
/// the screen comes out with `capture-pane` (tui-notes §5.2). Each session has its own tmux
/// server socket, so tests never touch the user's tmux and `kill()` leaves nothing behind.
/// Every step has a hard timeout, and so does the whole session (`scenarioTimeout`).
final class TmuxSession {
    let name: String
    let width: Int, height: Int
    private let tmux: String
    private let socket: String
    private let workDirectory: URL
    private let statusFile: String
    private let scenarioDeadline: ContinuousClock.Instant
    private var killed = false

    /// Starts the program `arguments` (not a shell line) in a new detached session of `width`x`height`.
    /// `LANG=C.UTF-8` is set for the program, plus `environment`. Throws `E2EError.tmuxMissing`
    /// when tmux is not installed.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
         scenarioTimeout: Duration = .seconds(330)) throws {
        guard let tmux = ProcessRunner.which("tmux") else { throw E2EError.tmuxMissing }
        let id = UUID().uuidString.prefix(8).lowercased()
        self.tmux = tmux
        self.name = "e2e-\(id)"
        self.width = width; self.height = height
        self.scenarioDeadline = ContinuousClock.now + scenarioTimeout
        workDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-\(name)")
        socket = workDirectory.appendingPathComponent("socket").path   // removed with the folder by kill()
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        // Our own config, never the user's: the terminal type the app meets in real use, no
        // status row, and a pane that stays after the program exits so its last screen and exit
        // status can still be read.
        let config = workDirectory.appendingPathComponent("tmux.conf")
        try """
            set -g default-terminal tmux-256color
            set -g status off
            set -g remain-on-exit on
            set -g history-limit 0
            """.write(to: config, atomically: true, encoding: .utf8)
        var env = ["LANG": "C.UTF-8"]
        env.merge(environment) { _, new in new }
        let envFlags = env.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        // tmux 3.3a sometimes loses a dead pane's exit status (#{pane_dead_status} stays empty),
        // so a small shell runs the program and writes its status to a file.
        statusFile = workDirectory.appendingPathComponent("exit-status").path
        let wrapper = ["/bin/sh", "-c", #""$0" "$@"; echo $? > "$CASELOAD_E2E_STATUS_FILE""#]
        let statusFlag = ["-e", "CASELOAD_E2E_STATUS_FILE=\(statusFile)"]
        do {
            try run(["-f", config.path, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
                    + envFlags + statusFlag + ["--"] + wrapper + arguments)
            try run(["set-option", "-t", name, "status", "off"])
        } catch {
            kill()
            throw error
        }
    }

    /// Convenience: a shell command line, run by /bin/sh.
    convenience init(shell command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:],
                     scenarioTimeout: Duration = .seconds(330)) throws {
        try self.init(["/bin/sh", "-c", command], width: width, height: height, environment: environment,
                      scenarioTimeout: scenarioTimeout)
    }

    deinit { kill() }

    // MARK: Input

    /// Presses keys by tmux name: `Down`, `Enter`, `Escape`, `Tab`, `BTab`, `BSpace`, `DC`,
    /// `Home`, `End`, `PPage`, `NPage`, `F2`, `C-s`, `M-x`, or a single character.
    func sendKeys(_ names: String...) throws {
        try run(["send-keys", "-t", name] + names)
    }

    /// Types text literally (UTF-8), e.g. "Zoë 王".
    func type(_ literal: String) throws {
        try run(["send-keys", "-t", name, "-l", "--", literal])
    }

    // MARK: Output

    /// The visible screen, one line per row, trailing spaces trimmed by tmux.
    func capture() throws -> String {
        let text = try run(["capture-pane", "-p", "-t", name])
        return text.hasSuffix("\n") ? String(text.dropLast()) : text   // one line per row, no extra empty one
    }

    /// Appends everything the program writes to the terminal from now on to `file` (tmux pipe-pane):
    /// a status message that comes and goes between two starved captures is still there to find.
    func recordOutput(to file: URL) throws {
        try run(["pipe-pane", "-o", "-t", name, "cat >> '\(file.path)'"])
        outputFile = file
    }

    /// Where `recordOutput(to:)` appends the program's output.
    private(set) var outputFile: URL?

    /// Waits until `text` is on screen or, once `recordOutput(to:)` runs, was written to it: a status
    /// message that came and went between two starved captures still counts.
    func waitForShown(_ text: String, timeout: Duration = .seconds(90)) async throws {
        try await poll("\"\(text)\" to be shown", timeout: timeout) { screen in
            screen.contains(text) || (self.outputFile.flatMap { try? Data(contentsOf: $0) }?.range(of: Data(text.utf8)) != nil)
        }
    }

    /// Waits until `text` is on screen, polling every 75 ms (a generous default: a loaded CI machine
    /// can take seconds to redraw; a passing poll returns at once). On timeout the error shows the screen.
    func waitFor(_ text: String, timeout: Duration = .seconds(90)) async throws {
        try await poll("\"\(text)\" to appear", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until one of `texts` is on screen (a screen that loads in steps can show either) and
    /// returns the first of them found.
    @discardableResult
    func waitForAny(_ texts: [String], timeout: Duration = .seconds(90)) async throws -> String {
        var found = ""
        try await poll("one of \(texts) to appear", timeout: timeout) { screen in
            found = texts.first { screen.contains($0) } ?? ""
            return !found.isEmpty
        }
        return found
    }

    /// Waits until `text` is no longer on screen.
    func waitForAbsence(_ text: String, timeout: Duration = .seconds(90)) async throws {
        try await poll("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
    }

    /// Waits until the program has exited and returns its exit status (128+n for signal n).
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(90)) async throws -> Int {
        var status: Int?
        try await poll("the program to exit", timeout: timeout) { _ in
            status = try self.exitStatus()
            return status != nil
        }
        return status ?? -1
    }

    /// Exit status once the program has ended (128+n for signal n), nil while it runs.
    func exitStatus() throws -> Int? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The hardware cursor (0-based column, row), where screen readers look.
    func cursorPosition() throws -> (x: Int, y: Int) {
        let parts = try display("#{cursor_x},#{cursor_y}").split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2 else { throw E2EError(message: "tmux reported no cursor position", screen: try? capture()) }
        return (parts[0], parts[1])
    }

    /// True while the program uses the alternate screen (a full-screen app that has not ended).
    var isAlternateScreenOn: Bool {
        get throws { try display("#{alternate_on}") == "1" }
    }

    /// The process id of the program (to send it signals): the only child of the pane's shell.
    func programPID() throws -> Int32 {
        guard let shell = Int32(try display("#{pane_pid}")) else { throw E2EError(message: "tmux reported no pane pid") }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
            throw E2EError(message: "the program in session \(name) is not running", screen: try? capture())
        }
        return pid
    }

    // MARK: Control

    /// Resizes the window; the program gets SIGWINCH (KEY_RESIZE in ncurses).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Ends the session and its tmux server. Safe to call more than once; `deinit` calls it.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? ProcessRunner.run(tmux, ["-S", socket, "kill-server"], timeout: .seconds(5))
        try? FileManager.default.removeItem(at: workDirectory)
        for folder in ownedFolders { try? FileManager.default.removeItem(at: folder) }
    }

    /// Folders the session's scenario made (a demo database's), removed with the session.
    var ownedFolders: [URL] = []

    // MARK: Plumbing

    private func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func poll(_ what: String, timeout: Duration, until done: (String) throws -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = min(clock.now + timeout, scenarioDeadline)
        var screen = ""
        while true {
            screen = try capture()
            if try done(screen) { return }
            if clock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(75))
        }
        let reason = clock.now >= scenarioDeadline ? "the whole scenario ran out of time" : "waited \(timeout)"
        throw E2EError(message: "Timed out waiting for \(what) (\(reason)) in \(width)x\(height) session \(name).",
                       screen: screen)
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        guard !killed else { throw E2EError(message: "tmux session \(name) was already killed") }
        guard ContinuousClock.now < scenarioDeadline else {
            throw E2EError(message: "The scenario ran out of time before: tmux \(arguments.joined(separator: " "))",
                           screen: nil)
        }
        let result = try ProcessRunner.run(tmux, ["-S", socket] + arguments)
        guard result.status == 0 else {
            throw E2EError(message: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.errorOutput)")
        }
        return result.output
    }
}
