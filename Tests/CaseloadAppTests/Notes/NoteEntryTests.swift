import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Writing a case note with the keyboard only (SOP 2, SOP 5), and amending it.
@MainActor @Suite struct NoteEntryTests {
    /// Opens Zoë's profile and the note form from it.
    private func noteForm(_ f: AppFixture, as staff: StaffMember? = nil) -> TestDriver<CaseloadApp> {
        let d = f.profile(f.zoe, as: staff ?? f.caseworker)
        d.press(.char("n"))
        return d
    }

    @Test func writesANoteWithDropdownsAndFindsItAtTheTopOfTheNotesTab() throws {
        let f = try AppFixture()
        let d = noteForm(f)
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
        d.press(.enter); d.type("ph"); d.press(.enter)          // Communication: two letters narrow to Phone
        #expect(d.screen.contains("Phone"))
        d.press(.tab, .enter); d.type("gener"); d.press(.enter)  // Type: General
        d.press(.tab); d.type("Rappel — Zoë")
        d.press(.tab); d.type("Appelé Zoë, rappel demain"); d.press(.enter); d.type("Second line 王秀英")
        d.press(.ctrl("s"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine == "Note saved for Côté, Zoë.")
        let notes = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker)
        let saved = try #require(notes.first { $0.subject == "Rappel — Zoë" })
        #expect(saved.communication == "Phone" && saved.type == "General")
        #expect(saved.body == "Appelé Zoë, rappel demain\nSecond line 王秀英")
        d.press(.char("5"))
        let header = try #require(d.lines.firstIndex { $0.contains("Communication") && $0.contains("Subject") })
        #expect(d.lines[header + 1].contains("Rappel — Zoë"))      // newest first

        // Amend it: a new note linked to the original; both stay.
        d.press(.home)
        d.press(.char("A"))
        #expect(d.screen.contains("Amends"))
        d.press(.enter)                                     // the amendment keeps Phone; open and close the list
        d.press(.escape)
        d.press(.tab, .tab); d.press(.tab)
        d.type("Corrected: call back on Friday")
        d.press(.ctrl("s"))
        let after = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker)
        let amendment = try #require(after.first { $0.amends == saved.id })
        #expect(amendment.subject.hasSuffix("Rappel — Zoë"))
        #expect(after.contains { $0.id == saved.id && $0.body == saved.body })
    }

    @Test func savingWithoutCommunicationOrTypeShowsTheErrorsAndSavesNothing() throws {
        let f = try AppFixture()
        let before = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count
        let d = noteForm(f)
        d.press(.tab, .tab); d.type("Subject only")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Choose how the contact happened (SOP 5)."))
        #expect(d.screen.contains("Choose what kind of note this is (SOP 5)."))
        #expect(d.statusLine.contains("Not saved"))
        #expect(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count == before)
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
    }

    @Test func escapeAsksBeforeDiscardingAndTheDraftSurvivesNoAndAResize() throws {
        let f = try AppFixture()
        let d = noteForm(f)
        d.press(.tab, .tab); d.type("Half-written")
        d.press(.escape)
        #expect(d.screen.contains("Discard this note?"))
        d.press(.char("n"))
        d.resize(to: Size(width: 132, height: 40))
        #expect(d.screen.contains("Half-written"))
        d.resize(to: Size(width: 80, height: 24))
        #expect(d.screen.contains("Half-written"))
        d.press(.escape); d.press(.char("y"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
    }

    @Test func aContactAttemptIsRecordedWithItsNoteInOneStep() throws {
        let f = try AppFixture()
        let attemptsBefore = try f.db.contactAttempts(clientID: f.zoe.id!).count
        let d = noteForm(f)
        d.press(.enter); d.type("phone"); d.press(.enter)
        d.press(.tab, .enter); d.type("contact att"); d.press(.enter)
        #expect(d.screen.contains("Attempt by"))
        d.press(.tab, .enter); d.type("phone"); d.press(.enter)
        d.press(.tab, .enter); d.type("voicemail"); d.press(.enter)
        d.press(.tab); d.type("Second attempt")
        d.press(.tab); d.type("Left a message.")
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Note saved for Côté, Zoë.", "\(d.screen)")
        let attempts = try f.db.contactAttempts(clientID: f.zoe.id!)
        #expect(attempts.count == attemptsBefore + 1)
        #expect(attempts.contains { $0.result == .voicemail && $0.noteID != nil })
    }

    @Test func frontDeskCannotOpenTheNoteForm() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        d.press(.char("n"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine.contains("Front desk cannot write case notes."))
    }
}
