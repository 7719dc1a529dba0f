import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The profile on the demo people (written by the store's demo writer), whose files have a plan,
/// appointments, checkpoints and follow-ups: every tab shows real rows, not just empty states.
@MainActor @Suite struct DemoDataProfileTests {
    let f: AppFixture
    let supervisor: StaffMember

    init() throws {
        f = try AppFixture(withClients: false)
        _ = try f.db.fillWithDemoData(DemoGenerator(seed: 7, today: AppFixture.today, clientCount: 10), by: f.admin)
        supervisor = f.supervisor
    }

    private func open(_ name: String, tab: ProfileTab) throws -> TestDriver<CaseloadApp> {
        let client = try #require(try f.db.searchClients(query: name).first)
        return f.driver(as: supervisor, start: .profile(clientID: client.id, tab: tab))
    }

    @Test func planOnHoldWithItsItems() throws {
        let d = try open("Abdi", tab: .eap)
        #expect(d.screen.contains("Status    Active - On Hold since"))
        #expect(d.screen.contains("Item"))
        #expect(d.screen.contains("> Apprenticeship"))
        #expect(d.screen.contains("employment-outcome program: its jobs are not"))
        d.press(.down)
        #expect(d.screen.contains("> Training"))
    }

    @Test func checkpointsShowRecordedAndOverdue() throws {
        let d = try open("Lévesque", tab: .employment)
        #expect(d.screen.contains("✓ recorded"))
        #expect(d.screen.contains("! overdue — not recorded"))
        d.press(.char("1"))
        #expect(d.screen.contains("! overdue R-08 3-month employment checkpoint"), "the Summary's next-due list has the overdue checkpoint")
    }

    @Test func appointmentsAndManualFollowUps() throws {
        let wang = try open("秀英", tab: .appointments)
        #expect(wang.screen.contains("Scheduled"))
        #expect(wang.screen.contains("No Show"))
        #expect(wang.lines.allSatisfy { $0.terminalWidth == 80 })
        let abdi = try open("Abdi", tab: .followUps)
        #expect(abdi.screen.contains("Book interview practice"))
        #expect(abdi.screen.contains("due today"))
    }

    @Test func assessmentAndConsents() throws {
        let d = try open("Abdi", tab: .assessment)
        #expect(d.screen.contains("Module 2 completed"))
        #expect(d.screen.contains("CaMS link (R-05)    linked:"))
        d.press(.char("1"))
        #expect(d.screen.contains("given: Share information with OW caseworker"))
    }

    @Test func frontDeskSeesTodaysAppointmentOnTheSummary() throws {
        let client = try #require(try f.db.searchClients(query: "秀英").first)
        // The desk of the client's own site: front desk works on its site's clients only.
        let desk = try #require(try f.db.listStaff().first { $0.role == .frontDesk && $0.siteID == client.siteID })
        let d = f.driver(as: desk, start: .profile(clientID: client.id, tab: .summary))
        #expect(d.screen.contains("Thu 15 Jan 2026 10:15"))
        #expect(!d.screen.contains("Common Assessment"))
    }
}
