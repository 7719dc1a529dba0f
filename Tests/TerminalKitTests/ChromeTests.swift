import Testing
@testable import TerminalKit

/// Dialog, tabs, status line, boxes and the too-small screen: the frame around the content.
struct ChromeTests {
    @Test func confirmDialogIsCentredWithTheDefaultButtonMarked() {
        let dialog = ConfirmDialog(title: "Delete note?", message: ["This cannot be undone."])
        let b = draw(30, 7) { dialog.render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == [
            "                              ",
            "  ┌ Delete note? ──────────┐  ",
            "  │ This cannot be undone. │  ",
            "  │                        │  ",
            "  │     [Y]es / <[N]o>     │  ",
            "  └────────────────────────┘  ",
            "                              ",
        ])
    }

    @Test(arguments: [
        (Key.char("y"), ConfirmDialog.Answer?.some(.yes)), (.char("Y"), .yes), (.char("n"), .no), (.char("N"), .no),
        (.escape, .no), (.enter, .no), (.char("x"), nil), (.down, nil),
    ])
    func confirmDialogAnswers(key: Key, expected: ConfirmDialog.Answer?) {
        #expect(ConfirmDialog(title: "Quit?", message: []).answer(for: key) == expected)
    }

    @Test func confirmDialogEnterFollowsItsDefault() {
        let save = ConfirmDialog(title: "Save?", message: ["Unsaved changes"], defaultAnswer: .yes)
        #expect(save.answer(for: .enter) == .yes)
        let b = draw(24, 6) { save.render(into: &$0, in: $0.area, theme: theme, ascii: true) }
        #expect(trimmedLines(b) == [
            "  + Save? ----------+",
            "  | Unsaved changes |",
            "  |                 |",
            "  | <[Y]es> / [N]o  |",
            "  +-----------------+",
            "",
        ])
    }

    @Test func dialogLargerThanTheScreenIsClipped() {
        let dialog = ConfirmDialog(title: "A very long title indeed", message: ["line"])
        let b = draw(6, 2) { dialog.render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == ["┌ A… ┐", "└────┘"])
    }

    @Test func tabsMarkTheActiveOneAndGreyDisabledOnes() {
        let tabs = Tabs(tabs: [Tabs.Tab("Profile"), Tabs.Tab("Plan"), Tabs.Tab("Notes", disabledReason: "No plan yet")], active: 1)
        let b = draw(32, 1) { tabs.render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.text == " 1 Profile │[2 Plan]│ 3 Notes")
        #expect(b[13, 0].style == theme[.tabActive])
        #expect(b[23, 0].style == theme[.muted])
        #expect(tabs.index(movingBy: 1) == 0)           // skips the disabled Notes and wraps
        #expect(tabs.index(movingBy: -1) == 0)
        #expect(tabs.choice(forNumber: 3) == .disabled(reason: "Notes: No plan yet"))
        #expect(tabs.choice(forNumber: 1) == .open(0))
        #expect(tabs.choice(forNumber: 9) == .none)
    }

    @Test func statusMessageExpiresAfterItsTicks() {
        var status = StatusLineState()
        status.show("Saved", ticks: 2)
        #expect(draw(10, 1) { status.render(into: &$0, in: $0.area, theme: theme) }.text == "Saved")
        #expect(status.tick() == false)
        #expect(status.message?.text == "Saved")
        #expect(status.tick() == true)
        #expect(status.message == nil)
        #expect(draw(10, 1) { status.render(into: &$0, in: $0.area, theme: theme) }.text == "")
    }

    @Test func statusErrorsCarryAMarkerAndStayUntilReplaced() {
        var status = StatusLineState()
        status.show("Database is locked, try again", kind: .error, ticks: nil)
        for _ in 0..<100 { status.tick() }
        let b = draw(20, 1) { status.render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.text == "! Database is locke…")
        #expect(b[19, 0].style == theme[.statusError])
    }

    @Test(arguments: [(false, ["┌ Hi ──┐", "│      │", "└──────┘"]), (true, ["+ Hi --+", "|      |", "+------+"])])
    func boxBordersUnicodeOrASCII(ascii: Bool, expected: [String]) {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let b = draw(8, 3) { inner = Box(title: "Hi", ascii: ascii).render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == expected)
        #expect(inner == Rect(x: 1, y: 1, width: 6, height: 1))
    }

    @Test func tooSmallScreenWrapsTheMessageCentred() {
        let b = draw(40, 10) { TooSmallView.render(into: &$0, need: Size(width: 80, height: 24)) }
        #expect(trimmedLines(b) == [
            "", "", "", "",
            "  Terminal too small: need 80x24, have",
            "                 40x10",
            "", "", "", "",
        ])
    }

    @Test func tooSmallMessageOnOneLineWhenItFits() {
        let b = draw(60, 3) { TooSmallView.render(into: &$0, need: Size(width: 80, height: 24)) }
        #expect(trimmedLines(b) == ["", "         Terminal too small: need 80x24, have 60x3", ""])
        #expect(TooSmallView.isTooSmall(Size(width: 79, height: 30), need: Size(width: 80, height: 24)))
        #expect(!TooSmallView.isTooSmall(Size(width: 80, height: 24), need: Size(width: 80, height: 24)))
    }

    @Test(arguments: [(0, 0), (1, 1), (1, 0), (0, 5), (3, 2)])
    func tooSmallNeverCrashes(width: Int, height: Int) {
        let b = draw(width, height) { TooSmallView.render(into: &$0, need: Size(width: 80, height: 24)) }
        #expect(b.lines().count == height)
        if width == 1 && height == 1 { #expect(b.lines() == ["T"]) }
    }
}
