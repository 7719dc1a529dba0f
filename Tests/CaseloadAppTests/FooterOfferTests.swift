import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Issue #15 item 19: the footer offers only keys that act on that screen for that role, derived
/// from the screen's key table and the role's permissions.
@MainActor @Suite struct FooterOfferTests {
    /// The footer's `key help` pairs as drawn, e.g. ["→ Next tab", "n Note"].
    func footerKeys(_ d: TestDriver<CaseloadApp>) -> [String] {
        (d.lines.last ?? "").components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test func frontDeskProfileOffersNoKeyItIsRefused() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.frontDesk)
        let offered = footerKeys(d)
        for refused in ["n Note", "e Edit", "l Link CaMS ref", "r Reassign"] {
            #expect(!offered.contains(refused), "front desk is offered \(refused): \(offered)")
        }
        #expect(offered.contains("→ Next tab"), "\(offered)")
        // Every key offered acts: none answers with a refusal.
        for pair in offered {
            guard let key = pair.first, key.isLetter else { continue }
            d.press(.char(key))
            #expect(!d.statusLine.hasPrefix("!"), "\(pair) is refused: \(d.statusLine)")
            d.press(.escape)
        }
        // The help still lists them, with the reason.
        d.press(.function(1))
        #expect(d.screen.contains("Note (unavailable: Front desk cannot write case"), "\(d.screen)")
    }

    @Test func aCaseworkerIsStillOfferedThem() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        let offered = footerKeys(d)
        #expect(offered.contains("n Note") && offered.contains("e Edit"), "\(offered)")
        #expect(!offered.contains("r Reassign"), "only a supervisor reassigns: \(offered)")
    }

    @Test func theNoteViewerOffersItsOwnKeysNotAmend() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        #expect(footerKeys(d).contains("a Amend"))
        d.press(.enter)
        #expect(d.screen.contains("Esc close"), "the viewer is open\n\(d.screen)")
        let offered = footerKeys(d)
        #expect(!offered.contains("a Amend"), "\(offered)")
        #expect(offered.first == "Esc Close", "\(offered)")
        // Keys it offers act: ↓ scrolls, Esc closes.
        d.press(.escape)
        #expect(!d.screen.contains("Esc close") && footerKeys(d).contains("a Amend"))
    }

    @Test func dialogsOverTheQueueAndTheDaySheetHideTheirScreensKeys() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        #expect(footerKeys(d).contains("c Complete"), "\(footerKeys(d))")
        d.press(.char("m"))
        #expect(d.screen.contains("New follow-up"))
        #expect(footerKeys(d).isEmpty, "the queue's keys do not act under the dialog: \(footerKeys(d))")
        let desk = f.driver(as: f.frontDesk, start: .frontDesk)
        #expect(footerKeys(desk).contains("^W Walk-in"), "\(footerKeys(desk))")
        desk.press(.ctrl("f"))
        #expect(footerKeys(desk).isEmpty, "\(footerKeys(desk))")
    }
}
