import CaseloadCore
import Foundation
import Testing

/// Issue #20's scenario in the real binary on a demo database (seed 7, 20 clients): Aisha Rahman
/// (arahman, caseworker, London Central) drafts a $250 transportation support for her client Dirk
/// Dhillon with a document reference and submits it; Daniel Lee (dlee, supervisor) finds it in the
/// approval queue and approves it with an SSM reference; the FS-APPROVAL item is gone and the
/// totals count it as approved.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct SupportScenarioTests {
    @Test(.needsTmux) func aDraftedSupportIsSubmittedQueuedAndApprovedWithTheSSMReference() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)
        let today = LocalDate.today(in: FollowUpEngine.agencyTimeZone).iso
        func approvalItems() throws -> (count: Int, csv: String) {
            let run = try Caseload.run(["followups", "--format", "csv", "--db", db, "--user", "arahman"])
            let csv = run.output + run.errorOutput
            return (csv.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("FS-APPROVAL") && $0.contains("Dhillon") }.count, csv)
        }
        func approvedToday() throws -> String {
            try Caseload.run(["supports", "--from", today, "--to", today, "--format", "csv", "--db", db, "--user", "dlee"]).output
        }
        #expect(!(try approvedToday()).contains("Approved,Transportation"))

        let worker = try Caseload.tui(db: db, user: "arahman")
        defer { worker.kill() }
        try await worker.waitFor("Aisha Rahman (Caseworker)")
        try worker.sendKeys("/")
        try worker.type("dhillon")
        try await worker.waitFor("Dhillon, Dirk")
        try worker.sendKeys("Enter")
        try await worker.waitFor("Dhillon, Dirk")
        try worker.sendKeys("$")
        try await worker.waitFor("Financial supports of Dhillon, Dirk")
        try worker.sendKeys("n")
        try await worker.waitFor("New financial support (draft)")
        try worker.type("Transp")
        try worker.sendKeys("Enter", "Tab")
        try worker.type("$250")
        try worker.sendKeys("Tab")
        try worker.type("Bus pass for the first month of work")
        try worker.sendKeys("Tab")
        try worker.type("Receipt 4411")
        try worker.sendKeys("C-s")
        try await worker.waitFor("Draft saved: Transportation $250.00")
        try worker.sendKeys("s")
        try await worker.waitFor("it waits in the supervisor's approval queue")
        worker.kill()
        let before = try approvalItems()
        #expect(before.count == 1, "\(before.csv)")

        let boss = try Caseload.tui(db: db, user: "dlee", width: 200, height: 60)
        defer { boss.kill() }
        try await boss.waitFor("Daniel Lee (Supervisor)")
        try boss.sendKeys("F10")
        try await boss.waitFor("Supports to approve")
        try boss.sendKeys("s")
        try await boss.waitFor("waiting for the SSM's decision")
        // Oldest first: today's submission is the last row.
        try boss.sendKeys("End")
        try await boss.waitFor("Rationale: Bus pass for the first month of work")
        try await boss.waitFor("Documents: Receipt 4411")
        try boss.sendKeys("a")
        try await boss.waitFor("Approve support")
        try boss.type("SSM-2026-0042")
        try boss.sendKeys("Enter")
        try await boss.waitFor("Approved $250.00 for Dhillon, Dirk (ref SSM-2026-0042); its follow-up is cleared.")
        boss.kill()

        #expect(try approvalItems().count == 0, "the decision clears FS-APPROVAL")
        #expect(try approvedToday().contains("All,Approved,Transportation,1,250.00"))
    }
}
