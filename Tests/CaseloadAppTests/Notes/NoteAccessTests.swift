import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Front desk never sees a note body, whatever keys it presses; everyone else reaches notes in one key.
@MainActor @Suite struct NoteAccessTests {
    /// Every body in the fixture has this sentence.
    static let sentence = "Next step agreed"

    private func expectNoBody(_ d: TestDriver<CaseloadApp>, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!d.screen.contains(Self.sentence), "front desk saw a note body after \(step):\n\(d.screen)", sourceLocation: sourceLocation)
        for subject in AppFixture.zoeNoteSubjects {
            #expect(!d.screen.contains(subject), "front desk saw a note subject after \(step)", sourceLocation: sourceLocation)
        }
    }

    @Test func frontDeskSeesNoNoteBodyOnAnyScreenOrKey() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.frontDesk)
        d.press(.char("/")); d.type("cote"); expectNoBody(d, "searching")
        d.press(.enter)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        expectNoBody(d, "opening the profile")
        for tab in 1...8 {
            d.press(.char(Character(String(tab)))); expectNoBody(d, "tab \(tab)")
            for key in [Key.enter, .char("A"), .char("a"), .char("n"), .char("t"), .char("/"), .char("x"), .down, .enter] {
                d.press(key); expectNoBody(d, "\(key) on tab \(tab)")
                if d.route != .profile(clientID: f.zoe.id!, tab: .summary) { d.press(.escape) }
            }
        }
        d.press(.char("5"))
        #expect(d.statusLine.contains(Permission.readNoteBodies.refusal))
        d.press(.char("n"))
        #expect(d.statusLine.contains(Permission.writeNotes.refusal))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        d.press(.escape); d.press(.char("n"))
        #expect(d.statusLine.contains(Permission.writeNotes.refusal))
        expectNoBody(d, "n on the client list")
    }

    @Test func frontDeskStartedOnTheNoteFormOrAnAmendmentIsRefusedBeforeAnyRead() throws {
        let f = try AppFixture()
        let note = try #require(try f.db.noteHeaders(clientID: f.zoe.id!, by: f.caseworker).first)
        for amends in [nil, note.id] {
            let d = f.driver(as: f.frontDesk, start: .noteEntry(clientID: f.zoe.id!, amends: amends))
            expectNoBody(d, "opening the note form directly")
            #expect(d.statusLine.contains(Permission.writeNotes.refusal))
        }
    }

    @Test func nOnTheClientListWritesANoteForTheSelectedClient() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        let selected = try #require((d.program.currentScreen as? ScreenHost<ClientListModel>)?.model.state.selectedRow)
        d.press(.char("n"))
        #expect(d.route == .noteEntry(clientID: selected.id, amends: nil))
        #expect(d.screen.contains(selected.sortName))
        #expect(d.program.currentScreen.helpKeymap.bindings.contains { $0.help == "Contact attempt" })
    }

    @Test func notesTabFiltersByTypeCommunicationAuthorAndWords() throws {
        let f = try AppFixture()
        _ = try f.db.submitNote(CaseNote(clientID: f.zoe.id!, authorID: 0, interactionAt: AppFixture.now.addingTimeInterval(-3600),
                                         communication: "Email", type: "General", subject: "Sent the CV template",
                                         body: "Emailed Zoë the CV template; she will send it back Friday."),
                                zone: AppFixture.zone, by: f.otherCaseworker)
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        #expect(d.screen.contains("Sent the CV template") && d.screen.contains("Job offer at Maple Foods"))
        d.press(.char("c")); d.type("email"); d.press(.enter)
        #expect(d.screen.contains("Communication: Email"))
        #expect(d.screen.contains("Sent the CV template") && !d.screen.contains("Job offer at Maple Foods"))
        d.press(.char("x"))
        d.press(.char("w")); d.type("dana"); d.press(.enter)
        #expect(!d.screen.contains("Sent the CV template") && d.screen.contains("Job offer at Maple Foods"))
        d.press(.char("x"), .char("t")); d.type("intake"); d.press(.enter)
        #expect(d.screen.contains("Intake call about resume") && !d.screen.contains("Job offer at Maple Foods"))
        d.press(.char("x"), .char("/")); d.type("zoe friday")   // words from the body, accents ignored
        #expect(d.screen.contains("Sent the CV template") && !d.screen.contains("Intake call about resume"))
        d.press(.enter, .enter)                                 // leave the search, read the match
        #expect(d.screen.contains("she will send it back Friday"))
        d.press(.escape, .char("/"), .escape)                   // Esc in the search clears it
        #expect(d.screen.contains("Intake call about resume"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .notes))
    }

    @Test func ctrlTRecordsAContactAttemptAndItsNoteAndAnAmendmentOfItRecordsNone() throws {
        let f = try AppFixture()
        let attemptsBefore = try f.db.contactAttempts(clientID: f.zoe.id!).count
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("ph"); d.press(.enter, .ctrl("t"))           // Type Contact Attempt; focus on the method
        #expect(d.screen.contains("Attempt by:") && d.screen.contains("Method:"))
        d.type("ph"); d.press(.enter)
        d.type("voice"); d.press(.enter, .tab)
        d.type("519-555-0142, left a message")
        d.press(.ctrl("s"))
        #expect(d.statusLine.hasPrefix("Contact attempt (Voicemail) and its note saved for Côté, Zoë."), "\(d.screen)")
        let attempts = try f.db.contactAttempts(clientID: f.zoe.id!)
        #expect(attempts.count == attemptsBefore + 1)
        let attempt = try #require(attempts.last)
        #expect(attempt.result == .voicemail && attempt.method == "Phone" && attempt.attemptedAt == AppFixture.now)
        let note = try f.db.note(id: try #require(attempt.noteID), by: f.caseworker)
        #expect(note.subject == "Contact attempt by Phone: Voicemail")
        #expect(note.body.hasPrefix("Method: 519-555-0142, left a message\n"))

        d.press(.char("5"), .char("a"))
        #expect(d.screen.contains("a new attempt or consent is a new note (n)"))
        #expect(!d.screen.contains("Attempt by:"))
        d.press(.tab, .tab, .tab); d.type("The number was the cell, not home.")
        d.press(.ctrl("s"))
        #expect(try f.db.contactAttempts(clientID: f.zoe.id!).count == attemptsBefore + 1)
    }

    @Test func lateEntriesAreMarkedInWordsOnTheFormAndInTheList() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"), .backTab, .backTab, .ctrl("u"))
        d.type("2026-01-09")                                  // Fri 9 Jan; today is Thu 15 Jan: 4 business days
        #expect(d.screen.contains("! Late entry (4 business days ago): the note will be marked late (SOP 2)."))
        d.press(.ctrl("u")); d.type("2026-01-14")
        #expect(!d.screen.contains("Late entry"))
    }

    @Test func aNoteCanBeAboutOneOfTheClientsPlanItems() throws {
        let f = try AppFixture()
        let plan = try f.db.openActionPlan(clientID: f.zoe.id!, goal: "Kitchen work", on: AppFixture.today, by: f.caseworker)
        let item = try f.db.addPlanItem(PlanItem(planID: plan.id!, type: "Job Search", description: "Line cook postings"),
                                        by: f.caseworker, today: AppFixture.today)
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("ph"); d.press(.enter)
        d.type("job s"); d.press(.enter, .tab)
        d.type("Went through the postings.")
        d.press(.tab); d.type("line"); d.press(.enter)
        #expect(d.screen.contains("Plan item:     Job Search: Line cook postings (Not Started)"))
        d.press(.ctrl("s"))
        let saved = try #require(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first { $0.body == "Went through the postings." })
        #expect(saved.planItemID == item.id)
    }
}
