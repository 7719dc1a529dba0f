import Foundation
import Testing

/// #18's second done-when in the real binary on a demo database, as caseworker Aisha Rahman:
/// Amira Haddad (a fixed demo person: OW referral, no plan yet) gets her common assessment (R on the
/// Assessment tab: a new one), an EAP, and a 25-hour job with a new employer; the job form says PBF-eligible,
/// the Summary says Monitoring with its day and reason, and `caseload followups --format json`
/// agrees with the profile that R-15 is gone. Past fixed dates, so no clock is needed.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct CaseLifecycleScenarioTests {
    @Test(.needsTmux) func assessment_plan_and_a_PBF_job_make_the_client_Monitoring_without_R15() async throws {
        let folder = try Caseload.temporaryFolder()
        let db = try Caseload.demoDatabase(in: folder)
        let s = try Caseload.tui(db: db, user: "arahman")
        s.ownedFolders.append(folder)
        defer { s.kill() }

        try await s.waitFor("Aisha Rahman (Caseworker)")
        // Status messages last seconds; a starved capture can miss one, the recorded output cannot.
        try s.recordOutput(to: folder.appendingPathComponent("session.out"))
        try s.sendKeys("/")
        try s.type("Amira Haddad")
        try await s.waitFor("Haddad, Amira")
        try s.sendKeys("Enter")
        try await s.waitFor("Client · Haddad, Amira")
        try s.sendKeys("3")
        try await s.waitFor("S Record / edit the assessment")
        // The demo started her assessment (Module 1 only): R records a new one, keeping that in history.
        try s.sendKeys("R")
        try await s.waitFor("Re-administer the common assessment")
        try s.type("2026-11-02")
        try s.sendKeys("Tab")
        try s.type("2026-11-03")
        try s.sendKeys("Tab")
        try s.type("2026-11-03")
        try s.sendKeys("Tab")
        try s.type("10:15")
        try s.sendKeys("C-s")
        try await s.waitForShown("New assessment recorded; the earlier one is kept in history for Haddad, Amira")
        try await s.waitFor("Module 2 completed  Tue 3 Nov 2026")
        let before = try Self.rules(db, client: "Haddad, Amira")
        #expect(before.contains("R-15"), "R-15 runs from the new assessment: \(before)")

        // An EAP, then the job.
        try s.sendKeys("4")
        try await s.waitFor("p Plan editor")
        try s.sendKeys("p")
        try await s.waitFor("Employment Action Plan")
        if try await s.waitForAny(["Press o to open one", "Status  Active"]) == "Press o to open one" {
            try s.sendKeys("o")
            try await s.waitFor("Open an Employment Action Plan")
            try s.type("Warehouse work")
            try s.sendKeys("C-s")
        }
        try await s.waitFor("Status  Active")
        try s.sendKeys("Escape")
        try await s.waitFor("Client · Haddad, Amira")
        try s.sendKeys("7")
        try await s.waitFor("J New job")
        try s.sendKeys("J")
        try await s.waitFor("Record a job")
        try s.sendKeys("Enter", "Enter")
        try await s.waitFor("New employer:")
        try s.type("Northside Logistics")
        try s.sendKeys("Tab")
        try s.type("Warehouse associate")
        try s.sendKeys("Tab")
        try s.type("2026-11-20")
        try s.sendKeys("Tab")
        try s.type("25")
        try await s.waitFor("PBF-eligible")
        try s.sendKeys("C-s")
        try await s.waitForShown("Job saved")
        try s.sendKeys("1")
        try await s.waitFor("Status      Monitoring since")
        try await s.waitForShown("Job recorded:")
        try await s.waitForAbsence("R-15")

        let after = try Self.rules(db, client: "Haddad, Amira")
        #expect(!after.contains("R-15"), "the command agrees: no R-15 after a PBF-eligible job \(after)")
    }

    /// The rules of the client's items in `caseload followups --format json`, as her caseworker sees them.
    static func rules(_ db: String, client: String) throws -> [String] {
        let r = try Caseload.run(["followups", "--db", db, "--user", "arahman", "--format", "json"])
        #expect(r.status == 0, "\(r.errorOutput)")
        let items = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: Any]] ?? []
        return items.filter { $0["client_name"] as? String == client }.compactMap { $0["rule"] as? String }
    }
}
