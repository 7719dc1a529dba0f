import Testing
@testable import TerminalKit

struct ScreenBufferTests {
    @Test func wideAndCombiningGraphemesTakeTheirColumns() {
        let b = draw(8, 1) { $0.put("王e\u{301}x", x: 0, y: 0, style: .plain) }
        #expect(b.lines() == ["王éx    "])
        #expect(b[1, 0].isWideTail)
        #expect(b[2, 0].grapheme == "e\u{301}")
    }

    @Test func wideGraphemeOverwrittenByAnotherWideOneOffByOneLeavesNoOrphanTail() {
        var b = draw(6, 1) { $0.put("王秀", x: 0, y: 0, style: .plain) }   // heads at 0 and 2
        b.put("英", x: 1, y: 0, style: .plain)                             // covers tail of 王 and head of 秀
        #expect(b.lines() == [" 英   "])
        #expect(b.lines()[0].terminalWidth == 6)
    }

    @Test func fillThroughTheMiddleOfAWideGraphemeBlanksItsOtherHalf() {
        var b = draw(6, 1) { $0.put("王秀英", x: 0, y: 0, style: .plain) }
        b.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .plain, grapheme: "#")
        #expect(b.lines() == [" ## 英"])
        b.fill(Rect(x: 4, y: 0, width: 1, height: 1), style: .plain, grapheme: "#")
        #expect(b.lines() == [" ## # "])
    }
}

struct ScreenBufferPutTests {
    @Test func defaultMaxWidthAtAnOffsetClipsAtTheEdge() {
        let b = draw(6, 1) { $0.put("abcdef", x: 3, y: 0, style: .plain) }
        #expect(b.lines() == ["   abc"])
    }

    @Test(arguments: [(0, "abc   "), (2, "ab    "), (-1, "      ")])
    func maxWidthLimitsColumns(maxWidth: Int, expected: String) {
        let b = draw(6, 1) { $0.put("abc", x: 0, y: 0, style: .plain, maxWidth: maxWidth == 0 ? .max : maxWidth) }
        #expect(b.lines() == [expected])
    }
}

/// Cells hold graphemes packed inline; every kind must come back exactly as it went in.
struct CellPackingTests {
    @Test(arguments: ["a", " ", "é", "e\u{301}", "王", "🇨🇦", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈"] as [Character])
    func graphemesRoundTrip(_ g: Character) {
        let cell = Cell(g, style: .plain)
        #expect(cell.grapheme == g)
        #expect(cell.isWide == (TextWidth.of(g) == 2))
        #expect(cell == Cell(g, style: .plain))
    }

    @Test func tailsHoldNothingAndAsciiMatchesTheGeneralPath() {
        #expect(Cell(nil, style: .plain, isWideTail: true).grapheme == nil)
        #expect(Cell(ascii: 0x41, style: .plain) == Cell("A", style: .plain))
        #expect(Cell("👨‍👩‍👧‍👦") != Cell("👨‍👩‍👧"))
    }

    @Test func aFamilyEmojiDrawsAsOneWideGrapheme() {
        let b = draw(4, 1) { $0.put("👨‍👩‍👧‍👦x", x: 0, y: 0, style: .plain) }
        #expect(b.lines() == ["👨‍👩‍👧‍👦x "])
        #expect(b[0, 0].grapheme == "👨‍👩‍👧‍👦")
    }
}
