import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Front desk sees client name, date of birth, phone and appointments only (domain.md §2).
@Suite(.serialized) @MainActor struct FrontDeskPrivacyTests {
    /// Text that only notes, the EAP, employment or the client's details hold.
    static let hidden = AppFixture.zoeNoteSubjects + ["Spoke with Zoë", "Next step agreed", "Maple Foods", "Line cook",
                                                     "zoe.cote@example.ca", "12 Oak St", "Pat Singh", "TRF", "French", "004417236"]

    @Test func noNoteTextOrPlanDataOnTheDaySheetOrWalkInScreens() throws {
        let f = try FrontDeskFixture()
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            let d = f.daySheet(size: size)
            var screens = [d.screen]
            d.press(.char("?")); screens.append(d.screen); d.press(.escape)
            d.press(.enter, .char("x")); screens.append(d.screen); d.press(.escape)
            d.press(.ctrl("w")); d.type("Zoë"); screens.append(d.screen)
            d.press(.enter); screens.append(d.screen)      // she is booked today: the offer to check that in (#22)
            d.press(.char("n")); screens.append(d.screen)
            d.press(.escape, .escape, .ctrl("n")); d.type("cote"); d.press(.enter); screens.append(d.screen)
            for screen in screens {
                for text in Self.hidden { #expect(!screen.contains(text), "front desk saw “\(text)”:\n\(screen)") }
            }
            #expect(screens[3].contains("Côté, Zoë"))   // the search did find her: the check is not vacuous
            #expect(screens[6].contains("Côté, Zoë · born 1998-07-05 · 519-555-0142"))
        }
    }
}
