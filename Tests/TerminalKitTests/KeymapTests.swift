import Testing
@testable import TerminalKit

struct KeymapTests {
    enum Action: Sendable, Equatable { case help, search, note, delete, quit, down, up }

    /// One table drives dispatch, the footer and the help overlay.
    let keymap = Keymap<Action>([
        KeyBinding([.function(1), .char("?")], .help, help: "Help", showInFooter: true),
        KeyBinding([.char("/")], .search, help: "Search", group: "Clients", showInFooter: true),
        KeyBinding([.char("n")], .note, help: "Note", group: "Clients", showInFooter: true),
        KeyBinding([.char("d")], .delete, help: "Delete", group: "Clients", showInFooter: true),
        KeyBinding([.char("q")], .quit, help: "Quit", showInFooter: true),
        KeyBinding([.down, .char("j")], .down, help: "Next row", group: "Navigation"),
        KeyBinding([.up, .char("k")], .up, help: "Previous row", group: "Navigation"),
    ])

    var deleteDisabled: Keymap<Action> {
        keymap.evaluatingDisabled { $0 == .delete ? "No client selected" : nil }
    }

    @Test func lookupFindsActionsAndReportsDisabledOnes() {
        #expect(keymap.action(for: .char("j")) == .down)
        #expect(keymap.action(for: .function(1)) == .help)
        #expect(keymap.action(for: .char("x")) == nil)
        guard case .disabled(let reason) = deleteDisabled.lookup(.char("d")) else { Issue.record("d should be disabled"); return }
        #expect(reason == "No client selected")
        #expect(deleteDisabled.action(for: .char("d")) == nil)
        guard case .unbound = keymap.lookup(.char("z")) else { Issue.record("z is not bound"); return }
        #expect(keymap.duplicateKeys.isEmpty)
        #expect(Keymap<Action>([KeyBinding([.char("a")], .note, help: ""), KeyBinding([.char("a")], .quit, help: "")]).duplicateKeys == [.char("a")])
    }

    @Test func footerFitsAsManyHintsAsTheWidthAllows() {
        let wide = draw(50, 1) { Footer(keymap).render(into: &$0, in: $0.area, theme: theme) }
        #expect(wide.text == "F1 Help  / Search  n Note  d Delete  q Quit")
        let narrow = draw(40, 1) { Footer(keymap).render(into: &$0, in: $0.area, theme: theme) }
        #expect(narrow.text == "F1 Help  / Search  n Note  d Delete")
        #expect(narrow[0, 0].style == theme[.footerKey])
        #expect(narrow[3, 0].style == theme[.footerText])
        #expect(Footer(keymap).visibleBindings(width: 5).isEmpty)
    }

    @Test func footerShowsDisabledActionsMuted() {
        let b = draw(50, 1) { Footer(deleteDisabled).render(into: &$0, in: $0.area, theme: theme) }
        #expect(b.text == "F1 Help  / Search  n Note  d Delete  q Quit")
        #expect(b[27, 0].style == theme[.muted])   // the "d"
        #expect(b[19, 0].style == theme[.footerKey])   // the "n"
    }

    @Test func helpOverlayListsEveryBindingGroupedWithDisabledReasons() {
        #expect(HelpOverlay(deleteDisabled).lines == [
            "General",
            "  F1/?  Help",
            "  q     Quit",
            "",
            "Clients",
            "  /     Search",
            "  n     Note",
            "  d     Delete (unavailable: No client selected)",
            "",
            "Navigation",
            "  ↓/j   Next row",
            "  ↑/k   Previous row",
        ])
    }

    @Test func helpOverlayScrollsAndCloses() {
        let overlay = HelpOverlay(keymap, title: "Keys")
        let area = Rect(x: 0, y: 0, width: 30, height: 8)
        let rows = HelpOverlay<Action>.visibleRows(in: area)
        #expect(rows == 4)
        var state = HelpOverlayState()
        func screen() -> [String] { trimmedLines(draw(30, 8) { overlay.render(state, into: &$0, in: $0.area, theme: theme) }) }
        #expect(screen() == [
            "",
            "  ┌ Keys ──────────────────┐",
            "  │ General                │",
            "  │   F1/?  Help           │",
            "  │   q     Quit           │",
            "  │                        │",
            "  └──────────────── more ↓ ┘",
            "",
        ])
        #expect(state.handle(.pageDown, lineCount: overlay.lines.count, visibleRows: rows) == .consumed)
        #expect(state.scroll == 3)
        #expect(state.handle(.end, lineCount: overlay.lines.count, visibleRows: rows) == .consumed)
        #expect(screen()[2...6] == ["  │                        │", "  │ Navigation             │", "  │   ↓/j   Next row       │", "  │   ↑/k   Previous row   │", "  └────────────────────────┘"])
        #expect(state.handle(.down, lineCount: overlay.lines.count, visibleRows: rows) == .consumed)
        #expect(state.scroll == overlay.lines.count - rows)   // cannot scroll past the end
        #expect(state.handle(.char("x"), lineCount: 12, visibleRows: rows) == .consumed)  // modal
        #expect(state.handle(.char("?"), lineCount: 12, visibleRows: rows) == .cancelled)
        #expect(state.handle(.escape, lineCount: 12, visibleRows: rows) == .cancelled)
    }
}
