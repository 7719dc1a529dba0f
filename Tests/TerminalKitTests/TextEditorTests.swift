import Testing
@testable import TerminalKit

struct TextEditorTests {
    let fox = "The quick brown fox jumps over the lazy dog"

    @Test func softWrapsAtSpacesByColumns() {
        let editor = TextEditorState(fox)
        let b = draw(10, 6) { editor.render(into: &$0, in: $0.area, theme: theme, focused: true) }
        #expect(trimmedLines(b) == ["The quick", "brown fox", "jumps over", "the lazy", "dog", ""])
        #expect(b.cursor! == (3, 4))
    }

    @Test func wrapsWideCharactersAndLongWordsByColumns() {
        let editor = TextEditorState("王秀英王秀英 abcdefghijkl\nx")
        let b = draw(5, 7) { editor.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(trimmedLines(b) == ["王秀", "英王", "秀英", "abcde", "fghij", "kl", "x"])
    }

    @Test func lineFilledToTheEdgeGivesTheEndCursorItsOwnRow() {
        let editor = TextEditorState("abcde")
        #expect(editor.cursorPosition(width: 5) == (1, 0))
        #expect(editor.cursorPosition(width: 6) == (0, 5))
    }

    @Test func upAndDownMoveThroughWrappedRowsKeepingTheColumn() {
        var editor = TextEditorState(fox)              // cursor at the end: row 4, column 3
        var positions: [Int] = []
        for _ in 0..<4 { _ = editor.handle(.up, width: 10, height: 5); positions.append(editor.cursor) }
        #expect(positions == [34, 23, 13, 3])            // "the|", "jum|ps", "bro|wn", "The|"
        _ = editor.handle(.up, width: 10, height: 5)
        #expect(editor.cursor == 0)                      // at the top, Up goes to the start
        _ = editor.handle(.down, width: 10, height: 5)
        #expect(editor.cursorPosition(width: 10) == (1, 0))
    }

    @Test func goalColumnSurvivesAShortLine() {
        var editor = TextEditorState("abcdef\nab\nabcdef")
        _ = editor.handle(.up, width: 20, height: 5)
        #expect(editor.cursorPosition(width: 20) == (1, 2))
        _ = editor.handle(.up, width: 20, height: 5)
        #expect(editor.cursorPosition(width: 20) == (0, 6))
    }

    @Test func enterInsertsANewline() {
        var editor = TextEditorState("ab")
        editor.cursor = 1
        #expect(editor.handle(.enter, width: 10, height: 3) == .changed)
        #expect(editor.text == "a\nb")
        #expect(editor.cursorPosition(width: 10) == (1, 0))
    }

    @Test(arguments: [
        (Key.ctrl("a"), "one\ntwo", 6, "one\ntwo", 4),
        (.ctrl("e"), "one\ntwo", 4, "one\ntwo", 7),
        (.ctrl("k"), "one\ntwo", 1, "o\ntwo", 1),
        (.ctrl("k"), "one\ntwo", 3, "onetwo", 3),       // at the line end: joins the lines
        (.ctrl("u"), "one\ntwo", 6, "one\no", 4),
        (.ctrl("w"), "one\ntwo three", 13, "one\ntwo ", 8),
        (.ctrl("w"), "one\ntwo", 7, "one\n", 4),
        (.ctrl("d"), "one\ntwo", 3, "onetwo", 3),
        (.backspace, "one\ntwo", 4, "onetwo", 3),
        (.ctrl("b"), "one\ntwo", 4, "one\ntwo", 3),
        (.ctrl("f"), "one\ntwo", 3, "one\ntwo", 4),
        (.home, "one two three", 13, "one two three", 8),    // Home/End: the screen row (width 10: "one two " | "three")
        (.end, "one two three", 0, "one two three", 7),
    ])
    func editingKeys(key: Key, text: String, cursor: Int, expected: String, expectedCursor: Int) {
        var editor = TextEditorState(text)
        editor.cursor = cursor
        _ = editor.handle(key, width: 10, height: 3)
        #expect(editor.text == expected)
        #expect(editor.cursor == expectedCursor)
    }

    @Test func scrollingKeepsTheCursorVisible() {
        var editor = TextEditorState(fox)
        func screen() -> [String] { trimmedLines(draw(10, 3) { editor.render(into: &$0, in: $0.area, theme: theme, focused: true) }) }
        #expect(screen() == ["jumps over", "the lazy", "dog"])
        _ = editor.handle(.pageUp, width: 10, height: 3)   // two rows up: the view need not move
        #expect(screen() == ["jumps over", "the lazy", "dog"])
        _ = editor.handle(.pageUp, width: 10, height: 3)
        #expect(screen() == ["The quick", "brown fox", "jumps over"])
        #expect(editor.cursorPosition(width: 10).row == 0)
        _ = editor.handle(.pageDown, width: 10, height: 3)
        _ = editor.handle(.pageDown, width: 10, height: 3)
        #expect(screen() == ["jumps over", "the lazy", "dog"])
        #expect(editor.cursorPosition(width: 10).row == 4)
    }

    /// Issue #15 item 20: after a resize to a taller, wider editor the text showed from the row it was
    /// scrolled to at 80x24, with empty rows under it; it now shows everything that fits.
    @Test func aTallerViewportShowsTheTextFromTheTop() {
        var editor = TextEditorState(fox)
        editor.cursor = fox.count
        _ = editor.handle(.end, width: 10, height: 2)   // scrolled to the last two of five rows
        #expect(editor.visibleTopRow(width: 10, height: 2) == 3)
        let tall = trimmedLines(draw(40, 6) { editor.render(into: &$0, in: $0.area, theme: theme, focused: true) })
        #expect(tall.first == "The quick brown fox jumps over the lazy", "\(tall)")
        #expect(editor.visibleTopRow(width: 10, height: 10) == 0)
        #expect(editor.visibleTopRow(width: 10, height: 4) == 1, "still as far down as the cursor needs")
    }

    @Test func escapeCancelsAndTypingChanges() {
        var editor = TextEditorState()
        #expect(editor.handle(.char("é"), width: 5, height: 2) == .changed)
        #expect(editor.handle(.escape, width: 5, height: 2) == .cancelled)
        #expect(editor.handle(.function(2), width: 5, height: 2) == .ignored)
    }
}
