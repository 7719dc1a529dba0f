import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// The small pure parts: typed times, key tables, and the Late prompt (reason optional).
@Suite @MainActor struct FrontDeskPartsTests {
    @Test(arguments: [("9:30", 570), ("09:30", 570), ("930", 570), ("0930", 570), ("14", 840), ("2:15pm", 855),
                      ("12am", 0), ("12:05pm", 725), ("23:59", 1439), (" 8.45 ", 525)])
    func typedTimesAreRead(_ text: String, _ minute: Int) {
        #expect(FrontDeskTime.parse(text) == minute)
    }

    @Test(arguments: ["", "24:00", "9:60", "13pm", "noon", "9:5", "12345", "-1"])
    func nonTimesAreRefused(_ text: String) {
        #expect(FrontDeskTime.parse(text) == nil)
    }

    @Test func keyTablesHaveNoKeyTwice() throws {
        let f = try FrontDeskFixture()
        let day = DaySheetState(actor: f.app.frontDesk, today: AppFixture.today, nowMinute: 600)
        #expect(day.keymap.duplicateKeys.isEmpty)
        #expect(WalkInState(today: AppFixture.today, siteID: f.site).keymap.duplicateKeys.isEmpty)
        #expect(BookingState(today: AppFixture.today).keymap.duplicateKeys.isEmpty)
    }

    @Test func lateTakesAnOptionalReasonAndStampsTheCheckIn() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("l"))
        #expect(d.screen.contains("Reason (optional):"))
        #expect(d.screen.contains("Bus was late"))
        d.press(.enter)
        #expect(d.row(containing: "Côté, Zoë")?.hasSuffix("Late 14:00") == true)
        #expect(d.statusLine == "Checked in Zoë Côté (late) · Enter u undoes it")
        #expect(try f.appointment(f.zoeAt9)?.statusReason == nil)
    }

    @Test func escapeLeavesAPromptWithoutSavingAndQIsTextThere() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("x"))
        d.type("quiet")                       // q is typed, not a quit
        #expect(d.screen.contains("quiet"))
        #expect(d.program.currentScreen.hasUnsavedInput)
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"), "typed text is not thrown away unasked")
        d.press(.char("y"))
        #expect(!d.screen.contains("No show:"))
        #expect(try f.appointment(f.zoeAt9)?.status == .scheduled)
        #expect(d.route == .frontDesk)
    }
}
