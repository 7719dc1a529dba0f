import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a short command to completion with a hard time limit, so a stuck tmux can never hang
/// the test run. Uses posix_spawn rather than Foundation's Process for two reasons seen here:
/// the test runner's threads block most signals and a spawned tmux server inherited that mask
/// (it then ignored SIGTERM and its panes would never see SIGWINCH), and Process did not reap
/// the exited tmux client. Output goes to temporary files, never pipes a daemon could hold open.
enum ProcessRunner {
    struct Result { var status: Int32; var output: String; var errorOutput: String }

    /// - Parameter environment: variables to set (or replace) in the child's copy of this process's environment.
    static func run(_ executable: String, _ arguments: [String], timeout: Duration = .seconds(10),
                    environment: [String: String] = [:]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("caseload-run-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("out").path, errPath = directory.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // A clean signal state: nothing blocked, every handler back to default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none); sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw E2EError(message: "could not start \(executable): \(String(cString: strerror(spawned)))")
        }

        let status = try waitForExit(pid, timeout: timeout, describing: ([executable] + arguments).joined(separator: " "))
        return Result(status: status,
                      output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      errorOutput: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// Polls waitpid every 5 ms; past the deadline the child is killed and reaped.
    private static func waitForExit(_ pid: pid_t, timeout: Duration, describing command: String) throws -> Int32 {
        let clock = ContinuousClock(), deadline = clock.now + timeout
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done == -1 && errno != EINTR { throw E2EError(message: "lost track of \(command)") }
            if clock.now >= deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw E2EError(message: "\(command) did not finish within \(timeout)")
            }
            usleep(5_000)
        }
        // WIFEXITED / WEXITSTATUS are macros; decode by hand.
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Finds an executable on PATH (nil when missing).
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
