import Foundation
import Testing

/// Issue #21's done-when: a supervisor opens Reports, moves to last month, drills into early exits
/// and opens a client; the screen's count is the one `caseload report monthly` prints.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct ReportsScenarioTests {
    @Test(.needsTmux) func supervisor_opens_last_months_early_exits_and_a_client() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)

        // Last month as the command sees it (the demo's data is dated from today).
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Toronto")!
        let lastMonth = calendar.date(byAdding: .month, value: -1, to: Date())!
        let parts = calendar.dateComponents([.year, .month], from: lastMonth)
        let month = String(format: "%04d-%02d", parts.year!, parts.month!)
        let json = try Caseload.run(["report", "monthly", "--month", month, "--format", "json", "--db", db, "--user", "dlee"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        let exits = try #require(figures.first { $0["id"] as? String == "early_exits" }?["count"] as? Int)
        try #require(exits > 0, "the demo has no early exit in \(month) to drill into")

        let s = try Caseload.tui(db: db, user: "dlee", width: 80, height: 24)
        defer { s.kill() }
        try await s.waitFor("/ Search")
        try s.sendKeys("F10")
        try await s.waitFor("Menu (F10)")
        try s.type("r")
        try await s.waitFor("Clients served")
        try s.sendKeys("Left")
        let monthName = DateFormatter().monthSymbols[parts.month! - 1]
        try await s.waitFor("\(monthName) \(parts.year!),")

        // Down to the early exits figure: its row shows the command's count.
        func selectedRow() throws -> String { try s.capture().split(separator: "\n").map(String.init).first { $0.hasPrefix("> ") } ?? "" }
        var row = try selectedRow()
        for _ in 0..<40 where !row.contains("Closed before the 12") {
            try s.sendKeys("Down")
            // One key at a time: wait for the selection to move before the next.
            for _ in 0..<100 {
                try await Task.sleep(for: .milliseconds(50))
                let now = try selectedRow()
                if now != row { row = now; break }
            }
        }
        #expect(row.contains("Closed before the 12"))   // cut to the column at 80 wide
        #expect(row.contains(" \(exits) "), "\(row)")

        try s.sendKeys("Enter")
        try await s.waitFor("Early exits (R-10): Closed before the 12-month checkpoint")
        try await s.waitFor("\(exits) client")
        let first = try #require(try s.capture().split(separator: "\n").map(String.init).first { $0.hasPrefix("> ") })
        let name = first.dropFirst(2).components(separatedBy: "  ").first!.trimmingCharacters(in: .whitespaces)
        try s.sendKeys("Enter")
        try await s.waitFor("Client · \(name)")
        try await s.waitFor("[1 Summary]")
        try s.sendKeys("Escape")
        try await s.waitFor("Enter opens one")
    }
}
