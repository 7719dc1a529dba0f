import Foundation
import Testing

/// A tmux test that cannot run is reported as skipped, with why; never as a pass that ran nothing.
struct SkippedTmuxTestsTests {
    @Test func withoutTmuxOnThePathTheTestsAreSkippedUnlessCIRequiresThem() throws {
        let empty = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let reason = E2EEnvironment.tmuxSkipReason(["PATH": empty.path])
        #expect(reason?.contains("tmux is not installed") == true)
        #expect(E2EEnvironment.tmuxSkipReason(["PATH": empty.path, "CASELOAD_REQUIRE_E2E": "1"]) == nil,
                "CI requires them: a missing tmux must fail there, not skip")
        #expect(E2EEnvironment.tmuxSkipReason(["PATH": "/usr/bin:/bin", "CASELOAD_SKIP_E2E": "1"])?.contains("on purpose") == true)
    }

    /// The old way (`guard !E2EEnvironment.isSkipped else { return }`, or `guard let … = which(…)
    /// else { return }`) counted as a pass; a test that cannot run says so with a trait instead.
    @Test func noEndToEndTestReturnsEarlyInsteadOfBeingSkipped() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "SkippedTmuxTestsTests.swift" } ?? []
        #expect(files.count > 20)
        let early = try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").enumerated().compactMap { i, line in
                let quiet = line.contains("isSkipped else { return }") || (line.contains(".which(") && line.contains("else { return }"))
                return quiet ? "\(file.lastPathComponent):\(i + 1)" : nil
            }
        }
        #expect(early.isEmpty, "these return early and would be reported as passed: \(early)")
    }
}
