import Foundation
import Testing

/// Where the end-to-end tests find what they run, and whether they run at all.
enum E2EEnvironment {
    /// Why the tmux tests do not run here, or nil when they do. `CASELOAD_SKIP_E2E=1` skips them on
    /// purpose; without tmux on the PATH they are skipped too, unless `CASELOAD_REQUIRE_E2E=1` (CI)
    /// says they must run, and then a missing tmux fails them with `E2EError.tmuxMissing`.
    static func tmuxSkipReason(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if environment["CASELOAD_SKIP_E2E"] == "1" { return "CASELOAD_SKIP_E2E=1 skips the tmux tests on purpose" }
        if environment["CASELOAD_REQUIRE_E2E"] == "1" { return nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let found = path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
        return found ? nil : "tmux is not installed (apt-get install -y tmux), so the tmux tests cannot run"
    }

    /// The tmux tests run in this process (else they are reported as skipped, with the reason).
    static var runsTmux: Bool { tmuxSkipReason() == nil }

    /// The folder of the running test executable: `.build/<triple>/debug/`, where SwiftPM also
    /// puts the products the tests depend on.
    static var buildDirectory: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // On some platforms the test executable sits inside a bundle folder; climb out of it.
        while dir.pathExtension == "xctest" || dir.lastPathComponent == "Contents" || dir.lastPathComponent == "MacOS" {
            dir.deleteLastPathComponent()
        }
        return dir
    }

    /// The built executable `name` next to the test bundle (default: the `caseload` app).
    static func product(_ name: String = "caseload") throws -> String {
        let path = buildDirectory.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw E2EError(message: "\(name) was not found at \(path). Build it first (swift build), then run the tests.")
        }
        return path
    }
}

extension Trait where Self == ConditionTrait {
    /// A test or suite that drives a terminal through tmux: reported as skipped, with the reason,
    /// where tmux cannot run (never a silent pass).
    static var needsTmux: Self {
        .enabled(if: E2EEnvironment.runsTmux, Comment(rawValue: E2EEnvironment.tmuxSkipReason() ?? "tmux runs here"))
    }

    /// A test that reads a database file with the `sqlite3` command.
    static var needsSQLite3: Self {
        .enabled(if: ProcessRunner.which("sqlite3") != nil, "the sqlite3 command is not installed (apt-get install -y sqlite3)")
    }
}
