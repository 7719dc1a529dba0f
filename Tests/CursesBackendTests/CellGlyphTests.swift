import Testing
import TerminalKit
@testable import CursesBackend

/// Issue #15 item 20: what ncurses is given per cell, so tmux draws the columns Caseload measured.
struct CellGlyphTests {
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func zwjSequencesAreDrawnAsTheirFirstEmojiWithoutTheJoiner() {
        for (sequence, first) in [("👩‍💻", "👩"), ("👨‍👩‍👧", "👨"), ("👨‍👩‍👧‍👦", "👨"), ("👩🏽‍💻", "👩")] {
            let c = Character(sequence)
            #expect(TextWidth.of(c) == 2, "measured as two columns")
            let glyph = CellGlyph(c, columns: TextWidth.of(c))
            #expect(glyph.scalars == scalars(first), "\(sequence)")
            #expect(!glyph.scalars.contains(CellGlyph.zeroWidthJoiner))
            #expect(!glyph.padsSecondColumn)
        }
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let accented = CellGlyph(Character("e\u{301}"), columns: 1)
        #expect(accented.scalars == scalars("e\u{301}") && !accented.padsSecondColumn)
        let wide = CellGlyph(Character("王"), columns: 2)
        #expect(wide.scalars == scalars("王") && !wide.padsSecondColumn)
    }

    /// U+FE0F widens ❤ to two columns in the layout, but ncurses and tmux give it one: the second
    /// column is written as a space so it never keeps an older character.
    @Test func aNarrowBaseMeasuredWideGetsItsSecondColumnPadded() {
        let heart = Character("❤️")
        #expect(TextWidth.of(heart) == 2)
        let glyph = CellGlyph(heart, columns: 2)
        #expect(glyph.scalars == scalars("❤️") && glyph.padsSecondColumn)
    }
}
