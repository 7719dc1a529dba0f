import CaseloadCore
@testable import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The fixture's staff work at its first site and its clients have no site (open to all); this adds
/// a St. Thomas client, which only supervisors, administrators and granted caseworkers may open.
@MainActor @Suite struct SiteScopeTests {
    private func withThomasClient() throws -> (AppFixture, Client) {
        let f = try AppFixture()
        try f.db.pool.write { try $0.execute(sql: "INSERT INTO site(name) VALUES ('St. Thomas')") }
        let thomas = try #require(try f.db.sites().first { $0.name == "St. Thomas" }?.id)
        let theo = try f.db.createClient(Client(firstName: "Theo", lastName: "Tremblay", phone: "519-555-0111",
                                                referralSource: .selfReferred, siteID: thomas), by: f.admin, today: AppFixture.today)
        return (f, theo)
    }

    @Test func theClientListOfACaseworkerShowsOnlyTheirSitesClients() throws {
        let (f, _) = try withThomasClient()
        let mine = f.driver(as: f.caseworker, size: Size(width: 120, height: 30))
        #expect(mine.screen.contains("Côté"))
        mine.press(.char("m"))   // all clients, not only Dana's own
        #expect(mine.screen.contains("Haddad"))
        #expect(!mine.screen.contains("Tremblay"))
        mine.type("trem")
        #expect(!mine.screen.contains("Tremblay"))
        let boss = f.driver(as: f.supervisor, size: Size(width: 120, height: 30))
        #expect(boss.screen.contains("Tremblay"))
    }

    @Test func openingAnotherSitesClientByRouteShowsTheRefusal() throws {
        let (f, theo) = try withThomasClient()
        let d = f.profile(theo, as: f.caseworker)
        #expect(d.screen.contains("This client is at St. Thomas; ask a supervisor to grant you access."))
        #expect(!d.screen.contains("519-555-0111"))
        #expect(d.profileScreen?.state.data == nil)
    }

    @Test func aSupervisorGrantsTheClientFromTheProfileAndTheCaseworkerOpensIt() throws {
        let (f, theo) = try withThomasClient()
        let boss = f.profile(theo, as: f.supervisor)
        boss.press(.char("G"))
        #expect(boss.screen.contains("Let this caseworker open Tremblay, Theo:"))
        boss.type("dana")
        boss.press(.enter)
        #expect(boss.statusLine == "Dana Lee may now open Tremblay, Theo.")
        let d = f.profile(theo, as: f.caseworker)
        #expect(d.screen.contains("519-555-0111"))
        #expect(!d.screen.contains("ask a supervisor"))
        // A caseworker has no grant key: the refusal says who does.
        d.press(.char("G"))
        #expect(d.statusLine == "! \(Permission.grantClientAccess.refusal)")
    }
}
