import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Front desk sees a client's name, date of birth, phone and appointments, and the reason for the rest.
@MainActor @Suite struct ProfilePermissionTests {
    @Test func frontDeskSeesTheReasonOnNotesAndNoSubjectAnywhere() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        #expect(d.screen.contains("5 Notes: Front desk cannot read case notes."))
        #expect(d.screen.contains("Phone       519-555-0142"))
        d.press(.char("5"))
        #expect(d.statusLine == "! Notes: Front desk cannot read case notes.")
        #expect(d.tabLine.contains("[1 Summary]"), "a disabled tab must not open")
        for n in 1...8 {
            d.press(.char(Character(String(n))))
            for subject in AppFixture.zoeNoteSubjects { #expect(!d.screen.contains(subject), "tab \(n) shows “\(subject)”") }
            #expect(!d.screen.contains("zoe.cote@example.ca"), "tab \(n) shows the email")
        }
        d.press(.char("6"))
        #expect(d.tabLine.contains("[6 Appts]"))
    }

    @Test func frontDeskDoesNotEvenLoadWhatItMayNotSee() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        let data = try #require(d.profileScreen?.state.data)
        #expect(data.client == nil)
        #expect(data.notes == nil)
        #expect(data.plan == nil)
        #expect(data.followUps == nil)
        #expect(data.employments == nil)
        #expect(data.summary.phone == "519-555-0142")
    }

    @Test func frontDeskIsToldWhyEditAndLinkAreOff() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        d.press(.char("e"))
        #expect(d.statusLine == "! \(Permission.editClient.refusal)")
        d.press(.char("l"))
        #expect(d.statusLine == "! \(Permission.editClient.refusal)")
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
    }

    @Test func aRouteToAForbiddenTabOpensTheSummary() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk, tab: .notes)
        #expect(d.tabLine.contains("[1 Summary]"))
    }

    @Test func supervisorReassignsToAnActiveCaseworker() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.supervisor)
        d.press(.char("r"))
        #expect(d.screen.contains("Move Côté, Zoë to:"))
        #expect(d.screen.contains("Marie Roy"))
        d.type("mar")
        d.press(.enter)
        d.type("Caseload balancing")   // the reason, then the confirmation of what moves (ProfileReassignTests)
        d.press(.enter, .char("y"))
        #expect(d.statusLine.hasPrefix("Côté, Zoë reassigned to Marie Roy"))
        #expect(d.screen.contains("Caseworker  Marie Roy"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.otherCaseworker.id)
        let audit = try f.db.auditTrail(recordType: "client", recordID: f.zoe.id!, by: f.admin)
        #expect(audit.contains { $0.staffID == f.supervisor.id })
    }

    @Test func escClosesTheReassignChooserWithoutLeaving() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.supervisor)
        d.press(.char("r"), .escape)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(!d.screen.contains("Move Côté, Zoë to:"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.caseworker.id)
    }

    @Test func caseworkerSeesTheRefusalInsteadOfTheChooser() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("r"))
        #expect(d.statusLine == "! Only a supervisor reassigns clients.")
        #expect(!d.screen.contains("Move Côté, Zoë to:"))
    }
}
