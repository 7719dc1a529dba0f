import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

/// Typing on the day sheet (#22): a name typed finds the row and acts on nothing; the actions are in
/// the row's menu (Enter), and after a status is set the cursor moves to the next row needing one.
@Suite(.serialized) @MainActor struct DaySheetFindTests {
    /// Each letter that was once a command on the sheet (a l x c r u v p w b e t f s).
    static let oldCommandLetters = Array("alxcruvpwbetfs")

    @Test func typingANameChangesNoStatusAndFindsTheRow() throws {
        let f = try FrontDeskFixture()
        // Jo Adams is booked at 16:00 with Dana Lee, the last row of the day.
        let adams = try f.app.db.createClient(Client(firstName: "Jo", lastName: "Adams", dateOfBirth: LocalDate(year: 1990, month: 3, day: 4),
                                                     phone: "519-555-0123", caseworkerID: f.app.caseworker.id),
                                              by: f.app.caseworker, today: AppFixture.today)
        let adamsAt16 = try f.book(adams, with: f.app.caseworker, at: 16 * 60, purpose: "Résumé review")
        let d = f.daySheet()
        d.type("adams")
        #expect(d.line(2).hasPrefix(" Find (name or time): adams"), "\(d.screen)")
        #expect(d.daySheetScreen?.state.selectedRow?.id == adamsAt16.id)
        #expect(d.route == .frontDesk && d.daySheetScreen?.state.isFinding == true, "no prompt, picker or other screen")
        for a in [f.zoeAt9!, f.wangAt1030!, f.amiraAt15!, adamsAt16] { #expect(try f.appointment(a)?.status == .scheduled) }
        d.press(.escape)
        #expect(d.daySheetScreen?.state.modal == nil && d.daySheetScreen?.state.selectedRow?.id == adamsAt16.id)

        // Every old command letter, typed alone on the sheet, starts the find with it typed.
        for letter in Self.oldCommandLetters {
            d.press(.home)
            d.type(String(letter))
            #expect(d.route == .frontDesk, "\(letter) left the sheet")
            #expect(d.line(2).hasPrefix(" Find (name or time): \(letter)"), "\(letter): \(d.screen)")
            d.press(.escape)
            #expect(d.daySheetScreen?.state.modal == nil, "\(letter): Esc closes the find")
        }
        for a in [f.zoeAt9!, f.wangAt1030!, f.amiraAt15!, adamsAt16] { #expect(try f.appointment(a)?.status == .scheduled) }
        #expect(try f.followUpTitles(for: f.app.zoe).isEmpty, "no No Show follow-up was made")

        // Names with accents and in other scripts, typed with or without them.
        d.type("Côté"); #expect(d.daySheetScreen?.state.selectedRow?.id == f.zoeAt9.id); d.press(.escape)
        d.type("cote"); #expect(d.daySheetScreen?.state.selectedRow?.id == f.zoeAt9.id); d.press(.escape)
        d.type("王"); #expect(d.daySheetScreen?.state.selectedRow?.id == f.wangAt1030.id); d.press(.escape)
        d.type("15"); #expect(d.daySheetScreen?.state.selectedRow?.id == f.amiraAt15.id); d.press(.escape)
        // No match says so and changes nothing.
        d.type("zz")
        #expect(d.statusLine == "! No one on this day matches \"zz\".")
        d.press(.escape)
    }

    @Test func enterOpensTheRowMenuWhereALetterSetsTheStatus() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.type("haddad"); d.press(.enter)
        #expect(d.screen.contains("Haddad, Amira · 15:00"), "the menu is titled with the row's client and time:\n\(d.screen)")
        for entry in ["a  Check in", "l  Late", "x  No show", "c  Cancel", "r  Reschedule", "u  Undo the status",
                      "v  Void a walk-in entered by mistake", "p  Correct the phone and email"] {
            #expect(d.screen.contains(entry), "\(entry)")
        }
        d.press(.escape)
        #expect(!d.screen.contains("Haddad, Amira · 15:00") && d.daySheetScreen?.state.modal == nil)
        #expect(try f.appointment(f.amiraAt15)?.status == .scheduled)

        d.press(.enter, .char("a"))
        #expect(try f.appointment(f.amiraAt15)?.status == .attended)
        #expect(d.row(containing: "Haddad, Amira")?.hasSuffix("Attended 14:00") == true)
        #expect(d.statusLine == "Checked in Amira Haddad at 14:00 · Enter u undoes it")
    }

    @Test func afterACheckInTheCursorIsOnTheNextRowStillScheduled() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.enter, .char("a"))
        #expect(d.row(containing: "Côté, Zoë")?.hasSuffix("Attended 14:00") == true)
        #expect(d.daySheetScreen?.state.selectedRow?.id == f.wangAt1030.id)
        // And again from there: 王 is marked by the menu's highlight (↓↓ Enter = No show), then Amira is next.
        d.press(.enter, .down, .down, .enter)
        #expect(d.screen.contains("No show: 王, 秀英 10:30"))
        d.press(.down, .enter)
        #expect(try f.appointment(f.wangAt1030)?.status == .noShow)
        #expect(d.daySheetScreen?.state.selectedRow?.id == f.amiraAt15.id)
    }
}
