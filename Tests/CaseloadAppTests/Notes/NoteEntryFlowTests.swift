import CaseloadCore
import CaseloadStore
import Foundation
import Testing
@testable import TerminalKit
@testable import CaseloadApp

/// The done-when of case notes, headless on a real file: a note written with the keyboard only,
/// found at the top of the Notes tab, then amended, with both shown.
@MainActor @Suite struct NoteEntryFlowTests {
    static let body = "Appelé Zoë — rappel demain\nSecond line 王秀英"

    @Test func writesANoteWithTheKeyboardFindsItFirstAndAmendsIt() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
        #expect(d.screen.contains("Date:          2026-01-15") && d.screen.contains("Time:          14:00"))   // now, by default
        d.type("ph")                                        // typing on the closed list filters it
        #expect(d.screen.contains("Filter: ph"))
        d.press(.enter)                                     // Phone, and focus moves on to Type
        d.press(.enter, .end, .enter)                       // open the Type list, last entry: General
        d.press(.tab)                                       // past the optional subject to the note
        d.type("Appelé Zoë — rappel demain"); d.press(.enter); d.type("Second line 王秀英")
        #expect(d.screen.contains("Second line 王秀英"))
        d.press(.ctrl("s"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine == "Note saved for Côté, Zoë.")
        let saved = try #require(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first { $0.body == Self.body })
        #expect(saved.communication == "Phone" && saved.type == "General")
        #expect(saved.subject == "Appelé Zoë — rappel demain")   // an empty subject takes the first line
        #expect(saved.interactionAt == AppFixture.now)

        d.press(.char("5"))
        let header = try #require(d.lines.firstIndex { $0.contains("Comm.") && $0.contains("Subject") })
        #expect(d.lines[header + 1].contains("> 2026-01-15") && d.lines[header + 1].contains("Appelé Zoë — rappel"))

        // Amend it: the original shows read-only above the form; the correction is a new linked note.
        d.press(.char("a"))
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: saved.id))
        #expect(d.screen.contains("Amending note #\(saved.id!)") && d.screen.contains("│ Second line 王秀英"))
        // Communication and Type are kept from the original: the form starts on the correction.
        d.type("Rappel vendredi, pas demain.")
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Amendment saved; the original note is kept as it was.")
        let rows = d.lines.drop { !$0.contains("Comm.") }.dropFirst()
        #expect(rows.first?.contains("Appelé Zoë — rappel demain") == true, "\(d.screen)")
        #expect(rows.dropFirst().first?.contains("↳ amends #\(saved.id!): Appelé Zoë") == true, "\(d.screen)")
        #expect(try f.db.note(id: saved.id!, by: f.caseworker).body == Self.body)

        // Reading either shows both, the original first.
        d.press(.enter)
        #expect(d.screen.contains("Note #\(saved.id!) ·") && d.screen.contains("Amendment #"))
        #expect(d.screen.contains("Second line 王秀英") && d.screen.contains("Rappel vendredi, pas demain."))
    }

    @Test func savingWithoutCommunicationOrTypeShowsTheErrorsOnTheFieldsAndSavesNothing() throws {
        let f = try AppFixture()
        let before = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"), .tab, .tab, .tab)
        d.type("Body only")
        d.press(.ctrl("s"))
        let communication = try #require(d.lines.firstIndex { $0.contains("Communication:") })
        #expect(d.lines[communication + 1].contains("! Choose how the contact happened (SOP 5)"), "\(d.screen)")
        let type = try #require(d.lines.firstIndex { $0.contains("Type:") })
        #expect(d.lines[type + 1].contains("! Choose what kind of note this is (SOP 5)"))
        #expect(d.statusLine.contains("Not saved: 2 fields need attention"))
        #expect(d.screen.contains("Body only"))
        #expect(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count == before)
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
    }

    @Test func escapeAsksOnADirtyFormAndTheDraftSurvivesNoAndResizes() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"), .escape)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary), "an untouched form closes without asking")
        d.press(.char("n"), .tab, .tab, .tab)
        d.type("Half-written note")
        d.press(.escape)
        #expect(d.screen.contains("Discard this note?"))
        d.press(.char("n"))
        #expect(d.statusLine == "Kept your note: carry on, Ctrl-S saves.")
        d.type(", still typing")
        d.resize(to: Size(width: 200, height: 60))
        #expect(d.screen.contains("Half-written note, still typing"))
        let editorTop = try #require(d.lines.firstIndex { $0.contains("Note:") })
        #expect(d.lines.count - editorTop > 40, "a tall terminal gets a tall editor")
        d.resize(to: Size(width: 80, height: 24))
        #expect(d.screen.contains("Half-written note, still typing"))
        d.press(.escape, .char("y"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine == "Note discarded; nothing was saved.")
    }

    @Test func aTypeTemplateFillsAnEmptyBodyButNeverTypedText() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("in"); d.press(.enter)                       // Communication: In Person; on to Type
        d.type("consent"); d.press(.enter)                  // focus moves on to the consent topic
        #expect(d.screen.contains("Consent to:") && d.screen.contains("Consent is:"))
        #expect(d.screen.contains("Consent topic:"))        // the administrator's skeleton (SOP 5)
        d.press(.backTab); d.type("general"); d.press(.enter)
        #expect(!d.screen.contains("Consent topic:"), "an untouched template goes with its Type")
        #expect(!d.screen.contains("Consent to:"))
        d.press(.tab); d.type("Spoke about the release form")
        d.press(.backTab, .backTab); d.type("consent"); d.press(.enter)
        #expect(d.screen.contains("Spoke about the release form"), "typed text is never replaced")
        #expect(!d.screen.contains("Consent topic:"))
    }

    @Test func aConsentNoteUpdatesTheConsentRecord() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("in"); d.press(.enter)
        d.type("consent"); d.press(.enter)
        d.press(.ctrl("s"))                                 // the skeleton alone is not a note
        #expect(d.screen.contains("! Say what was consented to (R-19)."))
        #expect(d.screen.contains("! Choose Given or Withdrawn."))
        #expect(d.screen.contains("! Fill in the template before saving."))
        let screen = try #require(d.program.currentScreen as? ScreenHost<NoteEntryModel>)
        #expect(screen.model.state.form.focusedID == NoteEntryForm.ID.consentTopic, "focus goes to the first field in error")
        d.type("Share information with OW caseworker")
        d.press(.tab); d.type("gi"); d.press(.enter)        // Given; on to Subject
        d.press(.tab, .end); d.type("yes, signed form scanned")
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Consent given recorded with the note: Share information with OW caseworker.", "\(d.screen)")
        let records = try f.db.profileConsents(clientID: f.zoe.id!, by: f.caseworker)
        #expect(records.first?.topic == "Share information with OW caseworker" && records.first?.isGiven == true)
        #expect(d.screen.contains("Share information with OW caseworker"))   // the Summary's consent lines
    }
}

/// Issue #15 item 21: in the note screen as it runs (keys in, a frame drawn after each), a typed key
/// wraps the note once and a cursor move not at all, at 80 columns and at 200.
@MainActor @Suite struct NoteTypingCostTests {
    private func wraps(_ screen: ScreenHost<NoteEntryModel>?) -> Int? {
        guard case .editor(let editor, _)? = screen?.model.state.form[NoteEntryForm.ID.body]?.control else { return nil }
        return editor.wrapCache.buildCount
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func aTypedKeyWrapsTheNoteOnce(_ size: Size) throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .profile(clientID: f.zoe.id!, tab: .summary), size: size)
        d.press(.char("n"))
        d.type("ph"); d.press(.enter)
        d.press(.enter, .end, .enter)
        d.press(.tab)
        d.type(String(repeating: "Spoke with the client about the workshop. ", count: 12))
        let screen = d.program.currentScreen as? ScreenHost<NoteEntryModel>
        let before = try #require(wraps(screen))
        d.type("0123456789")
        #expect(wraps(screen).map { $0 - before } == 10)
        let typed = try #require(wraps(screen))
        d.press(.left, .left, .up, .home, .end, .down)
        #expect(wraps(screen) == typed, "cursor moves reuse the rows")
    }
}
