import Foundation
import Testing

/// A supervisor's morning: the team's load, one caseworker's queue, an overdue referral, the missing
/// contact attempt recorded, and the item gone from the queue.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct FollowUpScenarioTests {
    @Test func supervisor_drills_in_and_clears_an_overdue_first_contact() async throws {
        guard !E2EEnvironment.isSkipped else { return }
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        let s = try Caseload.tui(db: db, user: "dlee", width: 120, height: 40)
        defer { s.kill() }
        try await s.waitFor("/ Search")

        // The demo's Zoë Côté: a TRF referral three days old with no contact attempt.
        try s.sendKeys("F3")
        try await s.waitFor("Everyone's follow-ups")
        try s.sendKeys("f")
        try await s.waitFor("rule R-01")
        let zoeRow = try #require(try s.capture().split(separator: "\n").first { $0.contains("Côté, Zoë") })
        let caseworker = try #require(zoeRow.split(separator: " ", omittingEmptySubsequences: true).suffix(2).joined(separator: " ") as String?)

        // The team view: counts and a bar per caseworker; drill into Zoë's caseworker.
        try s.sendKeys("t")
        try await s.waitFor("Overdue follow-ups by caseworker")
        let team = try s.capture().split(separator: "\n").map(String.init)
        let header = try #require(team.firstIndex { $0.contains("Caseworker") && $0.contains("Overdue") })
        let row = try #require(team.firstIndex { $0.contains(caseworker) })
        #expect(team[row].contains("█"))
        for _ in 0..<(row - header - 1) { try s.sendKeys("Down") }
        try s.sendKeys("Enter")
        try await s.waitFor("\(caseworker)'s follow-ups")
        try s.sendKeys("f")
        try await s.waitFor("rule R-01")

        // Open Zoë from her R-01 item and record the missing attempt as a note.
        let lines = try s.capture().split(separator: "\n").map(String.init)
        let tableTop = try #require(lines.firstIndex { $0.contains("Due") && $0.contains("Rule") })
        let zoe = try #require(lines.firstIndex { $0.contains("Côté, Zoë") })
        for _ in 0..<(zoe - tableTop - 1) { try s.sendKeys("Down") }
        try s.sendKeys("Enter")
        try await s.waitFor("Côté, Zoë · CaMS")
        try s.sendKeys("n")
        try await s.waitFor("Communication:")
        try s.sendKeys("Enter"); try s.type("ph"); try s.sendKeys("Enter")
        try s.sendKeys("Tab", "Enter"); try s.type("contact att"); try s.sendKeys("Enter")
        try await s.waitFor("Attempt by:")
        try s.sendKeys("Tab", "Enter"); try s.type("phone"); try s.sendKeys("Enter")
        try s.sendKeys("Tab", "Enter"); try s.type("voicemail"); try s.sendKeys("Enter")
        try s.sendKeys("Tab"); try s.type("First attempt")
        try s.sendKeys("Tab"); try s.type("Left a voicemail; will try again tomorrow.")
        try s.sendKeys("C-s")
        try await s.waitFor("Note saved for Côté, Zoë.")

        // Back to the queue: the R-01 item has left it.
        try s.sendKeys("Escape")
        try await s.waitFor("\(caseworker)'s follow-ups")
        try await s.waitForAbsence("Côté, Zoë")
        try s.sendKeys("Q")
        #expect(try await s.waitForExit() == 0)
    }
}
