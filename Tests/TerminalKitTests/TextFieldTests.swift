import Testing
@testable import TerminalKit

struct TextFieldTests {
    struct Edit: Sendable, CustomTestStringConvertible {
        var text: String, cursor: Int, key: Key, expected: String, expectedCursor: Int
        var testDescription: String { "\(key) on \"\(text)\"@\(cursor)" }
    }

    @Test(arguments: [
        Edit(text: "hello", cursor: 5, key: .backspace, expected: "hell", expectedCursor: 4),
        Edit(text: "hello", cursor: 0, key: .backspace, expected: "hello", expectedCursor: 0),
        Edit(text: "hello", cursor: 0, key: .delete, expected: "ello", expectedCursor: 0),
        Edit(text: "hello", cursor: 2, key: .ctrl("d"), expected: "helo", expectedCursor: 2),
        Edit(text: "hello", cursor: 5, key: .ctrl("d"), expected: "hello", expectedCursor: 5),
        Edit(text: "hello", cursor: 3, key: .ctrl("a"), expected: "hello", expectedCursor: 0),
        Edit(text: "hello", cursor: 1, key: .ctrl("e"), expected: "hello", expectedCursor: 5),
        Edit(text: "hello", cursor: 3, key: .ctrl("b"), expected: "hello", expectedCursor: 2),
        Edit(text: "hello", cursor: 3, key: .ctrl("f"), expected: "hello", expectedCursor: 4),
        Edit(text: "hello", cursor: 3, key: .left, expected: "hello", expectedCursor: 2),
        Edit(text: "hello", cursor: 0, key: .left, expected: "hello", expectedCursor: 0),
        Edit(text: "hello", cursor: 3, key: .right, expected: "hello", expectedCursor: 4),
        Edit(text: "hello", cursor: 5, key: .right, expected: "hello", expectedCursor: 5),
        Edit(text: "hello", cursor: 3, key: .home, expected: "hello", expectedCursor: 0),
        Edit(text: "hello", cursor: 3, key: .end, expected: "hello", expectedCursor: 5),
        Edit(text: "hello world", cursor: 3, key: .ctrl("k"), expected: "hel", expectedCursor: 3),
        Edit(text: "hello world", cursor: 6, key: .ctrl("u"), expected: "world", expectedCursor: 0),
        Edit(text: "hello big world", cursor: 15, key: .ctrl("w"), expected: "hello big ", expectedCursor: 10),
        Edit(text: "hello big  ", cursor: 11, key: .ctrl("w"), expected: "hello ", expectedCursor: 6),
        Edit(text: "ab", cursor: 1, key: .char("X"), expected: "aXb", expectedCursor: 2),
        Edit(text: "王秀英", cursor: 3, key: .backspace, expected: "王秀", expectedCursor: 2),
        Edit(text: "王秀英", cursor: 1, key: .delete, expected: "王英", expectedCursor: 1),
        Edit(text: "Ce\u{301}line", cursor: 2, key: .backspace, expected: "Cline", expectedCursor: 1),
        Edit(text: "e", cursor: 1, key: .char("\u{301}"), expected: "e\u{301}", expectedCursor: 1),
    ])
    func editingKeys(e: Edit) {
        var field = TextFieldState(e.text)
        field.cursor = e.cursor
        _ = field.handle(e.key)
        #expect(field.text == e.expected)
        #expect(field.cursor == e.expectedCursor)
    }

    @Test func outcomes() {
        var field = TextFieldState("ab")
        #expect(field.handle(.char("c")) == .changed)
        #expect(field.handle(.left) == .consumed)
        #expect(field.handle(.enter) == .submitted)
        #expect(field.handle(.escape) == .cancelled)
        #expect(field.handle(.function(5)) == .ignored)
        #expect(field.handle(.tab) == .ignored)
        field.cursor = 0
        #expect(field.handle(.backspace) == .consumed)   // nothing to delete
    }

    @Test func combiningMarkTypedAfterItsLetterIsOneGrapheme() {
        var field = TextFieldState()
        for key in [Key.char("Z"), .char("o"), .char("e"), .char("\u{308}")] { _ = field.handle(key) }
        #expect(field.text == "Zoë")
        #expect(field.cursor == 3)
        #expect(field.cursorColumn == 3)
        let b = draw(6, 1) { field.render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(b.lines() == ["Zoë   "])
        #expect(b.cursor?.x == 3)
    }

    @Test func wideCharactersMoveTheCursorTwoColumns() {
        var field = TextFieldState("王秀英")
        field.cursor = 2
        #expect(field.cursorColumn == 4)
        let b = draw(8, 1) { field.render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(b.cursor?.x == 4)
    }

    @Test func scrollsByColumnsAndKeepsTheScrollStableWhileMovingBack() {
        var field = TextFieldState()
        for c in "abcdefgh" { _ = field.handle(.char(c), width: 5) }
        func screen() -> (String, Int?) {
            let b = draw(5, 1) { field.render(into: &$0, in: $0.area, theme: theme, focused: true) }
            return (b.lines()[0], b.cursor?.x)
        }
        #expect(screen() == ("efgh ", 4))     // the cursor gets the last cell
        for _ in 0..<3 { _ = field.handle(.left, width: 5) }
        #expect(screen() == ("efgh ", 1))     // moving left does not drag the text
        _ = field.handle(.home, width: 5)
        #expect(screen() == ("abcde", 0))
        _ = field.handle(.end, width: 5)
        #expect(screen() == ("efgh ", 4))
    }

    @Test func wideGraphemeCutByTheScrollEdgeShowsAsSpace() {
        let field = TextFieldState("王秀英王")       // cursor at column 8
        let b = draw(6, 1) { field.render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(b.lines() == [" 英王 "])          // scroll 3: half of 秀 is off screen
        #expect(b.cursor?.x == 5)
    }

    @Test func placeholderShowsMutedWhenEmptyAndNoCursorWhenUnfocused() {
        let field = TextFieldState(placeholder: "Search clients")
        let b = draw(16, 1) { field.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(b.lines() == ["Search clients  "])
        #expect(b[0, 0].style.attributes.contains(.dim))
        #expect(b.cursor == nil)
        #expect(b[15, 0].style == theme[.input])
    }

    @Test func focusedFieldUsesFocusedStyle() {
        let b = draw(4, 1) { TextFieldState("x").render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(b[2, 0].style == theme[.inputFocused])
    }

    @Test func maxLengthRefusesExtraGraphemesButAcceptsCombiningMarks() {
        var field = TextFieldState(maxLength: 3)
        for c in "abcd" { _ = field.handle(.char(c)) }
        #expect(field.text == "abc")
        #expect(field.handle(.char("z")) == .consumed)
        #expect(field.handle(.char("\u{301}")) == .changed)
        #expect(field.text == "abc\u{301}")
        #expect(TextFieldState("toolong", maxLength: 4).text == "tool")
    }

    @Test func validationMessageShowsUnderTheField() {
        var field = TextFieldState("12x")
        field.validationMessage = "Digits only"
        let b = draw(16, 2) { field.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(trimmedLines(b) == ["12x", "! Digits only"])
        #expect(b[2, 1].style == theme[.error])
    }
}
