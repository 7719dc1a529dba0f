import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// linking the CaMS reference from the profile (`l`), with the store's refusals shown.
@MainActor @Suite struct CamsLinkTests {
    @Test func aBadReferenceIsRefusedThenAGoodOneShowsOnTheSummary() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("l"))
        #expect(d.screen.contains("Link CaMS reference"))
        d.type("12AB")
        d.press(.enter)
        #expect(d.screen.contains("'12AB' is not a CaMS reference: it must be 6 to 12 digits"))
        #expect(d.screen.contains("Reference: 12AB"), "the typed text must stay for correcting")
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).camsReference == nil)

        d.press(.ctrl("u"))
        d.type("001234567")
        d.press(.enter)
        #expect(!d.screen.contains("Link CaMS reference"))
        #expect(d.statusLine == "CaMS reference 001234567 linked to Côté, Zoë.")
        #expect(d.screen.contains("CaMS ref    001234567"))
        #expect(d.headerLine.contains("CaMS 001234567"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).camsReference == "001234567")
    }

    @Test func aReferenceAnotherClientHasIsRefusedWithTheirName() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("l"))
        d.type("004417236")   // 王秀英's
        d.press(.enter)
        #expect(d.screen.contains("already belongs to 王, 秀英"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).camsReference == nil)
    }

    @Test func aStaleVersionShowsTheStoreMessageAndKeepsTheTypingThenWorks() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("l"))
        d.type("001234567")
        // Meanwhile another caseworker's terminal saves a change to the same client.
        var changed = f.zoe!
        changed.email = "zoe.cote@mail.ca"
        _ = try f.otherTerminal().updateClient(changed, by: f.caseworker, today: AppFixture.today)
        d.press(.enter)
        #expect(d.screen.contains("changed this client"))
        #expect(d.screen.contains("Reference: 001234567"))
        d.press(.enter)   // the profile reloaded: the second try uses the new version
        #expect(d.statusLine == "CaMS reference 001234567 linked to Côté, Zoë.")
        let stored = try f.db.client(id: f.zoe.id!, by: f.admin)
        #expect(stored.camsReference == "001234567" && stored.email == "zoe.cote@mail.ca")
    }

    @Test func escCancelsTheLinkAndStaysOnTheProfile() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.char("l"))
        d.type("0012")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "typed text is not thrown away unasked")
        d.press(.char("y"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.statusLine == "CaMS reference not changed.")
    }
}
