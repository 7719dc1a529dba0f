import Foundation

/// Where the end-to-end tests find what they run, and whether they run at all.
enum E2EEnvironment {
    /// `CASELOAD_SKIP_E2E=1` asks to skip the tmux tests. Only the tests that check this flag skip,
    /// and they do it by returning early, so Swift Testing reports them as passed, not as skipped.
    /// Without it a missing tmux fails them with `E2EError.tmuxMissing`.
    static var isSkipped: Bool { ProcessInfo.processInfo.environment["CASELOAD_SKIP_E2E"] == "1" }

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
