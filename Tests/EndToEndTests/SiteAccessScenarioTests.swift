import CaseloadCore
import Foundation
import Testing

/// Issue #16 item 2, the site part, in the real binary on a demo database (seed 7, 20 clients):
/// Madison "Bill" Mansour (CaMS 806133243) and Crystal Cooper (152420162) are St. Thomas clients; Aisha
/// Rahman (arahman) is a London Central caseworker, Daniel Lee (dlee) a supervisor.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct SiteAccessScenarioTests {
    @Test(.needsTmux) func aCaseworkerFindsAnotherSitesClientOnlyAfterASupervisorGrantsIt() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 20)

        // Before: her client list (all clients, searched) has no St. Thomas client.
        let before = try Caseload.tui(db: db, user: "arahman")
        defer { before.kill() }
        try await before.waitFor("Aisha Rahman (Caseworker)")
        try before.sendKeys("m")
        try await before.waitFor("All clients")
        try before.sendKeys("/")
        try before.type("mansour")
        try await before.waitFor("No client matches “mansour”")
        before.kill()

        // She cannot grant it to herself.
        let refused = try Caseload.run(["grant", "806133243", "arahman", "--db", db, "--user", "arahman"])
        #expect(refused.status == 1)
        #expect(refused.errorOutput == "caseload: \(Permission.grantClientAccess.refusal)\n")

        // The supervisor grants it from the profile: G, the chooser of caseworkers of other sites.
        let boss = try Caseload.tui(db: db, user: "dlee")
        defer { boss.kill() }
        try await boss.waitFor("Daniel Lee (Supervisor)")
        try boss.sendKeys("/")
        try boss.type("mansour")
        try await boss.waitFor("Mansour, Bill")
        try boss.sendKeys("Enter")
        try await boss.waitFor("Client · Mansour, Bill")
        try boss.sendKeys("G")
        try await boss.waitFor("Let this caseworker open Mansour, Bill:")
        try boss.type("aisha")
        try boss.sendKeys("Enter")
        try await boss.waitFor("Aisha Rahman may now open Mansour, Bill.")
        boss.kill()

        // After: she finds and opens that client, and only that one.
        let after = try Caseload.tui(db: db, user: "arahman")
        defer { after.kill() }
        try await after.waitFor("Aisha Rahman (Caseworker)")
        try after.sendKeys("m")
        try await after.waitFor("All clients")
        try after.sendKeys("/")
        try after.type("mansour")
        try await after.waitFor("Mansour, Bill")
        try after.sendKeys("Enter")
        try await after.waitFor("Client · Mansour, Bill")
        try await after.waitFor("St. Thomas")
        after.kill()

        // The command does the same for another client, and says so.
        let granted = try Caseload.run(["grant", "152420162", "arahman", "--db", db, "--user", "dlee"])
        #expect(granted.status == 0, "\(granted.errorOutput)")
        #expect(granted.output == "arahman may now open the client with CaMS reference 152420162.\n")
        let again = try Caseload.run(["grant", "152420162", "arahman", "--db", db, "--user", "dlee"])
        #expect(again.output.contains("could already open"))
        let revoked = try Caseload.run(["grant", "152420162", "arahman", "--revoke", "--db", db, "--user", "dlee"])
        #expect(revoked.output == "arahman may no longer open the client with CaMS reference 152420162 (unless it is at their site or theirs).\n")
    }
}
