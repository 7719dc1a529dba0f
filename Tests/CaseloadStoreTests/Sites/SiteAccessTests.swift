import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Two sites, a caseworker and a front desk at London Central, a caseworker at St. Thomas, and
/// one client at each site (plus one with no site), on a real file.
final class SiteFixture {
    let base: Fixture
    let central: Int64
    let thomas: Int64
    let londonWorker: StaffMember
    let londonDesk: StaffMember
    let thomasWorker: StaffMember
    let londonClient: Client
    let thomasClient: Client
    let unplacedClient: Client
    var db: CaseloadDatabase { base.db }

    init() throws {
        base = try Fixture()
        try base.db.execute("UPDATE site SET name = 'London Central'")
        try base.db.execute("INSERT INTO site(name) VALUES ('St. Thomas')")
        let sites = try base.db.sites()
        central = sites.first { $0.name == "London Central" }!.id!
        thomas = sites.first { $0.name == "St. Thomas" }!.id!
        londonWorker = try base.db.addStaff(username: "arahman", fullName: "Aisha Rahman", role: .caseworker, site: central, by: base.admin)
        londonDesk = try base.db.addStaff(username: "ebrooks", fullName: "Emma Brooks", role: .frontDesk, site: central, by: base.admin)
        thomasWorker = try base.db.addStaff(username: "tmoore", fullName: "Tom Moore", role: .caseworker, site: thomas, by: base.admin)
        londonClient = try base.db.createClient(Client(camsReference: "100000001", firstName: "Lina", lastName: "Central",
                                                       caseworkerID: londonWorker.id, siteID: central), by: base.admin)
        thomasClient = try base.db.createClient(Client(camsReference: "200000002", firstName: "Theo", lastName: "Thomas",
                                                       caseworkerID: thomasWorker.id, siteID: thomas), by: base.admin)
        unplacedClient = try base.db.createClient(Client(firstName: "Uma", lastName: "Unplaced"), by: base.admin)
    }

    func note(for client: Client) -> CaseNote { base.note(for: client) }
}

func isOtherSite(_ body: () throws -> Void) -> String? {
    do { try body(); return nil } catch let error as StoreError {
        if case .otherSite = error { return error.message }
        return "wrong error: \(error.message)"
    } catch { return "wrong error: \(error)" }
}

@Suite struct SiteAccessTests {
    @Test func aCaseworkerIsRefusedAnotherSitesClientProfileNotesEditAndNoteWrite() throws {
        let f = try SiteFixture()
        let me = f.londonWorker, st = f.thomasClient, id = st.id!
        let expected = "This client is at St. Thomas; ask a supervisor to grant you access."
        #expect(isOtherSite { _ = try f.db.client(id: id, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.clientSummary(id: id, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.profileAssessment(clientID: id, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.profileEmployments(clientID: id, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.noteHeaders(clientID: id, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.notes(clientID: id, by: me) } == expected)
        var edited = try f.db.client(id: id, by: f.base.supervisor)
        edited.phone = "519-555-0100"
        #expect(isOtherSite { _ = try f.db.updateClient(edited, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.addCaseNote(f.note(for: st), by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.submitNote(f.note(for: st), zone: .current, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.openActionPlan(clientID: id, goal: nil, on: LocalDate(year: 2026, month: 1, day: 5)!, by: me) } == expected)
        // Nothing was written.
        #expect(try f.db.notes(clientID: id, by: f.base.supervisor).isEmpty)
        #expect(try f.db.client(id: id, by: f.base.supervisor).phone == nil)
        // A note written by someone allowed is still not readable by its id either.
        let written = try f.db.addCaseNote(f.note(for: st), by: f.thomasWorker)
        #expect(isOtherSite { _ = try f.db.note(id: written.id!, by: me) } == expected)
        #expect(isOtherSite { _ = try f.db.noteThread(id: written.id!, by: me) } == expected)
    }

    @Test func theOwnSitesAndUnplacedClientsStayOpen() throws {
        let f = try SiteFixture()
        #expect(try f.db.client(id: f.londonClient.id!, by: f.londonWorker).lastName == "Central")
        #expect(try f.db.client(id: f.unplacedClient.id!, by: f.londonWorker).lastName == "Unplaced")
        _ = try f.db.addCaseNote(f.note(for: f.londonClient), by: f.londonWorker)
        #expect(try f.db.notes(clientID: f.londonClient.id!, by: f.londonWorker).count == 1)
    }

    @Test func aSupervisorsGrantOpensOneClientToOneCaseworkerAndIsAudited() throws {
        let f = try SiteFixture()
        let id = f.thomasClient.id!
        #expect(try f.db.grantClientAccess(clientID: id, to: f.londonWorker.id!, by: f.base.supervisor))
        #expect(try f.db.client(id: id, by: f.londonWorker).lastName == "Thomas")
        let note = try f.db.addCaseNote(f.note(for: f.thomasClient), by: f.londonWorker)
        #expect(try f.db.notes(clientID: id, by: f.londonWorker).map(\.id) == [note.id])
        var edited = try f.db.client(id: id, by: f.londonWorker)
        edited.phone = "519-555-0100"
        #expect(try f.db.updateClient(edited, by: f.londonWorker).phone == "519-555-0100")
        // Only to that caseworker: the front desk at the same site is still refused.
        #expect(isOtherSite { _ = try f.db.clientSummary(id: id, by: f.londonDesk) } != nil)
        // Granting again changes nothing; the grant is in the audit trail, with who granted it.
        #expect(try !f.db.grantClientAccess(clientID: id, to: f.londonWorker.id!, by: f.base.supervisor))
        let grantID: Int64 = try #require(try f.db.scalar("SELECT id FROM client_access_grant"))
        let audit = try f.db.audit(recordType: "client_access_grant", recordID: grantID)
        #expect(audit.map(\.action) == ["insert"])
        #expect(audit.first?.staffID == f.base.supervisor.id)
        // Revoked: refused again, and the revocation is audited too.
        #expect(throws: StoreError.notPermitted(.grantClientAccess)) {
            try f.db.revokeClientAccess(clientID: id, from: f.londonWorker.id!, by: f.londonWorker)
        }
        #expect(try f.db.revokeClientAccess(clientID: id, from: f.londonWorker.id!, by: f.base.supervisor))
        #expect(isOtherSite { _ = try f.db.client(id: id, by: f.londonWorker) } != nil)
        #expect(try !f.db.revokeClientAccess(clientID: id, from: f.londonWorker.id!, by: f.base.supervisor))
        #expect(try f.db.audit(recordType: "client_access_grant", recordID: grantID).map(\.action) == ["insert", "delete"])
    }

    @Test func onlyASupervisorGrants() throws {
        let f = try SiteFixture()
        for who in [f.londonWorker, f.thomasWorker, f.base.admin, f.londonDesk] {
            #expect(throws: StoreError.notPermitted(.grantClientAccess)) {
                try f.db.grantClientAccess(clientID: f.thomasClient.id!, to: f.londonWorker.id!, by: who)
            }
        }
        #expect(try f.db.scalar("SELECT count(*) FROM client_access_grant") == 0)
    }

    @Test func supervisorsAndAdministratorsSeeEverySite() throws {
        let f = try SiteFixture()
        for who in [f.base.supervisor, f.base.admin] {
            #expect(try f.db.client(id: f.thomasClient.id!, by: who).lastName == "Thomas")
            _ = try f.db.notes(clientID: f.thomasClient.id!, by: who)
            #expect(Set(try f.db.searchClients(query: "", by: who).map(\.id)) == Set([f.londonClient, f.thomasClient, f.unplacedClient].map(\.id!)))
            #expect(try ClientDirectory(db: f.db, by: who).page(ClientListQuery()).total == 3)
        }
    }

    @Test func theClientListAndSearchOfACaseworkerHoldTheirSiteUnplacedAndGrantedClients() throws {
        let f = try SiteFixture()
        let mine = Set([f.londonClient.id!, f.unplacedClient.id!])
        #expect(Set(try ClientDirectory(db: f.db, by: f.londonWorker).page(ClientListQuery()).rows.map(\.id)) == mine)
        #expect(Set(try f.db.searchClients(query: "", by: f.londonWorker).map(\.id)) == mine)
        #expect(try f.db.searchClients(query: "theo", by: f.londonWorker).isEmpty)
        #expect(try ClientDirectory(db: f.db, by: f.londonWorker).page(ClientListQuery(text: "theo")).total == 0)
        #expect(try ClientDirectory(db: f.db, by: f.londonDesk).page(ClientListQuery(text: "200000002")).total == 0)
        try f.db.grantClientAccess(clientID: f.thomasClient.id!, to: f.londonWorker.id!, by: f.base.supervisor)
        #expect(try f.db.searchClients(query: "theo", by: f.londonWorker).map(\.id) == [f.thomasClient.id!])
        #expect(try ClientDirectory(db: f.db, by: f.londonWorker).page(ClientListQuery(text: "theo")).rows.map(\.id) == [f.thomasClient.id!])
    }

    @Test func aCaseworkerKeepsTheirOwnClientsAtAnotherSite() throws {
        let f = try SiteFixture()
        let theirs = try f.db.createClient(Client(firstName: "Olga", lastName: "Own", caseworkerID: f.londonWorker.id, siteID: f.thomas),
                                           by: f.base.admin)
        #expect(try f.db.client(id: theirs.id!, by: f.londonWorker).lastName == "Own")
        #expect(try f.db.searchClients(query: "olga", by: f.londonWorker).map(\.id) == [theirs.id!])
        #expect(try ClientDirectory(db: f.db, by: f.londonWorker).page(ClientListQuery(text: "olga")).total == 1)
        #expect(try !f.db.grantClientAccess(clientID: theirs.id!, to: f.londonWorker.id!, by: f.base.supervisor))
        #expect(isOtherSite { _ = try f.db.client(id: theirs.id!, by: f.londonDesk) } != nil, "the desk has no such tie")
    }

    @Test func aCaseworkerWithNoSiteWorksOnlyOnUnplacedAndGrantedClients() throws {
        let f = try SiteFixture()
        let nowhere = f.base.caseworker   // the base fixture's staff have no site
        #expect(isOtherSite { _ = try f.db.client(id: f.londonClient.id!, by: nowhere) } == "This client is at London Central; ask a supervisor to grant you access.")
        #expect(try f.db.client(id: f.unplacedClient.id!, by: nowhere).lastName == "Unplaced")
        #expect(try f.db.searchClients(query: "", by: nowhere).map(\.id) == [f.unplacedClient.id!])
    }

    @Test func frontDeskBooksAndReadsTheDaySheetOfItsOwnSiteOnly() throws {
        let f = try SiteFixture()
        let day = LocalDate(year: 2026, month: 1, day: 15)!
        let booking = Appointment(clientID: f.thomasClient.id!, staffID: f.londonWorker.id!, siteID: f.central, day: day,
                                  startMinute: 600, lengthMinutes: 30, purpose: "Résumé review")
        #expect(isOtherSite { _ = try f.db.bookAppointment(booking, now: day.startInstant(in: FollowUpEngine.agencyTimeZone), by: f.londonDesk) } != nil)
        var own = booking
        own.clientID = f.londonClient.id!
        _ = try f.db.bookAppointment(own, now: day.startInstant(in: FollowUpEngine.agencyTimeZone), by: f.londonDesk)
        #expect(try f.db.daySheet(siteID: f.central, day: day, by: f.londonDesk).count == 1)
        #expect(throws: StoreError.otherSiteDay(siteName: "St. Thomas")) { _ = try f.db.daySheet(siteID: f.thomas, day: day, by: f.londonDesk) }
        #expect(try f.db.daySheetSites(by: f.londonDesk).map(\.name) == ["London Central"])
        #expect(try f.db.daySheetSites(by: f.base.supervisor).count == 2)
        #expect(isOtherSite { _ = try f.db.checkInWalkIn(clientID: f.thomasClient.id!, staffID: f.londonWorker.id!, siteID: f.central,
                                                         day: day, startMinute: 660, by: f.londonDesk) } != nil)
    }
}
