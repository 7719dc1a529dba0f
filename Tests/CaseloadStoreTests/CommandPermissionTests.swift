import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Issue #16 item 2: what the commands read is refused below them, in the store, by the one table
/// in `StaffRole.allows`: a new command that forgets to ask still gets nothing it may not have.
@Suite struct CommandPermissionTests {
    static let day = LocalDate(year: 2026, month: 1, day: 15)!
    static let zone = FollowUpEngine.agencyTimeZone

    func queue(_ f: Fixture, _ scope: FollowUpScope, by staff: StaffMember) throws -> [DueItem] {
        try f.db.followUpQueue(asOf: Self.day, now: Self.day.startInstant(in: Self.zone), scope: scope, zone: Self.zone, by: staff)
    }

    @Test func theQueueIsNoneForFrontDeskOwnForCaseworkersAndAnyForSupervisors() throws {
        let f = try Fixture()
        let other = try f.db.addStaff(username: "mroy", fullName: "Marie Roy", role: .caseworker, by: f.admin)
        let client = try f.client("Zoë", "Côté")
        #expect(storeError { _ = try queue(f, .everyone, by: f.frontDesk) } == .notPermitted(.viewFollowUps))
        #expect(storeError { _ = try queue(f, FollowUpScope(clientID: client.id), by: f.frontDesk) } == .notPermitted(.viewFollowUps))

        _ = try queue(f, FollowUpScope(caseworkerID: f.caseworker.id), by: f.caseworker)
        _ = try queue(f, FollowUpScope(clientID: client.id), by: f.caseworker)
        #expect(storeError { _ = try queue(f, .everyone, by: f.caseworker) } == .notPermitted(.viewTeamFollowUps))
        #expect(storeError { _ = try queue(f, FollowUpScope(caseworkerID: other.id), by: f.caseworker) } == .notPermitted(.viewTeamFollowUps))
        #expect(storeError { _ = try queue(f, FollowUpScope(caseworkerID: f.caseworker.id, siteID: 1), by: f.caseworker) }
                == .notPermitted(.viewTeamFollowUps))

        _ = try queue(f, .everyone, by: f.supervisor)
        _ = try queue(f, FollowUpScope(caseworkerID: other.id), by: f.admin)
        #expect(storeError { _ = try f.db.followUpTeamLoad(asOf: Self.day, now: Date(), by: f.caseworker) } == .notPermitted(.viewTeamFollowUps))
    }

    @Test func backupsAreForAdministratorsChecksAndTheStaffListForSupervisorsToo() throws {
        let f = try Fixture()
        try FileManager.default.createDirectory(atPath: f.folder.path("b"), withIntermediateDirectories: false)
        for staff in [f.frontDesk, f.caseworker, f.supervisor] {
            #expect(storeError { try f.db.backup(to: f.folder.path("b/\(staff.username).sqlite"), by: staff) } == .notPermitted(.backupDatabase))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.folder.path("b")).isEmpty, "no copy, not even a partial one")
        try f.db.backup(to: f.folder.path("b/admin.sqlite"), by: f.admin)

        for staff in [f.frontDesk, f.caseworker] {
            #expect(storeError { _ = try f.db.integrityReport(by: staff) } == .notPermitted(.checkDatabase))
            #expect(storeError { _ = try f.db.staffDirectory(by: staff) } == .notPermitted(.viewStaffList))
        }
        #expect(try f.db.integrityReport(by: f.supervisor).isEmpty)
        #expect(try f.db.staffDirectory(by: f.admin).count == 4)
    }

    @Test func deactivatedAndUnknownAccountsGetNothing() throws {
        let f = try Fixture()
        try f.db.deactivateStaff(username: f.supervisor.username, by: f.admin)
        let ghost = StaffMember(id: 999, username: "ghost", fullName: "Ghost", role: .admin)
        #expect(storeError { _ = try f.db.staffDirectory(by: f.supervisor) } == .inactiveStaff(username: "sboss", path: f.path))
        #expect(storeError { _ = try queue(f, .everyone, by: f.supervisor) } == .inactiveStaff(username: "sboss", path: f.path))
        #expect(storeError { _ = try f.db.integrityReport(by: ghost) } == .unknownStaff(username: "ghost", path: f.path))
        #expect(storeError { try f.db.backup(to: f.folder.path("x.sqlite"), by: ghost) } == .unknownStaff(username: "ghost", path: f.path))
    }
}
