import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Running other programs (sqlite3, tmux, caseload) and finding them.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        var errorText: String
    }

    /// Runs to completion (killed after `timeout` seconds) and collects its output.
    ///
    /// posix_spawn rather than Foundation's Process, for what the end-to-end harness found too:
    /// Process left the exited tmux client unreaped and `waitUntilExit` never returned. Output goes
    /// to temporary files, not pipes, which the tmux server it starts could hold open.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: Double = 120) throws -> Result {
        let base = NSTemporaryDirectory() + "caseload-bench-\(getpid())-\(UUID().uuidString.prefix(8))"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // A clean signal state, so a tmux server started from here answers SIGTERM and SIGWINCH.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none); sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw BenchError("could not start \(executable): \(String(cString: strerror(spawned)))") }

        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL); _ = waitpid(pid, &status, 0)
                throw BenchError("\(executable) \(arguments.first ?? "") took over \(Int(timeout)) s and was stopped")
            }
            usleep(300)
        }
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = FileManager.default.contents(atPath: outPath) ?? Data()
        let errors = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: exitStatus, output: String(decoding: output, as: UTF8.self),
                      errorText: String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The first executable called `name` on PATH.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The `caseload` binary built beside this one (same build folder), if there is one.
    static var caseloadBinary: String? {
        let candidate = URL(fileURLWithPath: executablePath).deletingLastPathComponent().appendingPathComponent("caseload").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// This program's own file (argv[0] may be a bare name found on PATH).
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// A failure with a sentence for the person running the bench.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
