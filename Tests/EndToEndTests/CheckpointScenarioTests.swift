import CaseloadCore
import Foundation
import Testing

/// Issue #19: a caseworker's overdue R-08 item in F3 → `c` opens the checkpoint form → recorded with
/// its evidence; the item leaves the queue, the Employment tab shows it with its PBF verdict, the
/// Notes tab has the Checkpoint note, and the CLI agrees. Then the checkpoint is corrected with a reason.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct CheckpointScenarioTests {
    struct Item: Decodable {
        let rule: String, client_name: String, caseworker: String?, status: String, key: String, title: String, due: String
    }

    static func items(_ db: String) throws -> [Item] {
        let json = try Caseload.run(["followups", "--db", db, "--format", "json"])
        return try JSONDecoder().decode([Item].self, from: Data(json.output.utf8))
    }

    /// An overdue R-08 item whose client has no other overdue one and a name typed as is (the demo is
    /// seeded and dated from today, so many such items exist whatever the day).
    static func overdueCheckpoint(_ db: String) throws -> Item {
        let overdue = try items(db).filter { $0.rule == "R-08" && $0.status == "overdue" && $0.caseworker != nil }
        let item = overdue.first { item in
            item.client_name.allSatisfy { $0.isASCII } && overdue.filter { $0.client_name == item.client_name }.count == 1
        }
        return try #require(item, "the demo has no overdue R-08 item to record: \(overdue.map(\.client_name))")
    }

    @Test(.needsTmux) func an_overdue_checkpoint_is_recorded_from_f3_with_evidence_then_corrected() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        let item = try Self.overdueCheckpoint(db)
        let lastName = String(item.client_name.split(separator: ",")[0])
        let month = String(item.title.prefix { $0 != " " })   // "1-month employment checkpoint" → "1-month"
        let due = try #require(LocalDate(iso: item.due)).long
        let s = try Caseload.tui(db: db, user: item.caseworker!, width: 120, height: 40)
        defer { s.kill() }
        try await s.waitFor("/ Search")

        // F3, narrowed to the client's R-08 items; the overdue one is first.
        try s.sendKeys("F3")
        try await s.waitFor("My follow-ups")
        try s.sendKeys("/"); try s.type(lastName); try s.sendKeys("Enter")
        try s.sendKeys("f"); try s.type("R-08"); try s.sendKeys("Enter")
        try await s.waitFor("rule R-08")
        try s.sendKeys("Home")
        try await s.waitFor("\(item.client_name) · due \(due) · overdue")

        // c opens the checkpoint form: still employed (Yes), 25 hours, Phone, Pay stub, a reference, a note.
        try s.sendKeys("c")
        try await s.waitFor("Record the \(month) checkpoint")
        try s.sendKeys("Tab", "Tab", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try s.type("25")
        try s.sendKeys("Tab", "Tab", "Enter")
        try await s.waitFor("> Phone")
        try s.sendKeys("Enter")
        try await s.waitFor("Contact method: Phone")
        try s.sendKeys("Enter")
        try await s.waitFor("> Pay stub")
        try s.sendKeys("Enter")
        try await s.waitFor("Evidence:       Pay stub")
        try s.type("paystub-e2e.pdf")
        try s.sendKeys("Tab")
        try s.type("Pay stub seen: 25 hours a week.")
        try s.sendKeys("Enter")

        // The Employment tab shows it recorded with its evidence and verdict.
        try await s.waitFor("evidence: Pay stub · paystub-e2e.pdf")
        let recorded = try s.capture()
        #expect(recorded.contains("still employed, 25 h)"), "\(recorded)")
        #expect(recorded.contains("earns PBF") || recorded.contains("no PBF"), "the PBF verdict (R-12):\n\(recorded)")
        #expect(!recorded.contains("Record the \(month) checkpoint"), "the form closed:\n\(recorded)")

        // The Notes tab has the Checkpoint note.
        try s.sendKeys("5")
        try await s.waitFor("[5 Notes]")
        try await s.waitFor("Checkpoint")
        try s.sendKeys("7")
        try await s.waitFor("[7 Employment]")

        // K corrects it: 18 hours, with the reason; the tab says who, when and why, and the verdict follows.
        try s.sendKeys("K")
        try await s.waitFor("Correct the \(month) checkpoint")
        try s.sendKeys("Tab", "Tab", "BSpace", "BSpace", "BSpace", "BSpace")
        try s.type("18")
        for _ in 0..<6 { try s.sendKeys("Down") }
        try s.type("the pay stub shows 18 hours")
        try s.sendKeys("Enter")
        try await s.waitFor("because the pay stub shows 18 hours")
        let corrected = try s.capture()
        #expect(corrected.contains("\(month) checkpoint corrected on"), "\(corrected)")
        #expect(corrected.contains("still employed, 18 h)") && corrected.contains("no PBF"), "\(corrected)")

        // Back in F3 the item is gone.
        try s.sendKeys("Escape")
        try await s.waitFor("My follow-ups")
        try await s.waitForAbsence("\(item.client_name) · due \(due) · overdue")
        try s.sendKeys("Q")
        #expect(try await s.waitForExit() == 0)

        // The CLI agrees: no such item in the queue, and `caseload check` finds the stored verdicts right.
        #expect(try !Self.items(db).contains { $0.key == item.key })
        let check = try Caseload.run(["check", "--db", db])
        #expect(check.status == 0 && check.output.contains("healthy"), "\(check.output)\(check.errorOutput)")
    }
}
