import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Finding a row on the day sheet (#22): typing moves the selection and never marks anyone.
@MainActor @Suite struct DaySheetFindUpdateTests {
    typealias T = DaySheetUpdateTests
    static let amira = T.row(3, "Amira", "Haddad", at: 15 * 60 + 30)

    static func type(_ text: String, into model: inout DaySheetModel) -> [Effect<DaySheetMessage>] {
        text.flatMap { model.update(.key(.char($0))) }
    }

    @Test func slashOpensAFindFieldThatJumpsByNameOrTimeAndActsOnNothing() {
        var model = T.loaded([T.zoe, T.wang, Self.amira])
        #expect(model.update(.key(.char("/"))).effectsAreOnlyHandled)
        #expect(model.state.isFinding && model.isEditingText && !model.hasUnsavedInput)
        let typed = Self.type("haddad", into: &model)
        #expect(typed.askedFor.isEmpty, "typing a name writes nothing")
        #expect(model.state.selectedRow?.id == 3)
        #expect(model.state.isFinding, "no status prompt or picker opened")
        #expect(model.update(.key(.enter)).effectsAreOnlyHandled)
        guard case .rowMenu(let menu)? = model.state.modal else { Issue.record("Enter opens the found row's menu"); return }
        #expect(menu.title == "Haddad, Amira · 15:30" && model.state.selectedRow?.id == 3)
        #expect(model.update(.key(.escape)).effectsAreOnlyHandled)
        #expect(model.state.modal == nil && model.state.selectedRow?.id == 3, "Esc closes the menu and keeps the row")

        _ = model.update(.key(.char("/")))
        _ = Self.type("09", into: &model)
        #expect(model.state.selectedRow?.id == 1, "a time finds its row")
        _ = model.update(.key(.backspace)); _ = model.update(.key(.backspace))
        _ = Self.type("côte", into: &model)
        #expect(model.state.selectedRow?.id == 1)
        #expect(model.update(.key(.escape)).effectsAreOnlyHandled)
        #expect(model.state.modal == nil)

        _ = model.update(.key(.char("/")))
        let none = Self.type("adams", into: &model)
        #expect(none.askedFor.isEmpty && none.commands.last == .status("No one on this day matches \"adams\".", isError: true))
        #expect(model.state.isFinding)
    }

    @Test func everyLetterDigitOrColonStartsTheFindWithItTypedAndActsOnNothing() {
        // Every letter that was once a command (a l x c r u v p w b e t f s), the shell's q, the list's
        // j k g G, and other scripts, cases, digits and `:`.
        for c in Array("alxcruvpwbetfsqQjkgGAZéÉ王9:") {
            var model = T.loaded([T.zoe, T.wang, Self.amira])
            let effects = model.update(.key(.char(c)))
            #expect(effects.askedFor.isEmpty, "\(c) writes nothing")
            #expect(!effects.commands.contains { if case .open = $0 { return true } else { return false } }, "\(c) opens no screen")
            guard case .find(let field)? = model.state.modal else { Issue.record("\(c) did not start the find"); continue }
            #expect(field.text == String(c), "\(c) is the find's first letter")
        }
        var model = T.loaded([T.zoe, T.wang, Self.amira])
        let typed = Self.type("haddad", into: &model)
        #expect(typed.askedFor.isEmpty && model.state.selectedRow?.id == 3 && model.state.isFinding)
        model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = Self.type("王", into: &model)
        #expect(model.state.selectedRow?.id == 2, "a name in another script")
        model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = Self.type("15", into: &model)
        #expect(model.state.selectedRow?.id == 2, "a time: 15:00 is the first at 15")
        model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = Self.type(":3", into: &model)
        #expect(model.state.selectedRow?.id == 3, "minutes after a colon")
        model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = Self.type("9", into: &model)
        #expect(model.state.selectedRow?.id == 1, "9 finds 09:00")
        // Punctuation is no name: it says how to find and act, and the shell keeps `?`.
        model = T.loaded()
        #expect(model.update(.key(.char("-"))).commands == [.status(DaySheetState.findHint, isError: false)])
        #expect(model.state.modal == nil)
        #expect(model.update(.key(.char("?"))).isEmpty)
    }

    @Test func arrowsWhileFindingMoveAmongMatchesAndEnterOnNoMatchOpensNobodysMenu() {
        var model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = Self.type("15", into: &model)
        #expect(model.state.selectedRow?.id == 2)
        _ = model.update(.key(.down))
        #expect(model.state.selectedRow?.id == 3, "↓ goes to the next row at 15")
        _ = model.update(.key(.down))
        #expect(model.state.selectedRow?.id == 3, "no further match: it stays")
        _ = model.update(.key(.up)); _ = model.update(.key(.up))
        #expect(model.state.selectedRow?.id == 2, "↑ skips Zoë at 09:00")
        #expect(model.state.isFinding)
        _ = model.update(.key(.escape))

        // A name not on the sheet: Enter opens no one's menu (the cursor is still on 王) and says so.
        _ = Self.type("adams", into: &model)
        let enter = model.update(.key(.enter))
        #expect(enter.commands == [.status("No one on this day matches \"adams\": nothing opened.", isError: true)])
        #expect(model.state.modal == nil && enter.askedFor.isEmpty)
    }

    @Test func theRowMenuActsOnlyOnItsLettersAndClosesWhenItsRowGoes() {
        var model = T.loaded([T.zoe, T.wang, Self.amira])
        _ = model.update(.key(.enter))
        guard case .rowMenu(let menu)? = model.state.modal else { Issue.record("Enter opens the menu"); return }
        #expect(menu.title == "Côté, Zoë · 09:00")
        #expect(model.update(.key(.char("z"))).effectsAreOnlyHandled, "a letter that is no entry does nothing")
        #expect(model.update(.key(.ctrl("w"))).effectsAreOnlyHandled, "the sheet's keys wait until the menu closes")
        #expect(model.state.rowMenuBindings.map(\.footerKey) == ["a", "l", "x", "c", "r", "u", "v", "p"])
        // ↓↓ Enter: the third entry, No show, asks why.
        _ = model.update(.key(.down)); _ = model.update(.key(.down))
        _ = model.update(.key(.enter))
        guard case .reason(_, .noShow, let row)? = model.state.modal else { Issue.record("Enter ran the highlighted entry"); return }
        #expect(row.id == 1)
        _ = model.update(.key(.escape))

        // Another session cancelled Zoë's row away: a reload that loses it closes her menu.
        _ = model.update(.key(.enter))
        _ = model.update(.loaded(T.read([T.wang, Self.amira], setup: false)))
        #expect(model.state.modal == nil)
    }

    @Test func afterAStatusIsSetTheCursorMovesToTheNextRowStillScheduled() {
        let attended = T.row(2, "秀英", "王", at: 10 * 60, status: .attended)
        var model = T.loaded([T.zoe, attended, Self.amira])
        _ = T.menu("a", &model)
        _ = model.update(.loaded(.changed("Checked in")))
        let zoeIn = T.row(1, "Zoë", "Côté", at: 9 * 60, status: .attended)
        _ = model.update(.loaded(T.read([zoeIn, attended, Self.amira], setup: false)))
        #expect(model.state.selectedRow?.id == 3, "skips the row already checked in")

        // A refusal leaves the cursor where it was.
        _ = T.menu("a", &model)
        _ = model.update(.loaded(.refused("The appointment changed meanwhile.")))
        _ = model.update(.loaded(T.read([zoeIn, attended, Self.amira], setup: false)))
        #expect(model.state.selectedRow?.id == 3)
    }
}
