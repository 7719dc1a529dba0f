import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Front desk corrects a client's phone and email from the day sheet (#22).
@Suite(.serialized) @MainActor struct DaySheetContactTests {
    @Test func pCorrectsThePhoneAndEmailAndNothingElse() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("p"))
        #expect(d.screen.contains("Contact: Côté, Zoë"))
        #expect(d.screen.contains("519-555-0142"))
        d.press(.ctrl("u")); d.type("519-555-0199")
        d.press(.tab); d.press(.ctrl("u")); d.type("not an email")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Contact: Côté, Zoë"), "a refusal keeps the dialog")
        #expect(d.screen.contains("not an email") && d.screen.contains("519-555-0199"), "and the typing")
        #expect(try f.app.db.clientContact(id: f.app.zoe.id!, by: f.app.frontDesk).phone == "519-555-0142")
        d.press(.ctrl("u")); d.type("zoe@example.ca")
        d.press(.enter)
        #expect(d.statusLine == "Saved Zoë Côté's phone and email")
        let saved = try f.app.db.clientContact(id: f.app.zoe.id!, by: f.app.frontDesk)
        #expect(saved.phone == "519-555-0199" && saved.email == "zoe@example.ca")
        #expect(d.line(20) == " Zoë Côté · born 1998-07-05 · 519-555-0199")
    }

    @Test func escAfterTypingAsksAndAnotherSaveMeanwhileIsShown() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("p"))
        d.press(.tab, .ctrl("u")); d.type("zcote@rogers.com")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"))
        d.press(.char("n"))
        #expect(d.screen.contains("Contact: Côté, Zoë"))
        // Someone else saves Zoë meanwhile: the correction is refused on the dialog, the typing kept.
        let current = try f.app.db.clientContact(id: f.app.zoe.id!, by: f.app.frontDesk)
        _ = try f.app.db.correctContact(ClientContact(clientID: current.clientID, phone: "519-555-0100", email: nil, version: current.version),
                                        now: AppFixture.now, by: f.app.frontDesk)
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Contact: Côté, Zoë"))
        #expect(d.screen.contains("! Someone else saved it meanwhile: Esc, then Enter p reloads."), "whole on the dialog")
        #expect(try f.app.db.clientContact(id: f.app.zoe.id!, by: f.app.frontDesk).phone == "519-555-0100")
    }
}
