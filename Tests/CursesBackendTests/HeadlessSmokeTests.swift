import CNcursesw
import Glibc
import Testing
import TerminalKit
@testable import CursesBackend

/// Real ncurses without a tty (tui-notes §3.4): output to /dev/null, keys from a pipe, the
/// screen read back from ncurses' own memory. ncurses is process-global, hence serialized.
@Suite(.serialized) @MainActor
struct HeadlessSmokeTests {
    /// Starts a headless xterm-256color screen (24x80 from terminfo) fed with `input`, runs `body`,
    /// and always frees the screen.
    func withHeadless(input: [UInt8] = [], colors: Bool = true, _ body: (CursesTerminal) throws -> Void) throws {
        TerminalLocale.adoptUTF8()
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let writeEnd = fds[1]
        defer { close(writeEnd) }
        if !input.isEmpty { try #require(write(writeEnd, input, input.count) == input.count) }
        let terminal = CursesTerminal()
        try #require(terminal.startHeadless(terminalType: "xterm-256color", inputDescriptor: fds[0],
                                            options: CursesOptions(colors: colors)))
        defer { terminal.stop() }   // endwin + delscreen + closes the streams (and the pipe's read end)
        try body(terminal)
    }

    func trimmed(_ s: String) -> String { String(s.reversed().drop(while: { $0 == " " }).reversed()) }

    @Test func drawsWideAndCombiningTextThatReadsBack() throws {
        try withHeadless { terminal in
            #expect(terminal.size == Size(width: 80, height: 24))
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.put("日本 café", x: 0, y: 0, style: .plain, maxWidth: 80)
            buffer.put("Zoë Côte\u{301} 王秀英", x: 2, y: 1, style: Style(foreground: .red, attributes: [.bold]), maxWidth: 78)
            terminal.present(buffer)
            #expect(trimmed(terminal.readRow(0)) == "日本 café")
            #expect(trimmed(terminal.readRow(1)) == "  Zoë Côte\u{301} 王秀英")
            // the combining sequence shares one cell, so 王 starts at column 2 + 9 + 1
            var cell = cchar_t()
            _ = mvwin_wch(nc_stdscr(), 1, 12, &cell)
            var text = [wchar_t](repeating: 0, count: 6), attrs: attr_t = 0, pair: Int16 = 0
            _ = getcchar(&cell, &text, &attrs, &pair, nil)
            #expect(text[0] == 0x738B)
            #expect(attrs & nc_a_bold() != 0)
            #expect(pair != 0)   // red got a colour pair
        }
    }

    @Test func monochromeKeepsAttributesAndUsesPairZero() throws {
        try withHeadless(colors: false) { terminal in
            #expect(!terminal.colorsEnabled)
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.put("OVERDUE", x: 0, y: 0, style: Style(foreground: .red, attributes: [.reverse, .underline]), maxWidth: 80)
            terminal.present(buffer)
            var cell = cchar_t()
            _ = mvwin_wch(nc_stdscr(), 0, 0, &cell)
            var text = [wchar_t](repeating: 0, count: 6), attrs: attr_t = 0, pair: Int16 = -1
            _ = getcchar(&cell, &text, &attrs, &pair, nil)
            #expect(attrs & nc_a_reverse() != 0 && attrs & nc_a_underline() != 0)
            #expect(pair == 0)
        }
    }

    @Test func laterFramesRedrawOnlyWhatChangedButCorrectly() throws {
        try withHeadless { terminal in
            var first = ScreenBuffer(width: 80, height: 24)
            first.put("ab日本cd", x: 0, y: 0, style: .plain, maxWidth: 80)
            terminal.present(first)
            var second = ScreenBuffer(width: 80, height: 24)
            second.put("a王xyzcd", x: 0, y: 0, style: .plain, maxWidth: 80)   // wide and narrow trade places
            terminal.present(second)
            #expect(trimmed(terminal.readRow(0)) == "a王xyzcd")
            terminal.present(ScreenBuffer(width: 80, height: 24))
            #expect(trimmed(terminal.readRow(0)) == "")
        }
    }

    @Test func placesOrHidesTheHardwareCursor() throws {
        try withHeadless { terminal in
            var buffer = ScreenBuffer(width: 80, height: 24)
            buffer.cursor = (x: 7, y: 3)
            terminal.present(buffer)
            #expect(terminal.cursorVisible == true)
            #expect(getcurx(nc_stdscr()) == 7 && getcury(nc_stdscr()) == 3)
            buffer.cursor = nil
            terminal.present(buffer)
            #expect(terminal.cursorVisible == false)
            buffer.cursor = (x: 500, y: 3)   // off screen: hidden rather than misplaced
            terminal.present(buffer)
            #expect(terminal.cursorVisible == false)
        }
    }

    @Test func clipsBuffersOfAnySizeIncludingTheBottomRightCell() throws {
        try withHeadless { terminal in
            var big = ScreenBuffer(width: 120, height: 40)
            big.fill(big.area, style: .plain, grapheme: "x")
            terminal.present(big)
            #expect(terminal.readRow(23) == String(repeating: "x", count: 80))   // bottom-right written
            // A wide grapheme straddling the screen edge in a later frame must not wrap onto the
            // next row, which is unchanged and so not redrawn.
            big.put("王", x: 79, y: 5, style: .plain, maxWidth: 2)
            terminal.present(big)
            #expect(terminal.readRow(5) == String(repeating: "x", count: 79) + " ")
            #expect(terminal.readRow(6) == String(repeating: "x", count: 80))
            terminal.present(ScreenBuffer(width: 1, height: 1))
            terminal.present(ScreenBuffer(width: 0, height: 0))
            #expect(trimmed(terminal.readRow(23)) == "")   // a new size repaints everything
        }
    }

    @Test func decodesTerminfoSequencesFromThePipe() throws {
        let bytes = Array("\u{1B}OA\u{1B}[Z\u{1B}[3~\u{7F}\r\u{13}é王\u{1B}x\u{1B}\u{1B}OB".utf8)
        try withHeadless(input: bytes) { terminal in
            var keys: [Key] = []
            while keys.count < 20, case .key(let key) = terminal.nextEvent(timeoutMilliseconds: 300) { keys.append(key) }
            #expect(keys == [.up, .backTab, .delete, .backspace, .enter, .ctrl("s"), .char("é"), .char("王"),
                             .alt("x"), .escape, .down])
        }
    }

    @Test func timeoutIsATickAndALoneEscapeIsEscape() throws {
        try withHeadless(input: [27]) { terminal in
            guard case .key(.escape) = terminal.nextEvent(timeoutMilliseconds: 300) else {
                Issue.record("a lone ESC should be Escape"); return
            }
            let clock = ContinuousClock(), start = clock.now
            guard case .tick = terminal.nextEvent(timeoutMilliseconds: 100) else { Issue.record("expected a tick"); return }
            #expect(clock.now - start >= .milliseconds(90))
        }
    }

    @Test func resizeReportsTheNewSizeAndRepaints() throws {
        try withHeadless { terminal in
            terminal.present(ScreenBuffer(width: 80, height: 24))
            _ = resize_term(30, 100)
            _ = ungetch(KEY_RESIZE)   // what ncurses' SIGWINCH handling queues
            guard case .resize(let size) = terminal.nextEvent(timeoutMilliseconds: 100) else {
                Issue.record("expected a resize event"); return
            }
            #expect(size == Size(width: 100, height: 30))
            var buffer = ScreenBuffer(width: 100, height: 30)
            buffer.put("bottom", x: 94, y: 29, style: .plain, maxWidth: 6)
            terminal.present(buffer)
            #expect(terminal.readRow(29).hasSuffix("bottom"))
        }
    }

    @Test func stopIsIdempotentAndReportsNoSize() throws {
        TerminalLocale.adoptUTF8()
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[1]) }
        let terminal = CursesTerminal()
        try #require(terminal.startHeadless(terminalType: "xterm-256color", inputDescriptor: fds[0]))
        #expect(terminal.isActive)
        terminal.stop()
        terminal.stop()
        #expect(!terminal.isActive)
        #expect(terminal.size == Size(width: 0, height: 0))
        terminal.present(ScreenBuffer(width: 80, height: 24))   // ignored, not a crash
        guard case .tick = terminal.nextEvent(timeoutMilliseconds: 0) else { Issue.record("expected a tick"); return }
    }
}
