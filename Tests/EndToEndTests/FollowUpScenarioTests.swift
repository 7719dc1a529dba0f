import Foundation
import Testing

/// A supervisor's morning: the team's load, one caseworker's queue, an overdue referral's client,
/// the missing contact attempt recorded, and the item gone from the queue.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct FollowUpScenarioTests {
    /// Zoë Côté (demo client 0) is a TRF referral three days old with no attempt: whose is she?
    private func zoesCaseworker(_ db: String) throws -> String {
        struct Item: Decodable { let rule: String; let client_name: String; let caseworker: String? }
        let json = try Caseload.run(["followups", "--db", db, "--format", "json"])
        let items = try JSONDecoder().decode([Item].self, from: Data(json.output.utf8))
        let username = try #require(items.first { $0.rule == "R-01" && $0.client_name == "Côté, Zoë" }?.caseworker)
        let staff = try Caseload.run(["staff", "list", "--db", db]).output.split(separator: "\n")
        let row = try #require(staff.first { $0.hasPrefix(username + " ") })
        // "arahman     Aisha Rahman        caseworker …": the name is the second column.
        return row.dropFirst(username.count).trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first!
    }

    @Test(.needsTmux) func supervisor_drills_in_and_clears_an_overdue_first_contact() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        let caseworker = try zoesCaseworker(db)
        let s = try Caseload.tui(db: db, user: "dlee", width: 120, height: 40)
        defer { s.kill() }
        try await s.waitFor("/ Search")

        // F3 opens everyone's items at the supervisor's site; t shows every caseworker's counts with a bar.
        try s.sendKeys("F3")
        try await s.waitFor("Everyone's follow-ups")
        try s.sendKeys("t")
        try await s.waitFor("Follow-ups by caseworker")
        let team = try s.capture().split(separator: "\n").map(String.init)
        let header = try #require(team.firstIndex { $0.contains("Caseworker") && $0.contains("Overdue") && $0.contains("Worst") })
        let row = try #require(team.firstIndex { $0.contains(caseworker) })
        #expect(team[row].contains("█") || team[row].hasSuffix(" 0"))
        for _ in 0..<(row - header - 1) { try s.sendKeys("Down") }
        try s.sendKeys("Enter")
        try await s.waitFor("\(caseworker)'s follow-ups")

        // Narrow to Zoë's first contact: client "cote", rule R-01.
        try s.sendKeys("/"); try s.type("cote"); try s.sendKeys("Enter")
        try s.sendKeys("f"); try s.type("R-01"); try s.sendKeys("Enter")
        try await s.waitFor("rule R-01")
        try await s.waitFor("First contact attempt (TRF referral)")
        let queue = try s.capture()
        #expect(queue.contains("R-01 · TRF referral received"))         // the explanation under the table
        #expect(queue.contains("! ") || queue.contains("today"))          // overdue rows carry the marker

        // Enter opens her file at the Notes tab; Esc comes back to the queue.
        try s.sendKeys("Enter")
        try await s.waitFor("[5 Notes]")
        #expect(try s.capture().contains("Côté, Zoë · CaMS"))
        try s.sendKeys("Escape")
        try await s.waitForAbsence("[5 Notes]")     // Esc fully handled before the next letter (not read as Alt-r)
        try await s.waitFor("\(caseworker)'s follow-ups")

        // r records the missing attempt right here; the item leaves the queue.
        try s.sendKeys("r")
        try await s.waitFor("Record contact attempt")
        try s.sendKeys("Tab", "Enter"); try s.type("no ans"); try s.sendKeys("Enter")
        try s.type("Rang the number on the referral; no voicemail box")   // the choice moved on to the note
        try s.sendKeys("Enter")
        // The status line says so; on a starved machine it may have come and gone before the first
        // capture, so the item leaving the queue counts as the same answer.
        try await s.waitForAny(["Contact attempt recorded for Côté, Zoë", "No item matches these filters"])
        try await s.waitForAbsence("First contact attempt (TRF referral)")
        try await s.waitFor("No item matches these filters")
        try s.sendKeys("Q")
        #expect(try await s.waitForExit() == 0)
    }
}
