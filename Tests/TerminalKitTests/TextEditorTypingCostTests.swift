import Testing
@testable import TerminalKit

/// Issue #15 item 21: typing in a long note must not grow slower with the note. Before, a key and
/// the frame after it wrapped the whole text seven times and re-read every grapheme before the
/// cursor (a 20,000-character note: 21 ms a key in a release build). These tests count the work
/// instead of timing it, so they cannot be flaky: one wrap per change, none per cursor move,
/// whatever the length.
struct TextEditorTypingCostTests {
    static func note(_ length: Int) -> String {
        let words = ["client", "attended", "the", "workshop", "and", "asked", "about", "résumé", "help", "next", "steps"]
        var s = "", i = 0
        while s.count < length { s += words[i % words.count] + (i % 37 == 36 ? "\n" : " "); i += 1 }
        return String(s.prefix(length))
    }

    /// Types `keys` into the editor, drawing a frame after each as the app does; the wraps it cost.
    static func wrapsWhileTyping(_ editor: inout TextEditorState, _ keys: [Key], width: Int = 66, height: Int = 8) -> Int {
        var buffer = ScreenBuffer(width: width, height: height)
        editor.render(into: &buffer, in: buffer.area, theme: theme, focused: true)
        let before = editor.wrapCache.buildCount
        for key in keys {
            _ = editor.handle(key, width: width, height: height)
            editor.render(into: &buffer, in: buffer.area, theme: theme, focused: true)
        }
        return editor.wrapCache.buildCount - before
    }

    @Test(arguments: [100, 10_000, 20_000])
    func eachTypedKeyWrapsTheTextOnceWhateverItsLength(_ length: Int) {
        var editor = TextEditorState(Self.note(length))
        editor.cursor = length / 2
        let typed: [Key] = Array(repeating: .char("x"), count: 20) + [.backspace, .enter, .char("é")]
        #expect(Self.wrapsWhileTyping(&editor, typed) == typed.count)
        #expect(Self.wrapsWhileTyping(&editor, [.left, .right, .up, .down, .home, .end, .pageUp, .pageDown]) == 0,
                "moving the cursor reads the rows already wrapped")
    }

    @Test func typingInTheMiddleOfALongNoteKeepsEveryOtherCharacter() {
        let text = Self.note(10_000)
        var editor = TextEditorState(text)
        editor.cursor = 5_000
        for c in "abc" { _ = editor.handle(.char(c), width: 66, height: 8) }
        _ = editor.handle(.char("\u{301}"), width: 66, height: 8)   // a combining acute joins the c before it
        let chars = Array(text)
        #expect(editor.text == String(chars[..<5_000]) + "abć" + String(chars[5_000...]))
        #expect(editor.cursor == 5_003)
    }

    @Test func copiesEditedApartNeverShowEachOthersRows() {
        let original = TextEditorState("one two three four five six seven")
        var a = original, b = original
        _ = a.handle(.char("!"), width: 10, height: 4)
        _ = b.handle(.backspace, width: 10, height: 4)
        _ = b.handle(.backspace, width: 10, height: 4)
        let drawnA = draw(10, 5) { a.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        let drawnB = draw(10, 5) { b.render(into: &$0, in: $0.area, theme: theme, focused: false) }
        #expect(trimmedLines(drawnA).contains("seven!"))
        #expect(trimmedLines(drawnB).contains("sev"))
        #expect(a != b && a == a)
    }

    @Test func aLimitStopsTyping() {
        var editor = TextEditorState("abc", maxLength: 4)
        #expect(editor.handle(.char("d"), width: 10, height: 2) == .changed)
        #expect(editor.handle(.char("e"), width: 10, height: 2) == .consumed)
        #expect(editor.handle(.enter, width: 10, height: 2) == .consumed)
        #expect(editor.text == "abcd")
        #expect(TextEditorState(String(repeating: "z", count: 10), maxLength: 4).text == "zzzz")
    }
}
