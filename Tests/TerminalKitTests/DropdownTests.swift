import Foundation
import Testing
@testable import TerminalKit

struct DropdownTests {
    let options = ["Email", "Phone", "In person", "Vidéo", "Text message"]

    func typing(_ text: String, into state: inout DropdownState) {
        for c in text { _ = state.handle(.char(c)) }
    }

    @Test func typingTwoLettersNarrowsToTheMatchAndEnterChoosesIt() {
        var state = DropdownState(options: options)
        #expect(state.handle(.enter) == .consumed)
        #expect(state.isOpen)
        typing("p", into: &state)
        #expect(state.matches.map { options[$0] } == ["Phone", "In person"])   // prefix matches first
        typing("h", into: &state)
        #expect(state.matches.map { options[$0] } == ["Phone"])
        #expect(state.handle(.enter) == .changed)
        #expect(!state.isOpen)
        #expect(state.selectedValue == "Phone")
    }

    @Test(arguments: [("vide", ["Vidéo"]), ("VIDÉ", ["Vidéo"]), ("mess", ["Text message"]), ("e", ["Email", "Phone", "In person", "Vidéo", "Text message"]), ("zz", [])])
    func filterIsCaseAndAccentInsensitive(query: String, expected: [String]) {
        var state = DropdownState(options: options)
        _ = state.handle(.char(" "))     // Space opens too
        typing(query, into: &state)
        #expect(state.matches.map { options[$0] } == expected)
    }

    @Test func escapeClosesWithoutChanging() {
        var state = DropdownState(options: options, selectedIndex: 0)
        _ = state.handle(.enter)
        _ = state.handle(.down)
        _ = state.handle(.down)
        #expect(state.handle(.escape) == .consumed)
        #expect(!state.isOpen)
        #expect(state.selectedValue == "Email")
        #expect(state.handle(.escape) == .ignored)     // closed: Esc belongs to the screen
    }

    @Test func arrowsMoveWithinMatchesAndBackspaceWidensTheFilter() {
        var state = DropdownState(options: options, selectedIndex: 2)
        _ = state.handle(.enter)
        #expect(state.highlighted == 2)                  // opens on the current choice
        _ = state.handle(.down); _ = state.handle(.down); _ = state.handle(.down)
        #expect(state.highlighted == 4)                  // stops at the last
        typing("px", into: &state)
        #expect(state.matches.isEmpty)
        #expect(state.handle(.enter) == .consumed)       // nothing to choose
        _ = state.handle(.backspace)
        #expect(state.filter == "p")
        #expect(state.matches.map { options[$0] } == ["Phone", "In person"])
        _ = state.handle(.down)
        #expect(state.handle(.enter) == .consumed)       // "In person" was already the choice
        #expect(!state.isOpen)
        #expect(state.selectedIndex == 2)
    }

    @Test func choosingTheSameValueIsNotAChange() {
        var state = DropdownState(options: options, selectedIndex: 1)
        _ = state.handle(.enter)
        #expect(state.handle(.enter) == .consumed)
        #expect(state.selectedIndex == 1)
    }

    @Test func closedFieldShowsValueOrPlaceholder() {
        let empty = draw(12, 1) { Dropdown.render(DropdownState(options: options), into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(empty.lines() == ["Choose…    ▼"])
        let chosen = draw(12, 1) { Dropdown.render(DropdownState(options: options, selectedIndex: 4), into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(chosen.lines() == ["Text mess… ▼"])
    }

    @Test func popupDrawsOverTheScreenBelowTheField() {
        var state = DropdownState(options: options)
        let anchor = Rect(x: 5, y: 2, width: 15, height: 1)
        func screen() -> [String] {
            let b = draw(30, 10) {
                $0.fill($0.area, style: .plain, grapheme: ".")
                Dropdown.render(state, into: &$0, in: anchor, theme: theme, focused: true)
                Dropdown.renderPopup(state, anchor: anchor, into: &$0, theme: theme)
            }
            return b.lines()
        }
        _ = state.handle(.enter)
        #expect(screen() == [
            "..............................",
            "..............................",
            ".....Filter:       ▼..........",
            ".....┌──────────────┐.........",
            ".....│> Email       │.........",
            ".....│  Phone       │.........",
            ".....│  In person   │.........",
            ".....│  Vidéo       │.........",
            ".....│  Text message│.........",
            ".....└──────────────┘.........",
        ])
        typing("ph", into: &state)
        #expect(screen() == [
            "..............................",
            "..............................",
            ".....Filter: ph    ▼..........",
            ".....┌──────────────┐.........",
            ".....│> Phone       │.........",
            ".....└──────────────┘.........",
            "..............................",
            "..............................",
            "..............................",
            "..............................",
        ])
    }

    @Test func popupOpensUpwardsWhenThereIsNoRoomBelowAndStaysOnScreen() {
        let state = DropdownState(options: options)
        let screen = Rect(x: 0, y: 0, width: 30, height: 10)
        #expect(Dropdown.popupRect(state, anchor: Rect(x: 5, y: 8, width: 15, height: 1), screen: screen) == Rect(x: 5, y: 1, width: 16, height: 7))
        #expect(Dropdown.popupRect(state, anchor: Rect(x: 25, y: 1, width: 5, height: 1), screen: screen) == Rect(x: 14, y: 2, width: 16, height: 7))
        let tiny = Rect(x: 0, y: 0, width: 10, height: 4)
        let clipped = Dropdown.popupRect(state, anchor: Rect(x: 0, y: 1, width: 10, height: 1), screen: tiny)
        #expect(clipped == Rect(x: 0, y: 2, width: 10, height: 2))
        var open = state; open.open()
        let b = draw(10, 4) { Dropdown.renderPopup(open, anchor: Rect(x: 0, y: 1, width: 10, height: 1), into: &$0, theme: theme) }
        #expect(b.lines() == ["          ", "          ", "┌────────┐", "└────────┘"])
    }

    @Test func popupOverWideTextLeavesNoHalfCharacters() {
        var state = DropdownState(options: ["A", "B"])
        state.open()
        let b = draw(12, 5) {
            for y in 0..<5 { $0.put("王秀英王秀英", x: 0, y: y, style: .plain) }
            Dropdown.renderPopup(state, anchor: Rect(x: 1, y: 0, width: 5, height: 1), into: &$0, theme: theme)
        }
        #expect(b.lines() == ["王秀英王秀英", " ┌───┐王秀英", " │> A│王秀英", " │  B│王秀英", " └───┘王秀英"])
        for line in b.lines() { #expect(line.terminalWidth == 12) }
    }
}

/// Issue #15 items 17 and 6: widgets the dialogs share.
struct DialogSharedWidgetTests {
    /// An open list is kept in the buffer, so the program draws it again over a dialog's hint line,
    /// the status line or the footer drawn after the form.
    @Test func theOpenListIsRedrawnOverWhatWasDrawnAfterIt() {
        var state = DropdownState(options: ["One", "Two", "Three"])
        state.open()
        let b = draw(20, 6) {
            Dropdown.renderPopup(state, anchor: Rect(x: 0, y: 0, width: 12, height: 1), into: &$0, theme: theme)
            $0.put("hint row drawn later", x: 0, y: 3, style: theme[.muted])
            OpenPopup.redraw(into: &$0, theme: theme)
        }
        #expect(trimmedLines(b)[3].hasPrefix("│  Two     │"), "\(trimmedLines(b))")
        let untouched = draw(20, 2) { OpenPopup.redraw(into: &$0, theme: theme) }.text
        #expect(untouched.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "nothing open, nothing drawn")
    }

    @Test func escOnTypedTextAsksAndOnlyYesDiscards() {
        var question = DiscardQuestion()
        #expect(question.filter(.escape, escapeWouldDiscard: false) == .passOn, "nothing typed: Esc cancels at once")
        #expect(question.filter(.char("x"), escapeWouldDiscard: true) == .passOn)
        #expect(question.filter(.escape, escapeWouldDiscard: true) == .stay)
        #expect(question.isAsking)
        #expect(draw(60, 8) { question.render(into: &$0, in: $0.area, theme: theme, ascii: false) }.text.contains("Discard what you typed?"))
        #expect(question.filter(.char("q"), escapeWouldDiscard: true) == .stay, "the question is modal")
        #expect(question.filter(.escape, escapeWouldDiscard: true) == .stay, "Esc answers no")
        #expect(!question.isAsking)
        _ = question.filter(.escape, escapeWouldDiscard: true)
        #expect(question.filter(.enter, escapeWouldDiscard: true) == .stay, "Enter takes the default: no")
        _ = question.filter(.escape, escapeWouldDiscard: true)
        #expect(question.filter(.char("y"), escapeWouldDiscard: true) == .discard)
        #expect(!question.isAsking)
    }

    /// A date default such as "+7" is written out as ISO on leaving the field: not typed text.
    @Test func aDateDefaultWrittenOutIsNotAChange() {
        let today = CalendarDay(year: 2026, month: 1, day: 15)!
        var form = FormState(fields: [FormField(id: "until", label: "Until", control: .date(DateFieldState("+7", today: today))),
                                      FormField(id: "why", label: "Why", control: .text(TextFieldState()))])
        let before = form.meaningfulValues
        _ = form.handle(.tab, width: 40)
        #expect(form.values["until"] == "2026-01-22" && form.meaningfulValues == before)
        _ = form.handle(.char("x"), width: 40)
        #expect(form.meaningfulValues != before)
    }
}
