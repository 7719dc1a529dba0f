import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #15 items 18 and 20, headless on a real file: where focus starts, and what a resize,
/// a wide screen, a long label and an old status message used to get wrong.
@MainActor @Suite struct LayoutSweepTests {
    @Test func theAmendFormStartsWhereTheCorrectionIsTyped() throws {
        let f = try AppFixture()
        let note = try #require(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first)
        let d = f.driver(as: f.caseworker, start: .noteEntry(clientID: f.zoe.id!, amends: note.id))
        d.type("Wrong day: it was Tuesday.")
        let form = try #require((d.program.currentScreen as? ScreenHost<NoteEntryModel>)?.model.state.form)
        #expect(form.focusedID == NoteEntryForm.ID.body)
        #expect(form.values[NoteEntryForm.ID.body] == "Wrong day: it was Tuesday.")
        #expect(form.values[NoteEntryForm.ID.communication] == note.communication, "typing did not go to the list")
    }

    @Test func theNoteEditorShowsItsWholeTextAfterGrowingTo200x60() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .noteEntry(clientID: f.zoe.id!, amends: nil))
        d.press(.tab, .tab, .tab)   // Communication, Type, Subject: to the note
        d.type((1...30).map { "Line \($0) of the note" }.joined(separator: "\n"))
        #expect(!d.screen.contains("Line 1 of the note"), "at 80x24 the first lines have scrolled away\n\(d.screen)")
        d.resize(to: Size(width: 200, height: 60))
        #expect(d.screen.contains("Line 1 of the note") && d.screen.contains("Line 30 of the note"), "\(d.screen)")
    }

    @Test func theQueueShowsTheWholeOwnerAtTwoHundredColumns() throws {
        let f = try AppFixture()
        let site = try f.db.sites().first?.id
        let long = try f.db.addStaff(username: "mtremblay", fullName: "Marie-Ève Tremblay-Gagnon", role: .caseworker, site: site, by: f.admin)
        _ = try f.db.reassignClient(f.zoe, toCaseworker: long.id, reason: "Caseload balancing", today: AppFixture.today, by: f.supervisor)
        let d = f.driver(as: f.supervisor, start: .followUps(caseworkerID: nil), size: Size(width: 200, height: 60))
        d.press(.char("w")); d.type("Everyone"); d.press(.enter)   // everyone's queue, with its Owner column
        let row = try #require(d.lines.first { $0.contains("Côté, Zoë") }, "\(d.screen)")
        #expect(row.contains("Marie-Ève Tremblay-Gagnon"), "\(row)")
    }

    @Test func theInfoTabKeepsALabelApartFromItsValue() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .info, size: Size(width: 80, height: 40))
        let line = try #require(d.lines.first { $0.contains("Under-18 attestation") }, "\(d.screen)")
        #expect(line.contains("Under-18 attestation  not needed (18 or over)"), "\(line)")
        #expect(d.lines.contains { $0.contains("First name            Zoë") }, "labels line up\n\(d.screen)")
    }

    @Test func aStatusMessageStaysOnTheScreenItWasSaidOn() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("p"))
        d.press(.char("c"))   // no items yet: refused, with the reason
        #expect(d.statusLine.hasPrefix("! "), "\(d.statusLine)")
        d.press(.escape)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine.isEmpty, "the plan editor's refusal followed to the profile: \(d.statusLine)")
        d.press(.char("n")); d.press(.escape)
        #expect(d.statusLine.isEmpty, "\(d.statusLine)")
    }

    @Test func fixingTheLastMarkedFieldClearsNeedsAttention() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .noteEntry(clientID: f.zoe.id!, amends: nil))
        d.type("ph"); d.press(.enter)          // Communication, then on to Type, left empty
        d.press(.tab, .tab); d.type("Called about the workshop.")
        d.press(.ctrl("s"))
        #expect(d.statusLine.contains("1 field needs attention"), "\(d.statusLine)")
        #expect((d.program.currentScreen as? ScreenHost<NoteEntryModel>)?.model.state.form.focusedID == NoteEntryForm.ID.type, "focus is on the marked field")
        d.type("general"); d.press(.enter)
        #expect(!d.statusLine.contains("needs attention"), "\(d.statusLine)")
        #expect(d.statusLine == "The marked fields are fixed: Ctrl-S saves.", "\(d.statusLine)")
    }
}
