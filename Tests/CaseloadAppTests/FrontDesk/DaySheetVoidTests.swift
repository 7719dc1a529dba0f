import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// A walk-in entered by mistake is voided from the day sheet (#22): it shows "Voided", never goes back to Scheduled.
@Suite(.serialized) @MainActor struct DaySheetVoidTests {
    @Test func aMistakenWalkInIsVoidedWithAReasonAndShowsVoided() throws {
        let f = try FrontDeskFixture()
        let walkIn = try f.app.db.checkInWalkIn(clientID: f.app.amira.id!, staffID: f.app.caseworker.id!, siteID: f.site,
                                                day: AppFixture.today, startMinute: 13 * 60 + 45, now: AppFixture.now, by: f.app.frontDesk)
        let d = f.daySheet()
        d.press(.char("/")); d.type("13:45"); d.press(.enter)
        d.press(.char("v"))
        #expect(d.screen.contains("Void walk-in: Haddad, Amira 13:45"))
        d.type("Wrong client picked")
        d.press(.enter)
        #expect(d.statusLine == "Voided Amira Haddad's 13:45 walk-in; it stays on record with the reason")
        #expect(d.row(containing: "13:45")?.hasSuffix("Voided") == true)
        let stored = try f.appointment(walkIn.appointment)
        #expect(stored?.isVoidedWalkIn == true && stored?.statusReason == "Walk-in voided: Wrong client picked")

        // On a booked appointment, v says why not and changes nothing.
        d.press(.home, .enter, .char("v"))
        #expect(d.statusLine.hasPrefix("! Only a walk-in can be voided:"))
        #expect(try f.appointment(f.zoeAt9)?.status == .scheduled)
    }
}
