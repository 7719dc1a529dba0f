import Foundation
import Testing

/// #18's first done-when in the real binary, as caseworker Aisha Rahman on a demo database run at fixed
/// days (`--today`, demo databases only): a TRF referral received yesterday is taken in (Referred, R-01
/// due today in F3), two contact attempts fail, closing as unable to contact is refused while R-03 does
/// not hold, and ten business days after receipt it closes from the profile: Closed with its reason,
/// nothing of hers in F3, and `caseload followups --format json` agrees.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct ReferralClosureScenarioTests {
    static let client = "Okafor-Lindqvist, Tamsin"

    @Test(.needsTmux) func a_TRF_referral_chased_twice_closes_as_unable_to_contact_ten_business_days_later() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 40)

        // Tue 3 Nov 2026: the referral came yesterday.
        let s = try Caseload.tui(db: db, user: "arahman", extra: ["--today", "2026-11-03"])
        defer { s.kill() }
        try await s.waitFor("Aisha Rahman (Caseworker)")
        try s.sendKeys("a")
        try await s.waitFor("First name")
        try s.type("Tamsin"); try s.sendKeys("Tab")
        try s.type("Okafor-Lindqvist"); try s.sendKeys("Tab", "Tab", "Tab")
        try s.type("519-555-0177"); try s.sendKeys("Tab", "Tab", "Tab", "Tab")
        try s.type("TRF"); try s.sendKeys("Enter")   // typing opens the list; Enter chooses and moves on
        try s.type("2026-11-02")
        try s.sendKeys("Tab"); try s.type("Pat Singh")
        try s.sendKeys("C-s")
        try await s.waitFor("\(Self.client) · CaMS not linked")   // the title bar is cut at 80 columns
        try await s.waitFor("Referred since Tue 3 Nov 2026")
        try await s.waitFor("R-01 First contact attempt (TRF referral)")
        #expect(try Self.rules(db, asOf: "2026-11-03").contains("R-01"), "the command sees R-01 due today too")

        // F3: R-01 due today; two failed attempts recorded from the queue.
        try s.sendKeys("F3")
        try await s.waitFor("My follow-ups")
        try s.sendKeys("/"); try s.type("lindqvist"); try s.sendKeys("Enter")
        try await s.waitFor("R-01 · TRF referral received Mon 2 Nov 2026 · first contact due")
        try await s.waitFor("1 due today")
        // At 80 columns the title is cut; the explanation under the table names the rule in full.
        for (attempt, rule, title) in [("Rang the number on the referral", "R-01", "R-01 · TRF referral received Mon 2 Nov 2026"),
                                       ("Rang again; left no message", "R-02", "R-02 · TRF referral received Mon 2 Nov 2026")] {
            try s.sendKeys("f"); try s.sendKeys("C-u"); try s.type(rule); try s.sendKeys("Enter")
            try await s.waitFor("rule \(rule)")
            try await s.waitFor(title)
            try s.sendKeys("r")
            try await s.waitFor("Record contact attempt")
            try s.sendKeys("Tab", "Enter"); try s.type("no ans"); try s.sendKeys("Enter")
            try s.type(attempt)
            try s.sendKeys("Enter")
            try await s.waitForAny(["Contact attempt recorded for \(Self.client)", "No item matches these filters"])
            try await s.waitForAbsence(title)
        }
        // Two attempts, but one business day: U on the profile refuses with R-03's reason.
        try s.sendKeys("F2")
        try await s.waitFor("/ Search")
        try s.sendKeys("/"); try s.type("lindqvist")
        try await s.waitFor("1 client")
        try s.sendKeys("Enter")
        try await s.waitFor("\(Self.client) · CaMS not linked")
        try s.sendKeys("U")
        try await s.waitFor("Refused (R-03): only 1 business day has passed")
        try s.sendKeys("Enter")
        try await s.waitFor("Esc goes back")
        try s.sendKeys("Escape")
        try await s.waitFor("Nothing changed.")
        try s.sendKeys("Q")
        #expect(try await s.waitForExit() == 0)

        // Mon 16 Nov 2026: received + 10 business days, two attempts without reaching her.
        let later = try Caseload.tui(db: db, user: "arahman", extra: ["--today", "2026-11-16"])
        defer { later.kill() }
        try await later.waitFor("Aisha Rahman (Caseworker)")
        try later.sendKeys("/"); try later.type("lindqvist")
        try await later.waitFor("1 client")
        try later.sendKeys("Enter")
        try await later.waitFor("\(Self.client) · CaMS not linked")
        try later.sendKeys("U")
        try await later.waitFor("it may be closed as unable to contact")
        try later.sendKeys("Enter")
        try await later.waitForAny(["is Closed: closed as unable to contact (R-03)", "Closed since Mon 16 Nov 2026"])
        try await later.waitFor("Closed since Mon 16 Nov 2026: Unable to contact (R-03)")
        try await later.waitFor("Nothing due: no rule or follow-up asks for anything now.")
        try later.sendKeys("F3")
        try await later.waitFor("My follow-ups")
        try later.sendKeys("/"); try later.type("lindqvist"); try later.sendKeys("Enter")
        try await later.waitFor("No item matches these filters")
        try later.sendKeys("Q")
        #expect(try await later.waitForExit() == 0)

        #expect(try Self.rules(db, asOf: "2026-11-16").isEmpty, "the command agrees: nothing about her in the queue")
        #expect(try Self.rules(db, asOf: "2026-12-31").isEmpty)
    }

    /// The rules of her items in `caseload followups --format json`, as her caseworker sees them on `asOf`.
    static func rules(_ db: String, asOf: String) throws -> [String] {
        let r = try Caseload.run(["followups", "--db", db, "--user", "arahman", "--as-of", asOf, "--format", "json"])
        #expect(r.status == 0, "\(r.errorOutput)")
        let items = try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: Any]] ?? []
        return items.filter { $0["client_name"] as? String == client }.compactMap { $0["rule"] as? String }
    }
}
