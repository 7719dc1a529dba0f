import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Typing on the day sheet (#22): a name typed after `/` finds the row and acts on nothing.
@Suite(.serialized) @MainActor struct DaySheetFindTests {
    @Test func typingANameAfterSlashChangesNoStatusAndOpensNoPicker() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.char("/"))
        #expect(d.line(2).hasPrefix(" Find (name or time):"))
        d.type("adams")
        #expect(d.statusLine == "! No one on this day matches \"adams\".")
        #expect(d.daySheetScreen?.state.isFinding == true, "no reason prompt or picker opened")
        for a in [f.zoeAt9!, f.wangAt1030!, f.amiraAt15!] { #expect(try f.appointment(a)?.status == .scheduled) }
        d.press(.escape)
        d.press(.char("/")); d.type("haddad"); d.press(.enter)
        #expect(d.daySheetScreen?.state.selectedRow?.id == f.amiraAt15.id)
        #expect(d.daySheetScreen?.state.modal == nil)
        for a in [f.zoeAt9!, f.wangAt1030!, f.amiraAt15!] { #expect(try f.appointment(a)?.status == .scheduled) }
        // A letter that is no key only says how to find someone.
        d.type("d")
        #expect(d.statusLine == DaySheetState.findHint)
        #expect(d.daySheetScreen?.state.modal == nil)
    }

    @Test func afterACheckInTheCursorIsOnTheNextRowStillScheduled() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.char("a"))
        #expect(d.row(containing: "Côté, Zoë")?.hasSuffix("Attended 14:00") == true)
        #expect(d.daySheetScreen?.state.selectedRow?.id == f.wangAt1030.id)
    }
}
