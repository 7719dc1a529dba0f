import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Whole-screen snapshots kept as text files in `Tests/CaseloadAppTests/Snapshots/`, one per screen
/// and size, so a change to any screen shows up as a readable diff in review.
///
/// A missing file is written and the test fails (so CI never passes on a snapshot nobody has read).
/// After an intended change, re-record with `CASELOAD_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`
/// and read the diff before committing.
@MainActor enum SnapshotFile {
    nonisolated static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["CASELOAD_RECORD_SNAPSHOTS"] == "1" }

    /// The screen as the file holds it: every row with trailing spaces trimmed, a newline after each.
    static func text(of driver: TestDriver<CaseloadApp>) -> String {
        driver.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    @MainActor
    static func check(_ driver: TestDriver<CaseloadApp>, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let size = "\(driver.lines.first?.terminalWidth ?? 0)x\(driver.lines.count)"
        let file = folder.appendingPathComponent("\(name)-\(size).txt")
        let actual = text(of: driver)
        guard !isRecording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            if !isRecording { Issue.record("No snapshot \(file.lastPathComponent) yet: recorded it; read it, then run again.", sourceLocation: sourceLocation) }
            return
        }
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let differing = (0..<max(a.count, e.count)).filter { i in (i < a.count ? a[i] : "") != (i < e.count ? e[i] : "") }
        let shown = differing.prefix(6).map { i in
            "row \(i):\n  expected: \(i < e.count ? e[i] : "")\n  actual:   \(i < a.count ? a[i] : "")"
        }.joined(separator: "\n")
        Issue.record("Screen differs from \(file.lastPathComponent) on \(differing.count) rows (CASELOAD_RECORD_SNAPSHOTS=1 re-records):\n\(shown)",
                     sourceLocation: sourceLocation)
    }
}
