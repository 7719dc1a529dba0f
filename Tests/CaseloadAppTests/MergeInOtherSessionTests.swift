import CaseloadCore
@testable import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// A merge committed in one session reaches the other sessions' screens through the change feed:
/// a client list row of the retired file says Merged, and a profile open on it turns into the
/// read-only pointer, without a restart.
@MainActor @Suite struct MergeInOtherSessionTests {
    /// Another process: its own connection to the file, its own app.
    private func otherSession(_ f: AppFixture, as staff: StaffMember, start: Route, size: Size = Size(width: 200, height: 40)) throws -> TestDriver<CaseloadApp> {
        let env = AppEnvironment(db: try f.otherTerminal(), actor: staff, theme: .default, agencyName: "Caseload",
                                 clock: { AppFixture.now }, zone: AppFixture.zone)
        return TestDriver(CaseloadApp(env: env, start: start), size: size)
    }

    /// Zoë registered again and never worked on (an imported file has no status history): merging it
    /// moves nothing, so no moved record can tell the other sessions about it.
    private func bareDuplicate(_ f: AppFixture) throws -> Client {
        let dup = try f.db.createClient(Client(firstName: "Zoey", lastName: "Cote", phone: "226-555-0101", referralSource: .selfReferred,
                                               caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        try f.db.pool.write { try $0.execute(sql: "DELETE FROM client_status_change WHERE client_id = ?", arguments: [dup.id!]) }
        return dup
    }

    @Test func theOtherSessionsListRowAndProfileOfTheRetiredFileShowTheMerge() throws {
        let f = try AppFixture()
        let dup = try bareDuplicate(f)
        let list = try otherSession(f, as: f.caseworker, start: .clientList)
        let profile = try otherSession(f, as: f.caseworker, start: .profile(clientID: dup.id!, tab: .summary), size: Size(width: 80, height: 24))
        let row = { list.lines.first { $0.contains("Cote, Zoey") } ?? "" }
        #expect(row().contains("Active") || row().contains("Referred"), "\(list.screen)")
        #expect(!profile.headerLine.contains("Merged"), "\(profile.screen)")
        #expect(profile.lines.last?.contains("n Note") == true, "a file in use offers a note: \(profile.screen)")
        let listScreen = try #require(list.program.currentScreen as? ScreenHost<ClientListModel>)
        let profileScreen = try #require(profile.program.currentScreen as? ScreenHost<ClientProfileModel>)

        // The supervisor merges it, at another terminal.
        _ = try f.otherTerminal().mergeClients(keep: f.zoe.id!, retire: dup.id!, reason: "Registered twice", by: f.supervisor)

        list.tick(); profile.tick()
        #expect(row().contains("Merged"), "the row of the retired file: \(row())")
        #expect(!row().contains("Active") && !row().contains("Referred"), "\(row())")
        #expect(profile.headerLine.contains("Merged into Côté, Zoë (#\(f.zoe.id!))"), "\(profile.screen)")
        #expect(profile.lines.last?.contains("Enter Open kept file") == true && profile.lines.last?.contains("n Note") == false,
                "\(profile.screen)")
        #expect(listScreen.model.directory.builds == 1, "the list updated the changed clients, not every client")
        #expect(list.program.currentScreen === listScreen && profile.program.currentScreen === profileScreen)
    }
}
