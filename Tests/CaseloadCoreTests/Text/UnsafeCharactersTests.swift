import Testing
@testable import CaseloadCore

/// Issue #16 item 5: nothing from the data reaches the terminal raw.
@Suite struct UnsafeCharactersTests {
    static let attacks = [
        "Zoë\u{1B}]0;pwned\u{07}\u{1B}[2J",                 // retitle the window, clear the screen
        "\u{1B}]52;c;Y3VybCBldmlsLnNo\u{07}Côté",           // OSC 52: set the clipboard
        "王\u{9B}2J",                                       // C1 CSI on its own
        "admin\u{202E}gnp.exe",                             // right-to-left override
        "a\u{2066}b\u{2069}\u{7F}\u{00}",
    ]

    @Test(arguments: attacks)
    func neutralisedTextHasNoControlCharacterLeft(_ text: String) {
        let safe = UnsafeCharacters.neutralised(text)
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        #expect(safe.contains("\u{FFFD}"))
    }

    @Test func cleanTextAndAccentsAndWideCharactersAreUntouched() {
        for text in ["Zoë Côté", "王秀英", "Đặng Łukasz Øster Straße Æsir Œuvre", "👩‍💻 O'Neil-Smith"] {
            #expect(UnsafeCharacters.neutralised(text) == text)
        }
    }

    @Test func lineBreaksAreKeptOnlyWhenAsked() {
        #expect(UnsafeCharacters.neutralised("a\nb\tc") == "a\u{FFFD}b\u{FFFD}c")
        #expect(UnsafeCharacters.neutralised("a\nb\tc\u{1B}", keepingLineBreaks: true) == "a\nb\tc\u{FFFD}")
    }

    @Test func theProblemNamesTheFieldTheCharacterAndWhere() {
        #expect(UnsafeCharacters.problem(in: "12 Oak\u{1B}[2J", field: "Address")
                == "Address contains a control character (ESC, U+001B) at character 7: remove it.")
        #expect(UnsafeCharacters.problem(in: "abc\u{202E}", field: "Last name")
                == "Last name contains a control character (text-direction control, U+202E) at character 4: remove it.")
        #expect(UnsafeCharacters.problem(in: "line 1\nline 2\twith tab", field: "Note", multiLine: true) == nil)
        #expect(UnsafeCharacters.problem(in: "line 1\nline 2", field: "Subject") != nil)
        #expect(UnsafeCharacters.problem(in: "Zoë Côté 王", field: "Name") == nil)
    }

    @Test func spreadsheetFormulasAreDefused() {
        #expect(UnsafeCharacters.spreadsheetSafe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        for cell in ["+1 519", "-2+3", "@SUM(A1)", "\tx", "\rx"] { #expect(UnsafeCharacters.spreadsheetSafe(cell) == "'" + cell) }
        for cell in ["Zoë", "519-555-0142", "", "2026-01-15"] { #expect(UnsafeCharacters.spreadsheetSafe(cell) == cell) }
    }
}
