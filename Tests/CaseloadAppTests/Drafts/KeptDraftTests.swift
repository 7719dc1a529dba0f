import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #15 item 6: typing in a form is kept when the session ends without a save (the shell calls
/// `keepUnsavedTyping` when the terminal goes away or SIGHUP/SIGTERM arrives) and offered back the
/// next time that person opens the same form for the same client. Headless on a real file.
@MainActor @Suite struct KeptDraftTests {
    /// A caseworker's note for Zoë, half written: Phone, General, two lines of body.
    static func startNote(_ f: AppFixture) -> TestDriver<CaseloadApp> {
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("ph"); d.press(.enter)                 // Communication: Phone
        d.press(.enter, .end, .enter)                 // Type: General (the list's last entry)
        d.press(.tab)
        d.type("Appelé Zoë — 王秀英"); d.press(.enter); d.type("rappel vendredi")
        return d
    }

    @Test func aNoteCutOffBySessionEndIsOfferedBackAndSaves() throws {
        let f = try AppFixture()
        let first = Self.startNote(f)
        #expect(try first.program.keepUnsavedTyping() == 1)

        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        #expect(d.screen.contains("Restore unsaved typing?"), "\(d.screen)")
        #expect(d.screen.contains("Your unsaved case note was kept when a session ended"))
        #expect(d.screen.contains("on Thu 15 Jan 2026 14:00."))
        #expect(d.lines.last?.hasPrefix("y Restore  n Discard  Esc Decide later") == true, "the footer answers the question: \(d.lines.last ?? "")")
        d.press(.char("y"))
        #expect(d.statusLine == "Your unsaved case note is back: Ctrl-S saves it.")
        #expect(d.screen.contains("Appelé Zoë — 王秀英") && d.screen.contains("rappel vendredi"))
        #expect(d.screen.contains("Communication: Phone") && d.screen.contains("Type:          General"), "\(d.screen)")
        #expect(try f.db.draft(.note(clientID: f.zoe.id!), by: f.caseworker) == nil, "offered once, then gone")

        d.press(.ctrl("s"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        let saved = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first { $0.body == "Appelé Zoë — 王秀英\nrappel vendredi" }
        #expect(saved?.communication == "Phone" && saved?.type == "General")
    }

    @Test func theDraftIsOnlyForItsAuthorAndItsClient() throws {
        let f = try AppFixture()
        try Self.startNote(f).program.keepUnsavedTyping()

        let otherClient = f.profile(f.wang, as: f.caseworker)
        otherClient.press(.char("n"))
        #expect(!otherClient.screen.contains("Restore unsaved typing?"))

        let supervisor = f.profile(f.zoe, as: f.supervisor)
        supervisor.press(.char("n"))
        #expect(!supervisor.screen.contains("Restore unsaved typing?"))
        #expect(try f.db.draft(.note(clientID: f.zoe.id!), by: f.caseworker) != nil)
    }

    @Test func nThrowsTheDraftAwayAndEscKeepsItForLater() throws {
        let f = try AppFixture()
        try Self.startNote(f).program.keepUnsavedTyping()

        let later = f.profile(f.zoe, as: f.caseworker)
        later.press(.char("n"))
        later.press(.escape)                          // a hurried Esc loses nothing
        #expect(later.statusLine == "The kept case note stays for the next time this form opens.")
        #expect(!later.screen.contains("rappel vendredi") && later.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
        #expect(try f.db.draft(.note(clientID: f.zoe.id!), by: f.caseworker) != nil)

        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.press(.char("n"))
        #expect(d.statusLine == "The kept case note was thrown away.")
        #expect(!d.screen.contains("rappel vendredi"))
        #expect(try f.db.draft(.note(clientID: f.zoe.id!), by: f.caseworker) == nil)
    }

    @Test func aFormWithNothingTypedKeepsNothing() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        #expect(try d.program.keepUnsavedTyping() == 0)
        #expect(try f.db.draft(.note(clientID: f.zoe.id!), by: f.caseworker) == nil)
    }

    @Test func aNewClientUnder18ComesBackWithItsAttestation() throws {
        let f = try AppFixture()
        let first = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        first.type("Tesfay"); first.press(.tab); first.type("Gebremedhin"); first.press(.tab, .tab)
        first.type("2010-03-04"); first.press(.tab)   // under 18: the attestation field appears, focused
        first.press(.enter, .down, .enter)            // its second choice
        let attestation = try #require(first.intakeScreen?.state.form[IntakeForm.ID.attestation]?.value)
        #expect(!attestation.isEmpty)
        #expect(try first.program.keepUnsavedTyping() == 1)

        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        #expect(d.screen.contains("Your unsaved new client was kept"))
        d.press(.enter)                               // Enter restores: losing typing is the worse mistake
        let form = try #require(d.intakeScreen?.state.form)
        #expect(form[IntakeForm.ID.firstName]?.value == "Tesfay" && form[IntakeForm.ID.lastName]?.value == "Gebremedhin")
        #expect(form[IntakeForm.ID.dateOfBirth]?.value == "2010-03-04")
        #expect(form[IntakeForm.ID.attestation]?.value == attestation)
        #expect(d.screen.contains("Tesfay"))
    }

    @Test func anEditKeepsOnlyTheTypedFieldsSoOthersChangesSurvive() throws {
        let f = try AppFixture()
        let first = f.driver(as: f.caseworker, start: .intake(clientID: f.zoe.id!))
        let phone = try #require(first.intakeScreen?.state.form.fields.firstIndex { $0.id == IntakeForm.ID.phone })
        first.press(Array(repeating: Key.tab, count: phone)); first.press(.ctrl("u")); first.type("519-555-0000")
        try first.program.keepUnsavedTyping()
        let kept = try #require(try f.db.draft(.clientEdit(clientID: f.zoe.id!), by: f.caseworker))
        #expect(kept.fields == [IntakeForm.ID.phone: "519-555-0000"])

        // Meanwhile someone else fixes the email; restoring the phone must not undo that.
        var zoe = try f.db.client(id: f.zoe.id!, by: f.admin)
        zoe.email = "zoe.cote@mail.ca"
        _ = try f.db.updateClient(zoe, by: f.caseworker, today: AppFixture.today)

        let d = f.driver(as: f.caseworker, start: .intake(clientID: f.zoe.id!))
        d.press(.char("y"))
        d.press(.ctrl("s"))
        let saved = try f.db.client(id: f.zoe.id!, by: f.admin)
        #expect(saved.phone == "519-555-0000" && saved.email == "zoe.cote@mail.ca", "\(d.screen)")
    }

    @Test func aJobComesBackWithItsNewEmployer() throws {
        let f = try AppFixture()
        let first = f.driver(as: f.caseworker, start: .employmentEntry(clientID: f.wang.id!))
        first.press(.enter, .enter)                   // New employer… (the list's first entry); focus moves to its name
        first.type("Côté Bakery")
        first.press(.tab); first.type("Baker")
        let values = try #require(first.program.currentScreen.draftToKeep?.fields)
        #expect(values[EmploymentForm.ID.employerName] == "Côté Bakery")
        try first.program.keepUnsavedTyping()

        let d = f.driver(as: f.caseworker, start: .employmentEntry(clientID: f.wang.id!))
        d.press(.char("y"))
        #expect(d.screen.contains("Côté Bakery") && d.screen.contains("Baker"), "\(d.screen)")
    }
}
