import Foundation

/// A private tmux server (its own socket, so nobody's sessions are touched) for driving the real
/// `caseload` binary as a person would: keys in with `send-keys`, screen out with `capture-pane`.
struct Tmux {
    let executable: String
    let socket: String

    init?(socket: String) {
        guard let tmux = Subprocess.find("tmux") else { return nil }
        executable = tmux
        self.socket = socket
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> Subprocess.Result {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil   // the bench may itself run inside tmux
        let result = try Subprocess.run(executable, ["-L", socket] + arguments, environment: env, timeout: 10)
        if result.status != 0 { throw BenchError("tmux \(arguments.first ?? "") failed: \(result.errorText)") }
        return result
    }

    func capture(_ target: String) -> String {
        (try? run(["capture-pane", "-p", "-t", target]).output) ?? ""
    }

    func send(_ target: String, keys: [String]) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    func send(_ target: String, text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Polls the pane every few milliseconds until `done` holds; the screen then, or nil on timeout.
    func waitFor(_ target: String, timeout: Double = 10, _ done: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = capture(target)
            if done(screen) { return screen }
            usleep(3_000)
        }
        return nil
    }

    /// The process running in the pane (started without a shell, so it is the program itself).
    func panePID(_ target: String) -> Int32? {
        (try? run(["display-message", "-p", "-t", target, "#{pane_pid}"]))
            .flatMap { Int32($0.output.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Stops this private server and everything running in it.
    func killServer() {
        _ = try? run(["kill-server"])
    }
}
