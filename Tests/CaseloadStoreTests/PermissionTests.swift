import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

@Suite("Permissions are enforced by the store")
struct PermissionTests {
    @Test func frontDeskSeesNoteHeadersButNeverBodies() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let note = try fixture.db.addCaseNote(fixture.note(for: client, body: "Private details"), by: fixture.caseworker)

        let headers = try fixture.db.noteHeaders(clientID: client.id!, by: fixture.frontDesk)
        #expect(headers.map(\.id) == [note.id!])
        #expect(headers.first?.authorName == "Dana Lee")
        #expect(headers.first?.type == "General")
        #expect(headers.first?.subject == nil)
        #expect(try fixture.db.noteHeaders(clientID: client.id!, by: fixture.caseworker).first?.subject == "Call")

        let error = storeError { _ = try fixture.db.notes(clientID: client.id!, by: fixture.frontDesk) }
        #expect(error == .notPermitted(.readNoteBodies))
        #expect(error?.message == "Front desk cannot read case notes.")
        #expect(storeError { _ = try fixture.db.note(id: note.id!, by: fixture.frontDesk) } == .notPermitted(.readNoteBodies))
        #expect(storeError { _ = try fixture.db.addCaseNote(fixture.note(for: client), by: fixture.frontDesk) }
                == .notPermitted(.writeNotes))
        #expect(storeError { _ = try fixture.db.client(id: client.id!, by: fixture.frontDesk) } == .notPermitted(.viewClientDetails))
        #expect(try fixture.db.clientSummary(id: client.id!, by: fixture.frontDesk).displayName == "Ana Silva")
        #expect(try fixture.db.notes(clientID: client.id!, by: fixture.caseworker).first?.body == "Private details")
    }

    @Test func onlySupervisorsReassignClients() throws {
        let fixture = try Fixture()
        let other = try fixture.db.addStaff(username: "mnguyen", fullName: "Minh Nguyen", role: .caseworker, by: fixture.admin)
        let client = try fixture.client("Ana", "Silva")

        let today = LocalDate(Date(), in: .current)
        func reassign(by staff: StaffMember) throws -> Reassignment {
            try fixture.db.reassignClient(client, toCaseworker: other.id, reason: "Caseload balancing", today: today, by: staff)
        }
        #expect(storeError { _ = try reassign(by: fixture.caseworker) } == .notPermitted(.reassignClient))
        var sneaky = client
        sneaky.caseworkerID = other.id
        #expect(storeError { _ = try fixture.db.updateClient(sneaky, by: fixture.caseworker) } == .notPermitted(.reassignClient))
        #expect(storeError { _ = try reassign(by: fixture.admin) } == .notPermitted(.reassignClient))

        let moved = try reassign(by: fixture.supervisor).client
        #expect(moved.caseworkerID == other.id && moved.version == 1)
        #expect(try fixture.db.clients(caseworkerID: other.id!).map(\.id) == [client.id!])
        let audit = try fixture.db.audit(recordType: "client", recordID: client.id!).last
        #expect(audit?.staffID == fixture.supervisor.id)
        #expect(audit?.changes.contains("\"caseworker_id\":[\(fixture.caseworker.id!),\(other.id!)]") == true)
    }

    @Test func onlyAdministratorsManageStaffListsAndClosureDays() throws {
        let fixture = try Fixture()
        let error = storeError { _ = try fixture.db.addStaff(username: "x", fullName: "X", role: .caseworker, by: fixture.supervisor) }
        #expect(error == .notPermitted(.manageStaff))
        #expect(error?.message == "Only an administrator manages staff accounts.")
        #expect(storeError { try fixture.db.deactivateStaff(username: "dlee", by: fixture.caseworker) } == .notPermitted(.manageStaff))
        #expect(storeError { _ = try fixture.db.addValueListEntry(kind: .noteType, value: "Gossip", by: fixture.supervisor) }
                == .notPermitted(.manageValueLists))
        let closure = ClosureDay(day: LocalDate(year: 2025, month: 12, day: 24)!, reason: "Agency holiday")
        #expect(storeError { _ = try fixture.db.addClosureDay(closure, by: fixture.caseworker) } == .notPermitted(.manageCalendar))
        #expect(storeError { try fixture.db.setObservedSubstitutes(false, by: fixture.supervisor) } == .notPermitted(.manageCalendar))

        let added = try fixture.db.addStaff(username: "newbie", fullName: "New Person", role: .frontDesk, by: fixture.admin)
        #expect(try fixture.db.staff(username: "newbie") == added)
        #expect(storeError { _ = try fixture.db.addStaff(username: "newbie", fullName: "Again", role: .frontDesk, by: fixture.admin) }
                == .usernameTaken("newbie"))
        #expect(try fixture.db.listStaff().map(\.username).sorted() == ["dlee", "fdesk", "newbie", "root", "sboss"])
    }

    @Test func unknownAndDeactivatedUsersAreRefused() throws {
        let fixture = try Fixture()
        let unknown = storeError { _ = try fixture.db.resolveActingStaff(username: "bob") }
        #expect(unknown == .unknownStaff(username: "bob", path: fixture.path))
        #expect(unknown?.message == "No active staff account 'bob' in \(fixture.path): ask an administrator to run `caseload staff add bob …`")

        #expect(try fixture.db.resolveActingStaff(username: "dlee").id == fixture.caseworker.id)
        let deactivated = try fixture.db.deactivateStaff(username: "dlee", by: fixture.admin)
        #expect(!deactivated.isActive && deactivated.version == 1)
        #expect(storeError { _ = try fixture.db.resolveActingStaff(username: "dlee") }
                == .inactiveStaff(username: "dlee", path: fixture.path))
        // A session opened before the deactivation cannot write any more either.
        #expect(storeError { try fixture.client("Ana", "Silva") } == .inactiveStaff(username: "dlee", path: fixture.path))
        #expect(try fixture.db.listStaff(includeInactive: false).map(\.username).contains("dlee") == false)
        try fixture.db.reactivateStaff(username: "dlee", by: fixture.admin)
        #expect(try fixture.db.resolveActingStaff(username: "dlee").isActive)
    }

    @Test func aCallerCannotRaiseTheirOwnRole() throws {
        let fixture = try Fixture()
        var forged = fixture.frontDesk
        forged.role = .admin
        #expect(storeError { _ = try fixture.db.addStaff(username: "x", fullName: "X", role: .admin, by: forged) }
                == .notPermitted(.manageStaff))
    }

    @Test func bootstrapOnlyOnABrandNewDatabaseAndTheLastAdminStays() throws {
        let folder = try TempFolder()
        let db = try CaseloadDatabase.open(path: folder.path("caseload.sqlite"))
        #expect(try !db.hasStaff())
        let admin = try db.bootstrapAdministrator(username: "mlogin")
        #expect(admin.role == .admin && admin.isActive && admin.fullName == "mlogin" && admin.siteID != nil)
        #expect(try db.resolveActingStaff(username: "mlogin") == admin)
        #expect(storeError { _ = try db.bootstrapAdministrator(username: "intruder") } == .staffAlreadyExists(path: folder.path("caseload.sqlite")))
        #expect(try db.audit(recordType: "staff", recordID: admin.id!).first?.staffID == admin.id)
        #expect(storeError { try db.deactivateStaff(username: "mlogin", by: admin) } == .lastAdministrator(username: "mlogin"))
    }
}
