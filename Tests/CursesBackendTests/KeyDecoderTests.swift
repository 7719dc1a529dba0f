import CNcursesw
import Testing
import TerminalKit
@testable import CursesBackend

/// Every `wget_wch` result the app cares about, decoded without a terminal.
struct KeyDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var code: UInt32, isFunctionKey: Bool, key: Key?
        var testDescription: String { "\(isFunctionKey ? "KEY" : "char") \(code) → \(key.map { "\($0)" } ?? "nil")" }
    }

    static func fn(_ code: Int32, _ key: Key?) -> Case { Case(code: UInt32(bitPattern: code), isFunctionKey: true, key: key) }
    static func ch(_ code: UInt32, _ key: Key?) -> Case { Case(code: code, isFunctionKey: false, key: key) }

    static let cases: [Case] = [
        ch(10, .enter), ch(13, .enter), fn(KEY_ENTER, .enter),
        ch(127, .backspace), ch(8, .backspace), fn(KEY_BACKSPACE, .backspace),
        ch(9, .tab), fn(KEY_BTAB, .backTab), fn(KEY_DC, .delete), fn(KEY_IC, .insert),
        ch(27, .escape),
        fn(KEY_UP, .up), fn(KEY_DOWN, .down), fn(KEY_LEFT, .left), fn(KEY_RIGHT, .right),
        fn(KEY_HOME, .home), fn(KEY_END, .end), fn(KEY_FIND, .home), fn(KEY_SELECT, .end),
        fn(KEY_PPAGE, .pageUp), fn(KEY_NPAGE, .pageDown),
        fn(KEY_F0 + 1, .function(1)), fn(KEY_F0 + 10, .function(10)), fn(KEY_F0 + 12, .function(12)),
        fn(KEY_F0 + 13, nil), fn(KEY_F0, nil),
        ch(1, .ctrl("a")), ch(3, .ctrl("c")), ch(19, .ctrl("s")), ch(26, .ctrl("z")), ch(7, .ctrl("g")),
        ch(11, .ctrl("k")), ch(12, .ctrl("l")), ch(14, .ctrl("n")),
        ch(0, nil), ch(28, nil), ch(31, nil), ch(0x85, nil),
        ch(32, .char(" ")), ch(113, .char("q")), ch(63, .char("?")),
        ch(233, .char("é")), ch(0x738B, .char("王")), ch(0x1F600, .char("😀")),
        ch(0xD800, nil),   // a lone surrogate is not a character
        fn(KEY_RESIZE, nil), fn(KEY_MOUSE, nil),   // need a terminal: handled by CursesTerminal
    ]

    @Test(arguments: cases)
    func decodes(_ c: Case) {
        #expect(KeyDecoder.key(code: c.code, isFunctionKey: c.isFunctionKey) == c.key)
    }

    @Test func escapeThenPrintableIsAlt() {
        #expect(KeyDecoder.alt(following: .char("x")) == .alt("x"))
        #expect(KeyDecoder.alt(following: .char("é")) == .alt("é"))
    }

    @Test(arguments: [Key.escape, .up, .enter, .ctrl("a"), .function(2)])
    func escapeThenOtherKeyIsTwoKeys(_ next: Key) {
        #expect(KeyDecoder.alt(following: next) == nil)
    }

    @Test func mouseReports() {
        #expect(KeyDecoder.mouse(buttonState: UInt32(nc_button1_clicked()), x: 9, y: 4) == .mouse(MouseEvent(kind: .click, x: 9, y: 4)))
        #expect(KeyDecoder.mouse(buttonState: UInt32(nc_button1_pressed()), x: 0, y: 1) == .mouse(MouseEvent(kind: .click, x: 0, y: 1)))
        #expect(KeyDecoder.mouse(buttonState: UInt32(nc_button4_pressed()), x: 3, y: 3) == .mouse(MouseEvent(kind: .wheelUp, x: 3, y: 3)))
        #expect(KeyDecoder.mouse(buttonState: UInt32(nc_button5_pressed()), x: 3, y: 3) == .mouse(MouseEvent(kind: .wheelDown, x: 3, y: 3)))
        #expect(KeyDecoder.mouse(buttonState: 0, x: 3, y: 3) == nil)   // e.g. a release we did not ask for
    }
}
