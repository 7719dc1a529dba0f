import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Another terminal writing to the same file while a note is typed: the typed text is never lost.
@MainActor @Suite struct NoteConcurrencyTests {
    /// The form with Phone and General chosen and a body typed.
    private func typedNote(_ f: AppFixture) -> TestDriver<CaseloadApp> {
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("n"))
        d.type("ph"); d.press(.enter)
        d.type("gen"); d.press(.enter, .tab)
        d.type("Texte tapé avant le changement — 王")
        return d
    }

    @Test func anotherTerminalsNoteRefreshesNothingOfTheDraft() throws {
        let f = try AppFixture()
        let d = typedNote(f)
        let other = try f.otherTerminal()
        _ = try other.addCaseNote(CaseNote(clientID: f.zoe.id!, authorID: 0, interactionAt: AppFixture.now,
                                           communication: "Email", type: "General", subject: "From elsewhere", body: "Other text."),
                                  by: f.otherCaseworker)
        d.tick(2)
        #expect(d.screen.contains("Texte tapé avant le changement — 王"))
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Note saved for Côté, Zoë.")
        #expect(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).contains { $0.body == "Texte tapé avant le changement — 王" })
    }

    @Test func aCommunicationRetiredMeanwhileIsRefusedOnTheFieldAndTheTextStays() throws {
        let f = try AppFixture()
        let d = typedNote(f)
        let before = try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count
        let other = try f.otherTerminal()
        let phone = try #require(try other.valueList(.communication).first { $0.value == "Phone" })
        _ = try other.setValueListEntryActive(id: phone.id!, isActive: false, by: f.admin)
        d.press(.ctrl("s"))
        #expect(d.statusLine.contains("Not saved, your note is kept: 'Phone' is not an active Communication entry"))
        let field = try #require(d.lines.firstIndex { $0.contains("Communication:") })
        #expect(d.lines[field + 1].contains("! 'Phone' was taken off the list: choose another."))
        #expect(d.screen.contains("Texte tapé avant le changement — 王"))
        #expect(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).count == before)
        // The list no longer offers Phone; choosing Email saves the same text.
        d.type("ph")
        #expect(d.screen.contains("(no match for \"ph\")"))
        d.press(.ctrl("u")); d.type("email"); d.press(.enter)
        d.press(.ctrl("s"))
        #expect(d.statusLine == "Note saved for Côté, Zoë.")
        #expect(try f.db.notes(clientID: f.zoe.id!, by: f.caseworker).first { $0.body.hasPrefix("Texte tapé") }?.communication == "Email")
    }

    @Test func anAmendmentMadeElsewhereShowsAboveTheFormAndBothAreKept() throws {
        let f = try AppFixture()
        let original = try #require(try f.db.noteHeaders(clientID: f.zoe.id!, by: f.caseworker).first)
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        d.press(.char("A"))                   // the amendment starts on the correction
        d.type("Ma correction")
        let other = try f.otherTerminal()
        let theirs = try other.submitNote(CaseNote(clientID: f.zoe.id!, authorID: 0, interactionAt: AppFixture.now, communication: "Phone",
                                                   type: "General", subject: "Their fix", body: "Their correction.", amends: original.id),
                                          zone: AppFixture.zone, by: f.otherCaseworker)
        d.tick()
        #expect(d.screen.contains("↳ already amended by #\(theirs.id!)"))
        #expect(d.screen.contains("Ma correction"))
        d.press(.ctrl("s"))
        let thread = try f.db.noteThread(id: original.id, by: f.caseworker)
        #expect(thread.count == 3 && thread.last?.body == "Ma correction")
    }

    @Test func aStoreRefusalWithNoFieldToBlameShowsAboveTheFormWithTheTextKept() throws {
        let f = try AppFixture()
        let d = typedNote(f)
        let other = try f.otherTerminal()
        _ = try other.deactivateStaff(username: "dlee", by: f.admin)
        d.press(.ctrl("s"))
        #expect(d.screen.contains("✗ Not saved: The staff account 'dlee'"), "\(d.screen)")
        #expect(d.screen.contains("Texte tapé avant le changement — 王"))
        #expect(d.route == .noteEntry(clientID: f.zoe.id!, amends: nil))
    }
}
