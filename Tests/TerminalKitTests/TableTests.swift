import Testing
@testable import TerminalKit

struct TableTests {
    let columns = [
        TableColumn("Name"),
        TableColumn("Age", sizing: .fixed(3), alignment: .right),
        TableColumn("City", minWidth: 4),
    ]
    let rows = [["Ana", "34", "Toronto"], ["王秀英", "7", "Ottawa"], ["Zoë", "101", "Thunder Bay"]]

    @Test func wideTableGivesSpareRoomToFlexibleColumns() {
        let b = draw(30, 4) { Table(columns: columns, rows: rows).render(ListState(), into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == [
            "  Name      Age City          ",
            "> Ana        34 Toronto       ",
            "  王秀英      7 Ottawa        ",
            "  Zoë       101 Thunder Bay   ",
        ])
    }

    @Test func narrowTableShrinksWidestFlexibleColumnAndTruncatesWithEllipsis() {
        let b = draw(20, 4) { Table(columns: columns, rows: rows).render(ListState(selected: 2), into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == [
            "  Name   Age City   ",
            "  Ana     34 Toronto",
            "  王秀英   7 Ottawa ",
            "> Zoë    101 Thunde…",
        ])
    }

    @Test(arguments: [
        (28, [9, 3, 14]),   // room to spare: shared by Name and City
        (18, [6, 3, 7]),    // tight: City (widest) shrinks first
        (12, [3, 3, 4]),    // everything at its minimum
        (8, [3, 3, 0]),     // still too wide: the rightmost column is dropped, left ones stay whole
    ])
    func columnWidths(available: Int, expected: [Int]) {
        #expect(TableLayout.widths(columns: columns, rows: rows, available: available) == expected)
    }

    @Test func maxWidthCapsAColumnWhileOthersNeedTheRoom() {
        let cols = [TableColumn("Code", maxWidth: 5), TableColumn("Description")]
        #expect(TableLayout.widths(columns: cols, rows: [["A-1234567", "a long description"]], available: 24) == [5, 18])
        // Room to spare: no other column needs more.
        #expect(TableLayout.widths(columns: cols, rows: [["A-1", "x"]], available: 30) == [5, 24])
    }

    /// Issue #15 item 20: at 200 columns the follow-up queue cut the owner's name while "What"
    /// held 100 blank columns. Spare room first makes a cut column whole.
    @Test func spareRoomFirstGoesToColumnsTheirMaximumCut() {
        let cols = [TableColumn("What", minWidth: 10), TableColumn("Owner", minWidth: 8, maxWidth: 16)]
        let rows = [["Call back", "Marie-Ève Tremblay-Gagnon"]]
        #expect(TableLayout.widths(columns: cols, rows: rows, available: 120) == [94, 25])
        #expect(TableLayout.widths(columns: cols, rows: rows, available: 30) == [10, 19], "the cut column gets the spare room first")
        #expect(TableLayout.widths(columns: cols, rows: rows, available: 22) == [10, 11], "tight: it shrinks as before")
    }

    @Test func selectedRowUsesSelectedStyleAndMarkerAcrossTheFullWidth() {
        let b = draw(30, 4) { Table(columns: columns, rows: rows).render(ListState(selected: 1), into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines()[2].hasPrefix("> 王秀英"))
        for x in 0..<30 { #expect(b[x, 2].style == theme[.selected]) }
        #expect(b[0, 1].style == theme[.normal])
        #expect(b[0, 0].style == theme[.header])
        let unfocused = draw(30, 4) { Table(columns: columns, rows: rows, focused: false).render(ListState(selected: 1), into: &$0, in: $0.area, theme: theme) }
        #expect(unfocused[5, 2].style == theme[.selectedUnfocused])
    }

    @Test func rowRoleMarksRowsThatAreNotSelected() {
        let b = draw(30, 4) {
            Table(columns: columns, rows: rows, rowRole: { $0 == 2 ? .overdue : nil }).render(ListState(), into: &$0, in: $0.area, theme: theme)
        }
        #expect(b[3, 3].style == theme[.overdue])
        #expect(b[3, 2].style == theme[.normal])
    }

    @Test func emptyTableShowsCentredMessageUnderTheHeader() {
        let b = draw(30, 5) { Table(columns: columns, rows: [], emptyMessage: "No clients yet").render(ListState(), into: &$0, in: $0.area, theme: theme) }
        #expect(trimmedLines(b) == [
            "  Name         Age City",
            "",
            "        No clients yet",
            "",
            "",
        ])
        #expect(b[8, 2].style == theme[.muted])
    }

    @Test func scrollingKeepsTheSelectionVisible() {
        let many = (1...20).map { ["Client \($0)", "\($0)", "Town"] }
        var state = ListState()
        let rowsShown = Table.bodyRows(forHeight: 4)
        for _ in 0..<5 { _ = state.handle(.down, itemCount: many.count, visibleRows: rowsShown) }
        let b = draw(24, 4) { Table(columns: columns, rows: many).render(state, into: &$0, in: $0.area, theme: theme) }
        #expect(b.text == """
              Name        Age City
              Client 4      4 Town
              Client 5      5 Town
            > Client 6      6 Town
            """)
    }
}

struct ListStateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var keys: [Key], selected: Int, offset: Int
        var testDescription: String { keys.map(\.description).joined(separator: " ") }
    }

    @Test(arguments: [
        Case(keys: [.down], selected: 1, offset: 0),
        Case(keys: Array(repeating: .down, count: 6), selected: 6, offset: 2),
        Case(keys: [.pageDown], selected: 4, offset: 0),
        Case(keys: [.pageDown, .pageDown], selected: 8, offset: 4),
        Case(keys: [.end], selected: 19, offset: 15),
        Case(keys: [.char("G")], selected: 19, offset: 15),
        Case(keys: [.end, .up], selected: 18, offset: 15),
        Case(keys: [.end, .char("g")], selected: 0, offset: 0),
        Case(keys: [.end, .home], selected: 0, offset: 0),
        Case(keys: [.char("j"), .char("j"), .char("k")], selected: 1, offset: 0),
        Case(keys: [.end, .down, .down], selected: 19, offset: 15),
        Case(keys: [.up], selected: 0, offset: 0),
        Case(keys: [.end, .pageUp], selected: 15, offset: 15),
        Case(keys: [.end, .pageUp, .pageUp], selected: 11, offset: 11),
    ])
    func navigation(c: Case) {
        var state = ListState()
        for key in c.keys { _ = state.handle(key, itemCount: 20, visibleRows: 5) }
        #expect(state.selected == c.selected)
        #expect(state.offset == c.offset)
    }

    @Test func outcomesTellTheCallerWhatHappened() {
        var state = ListState()
        #expect(state.handle(.down, itemCount: 3, visibleRows: 5) == .changed)
        #expect(state.handle(.end, itemCount: 3, visibleRows: 5) == .changed)
        #expect(state.handle(.down, itemCount: 3, visibleRows: 5) == .consumed)   // already at the end
        #expect(state.handle(.enter, itemCount: 3, visibleRows: 5) == .submitted)
        #expect(state.handle(.char("x"), itemCount: 3, visibleRows: 5) == .ignored)
        var empty = ListState()
        #expect(empty.handle(.enter, itemCount: 0, visibleRows: 5) == .consumed)
        #expect(empty.handle(.down, itemCount: 0, visibleRows: 5) == .consumed)
        #expect(empty.selected == 0)
    }

    @Test func shrinkingListClampsOffsetSoNoBlankRowsShowBelowTheEnd() {
        let state = ListState(selected: 9, offset: 8)
        #expect(state.visibleOffset(itemCount: 10, visibleRows: 5) == 5)
    }

    @Test func listViewRendersWideTextTruncatedAndEmptyState() {
        let items = ["王秀英 Wang Xiuying", "Côte\u{301}", "Short"]
        let b = draw(12, 3) { ListView(items: items).render(ListState(selected: 1), into: &$0, in: $0.area, theme: theme) }
        #expect(b.lines() == ["  王秀英 Wa…", "> Côté      ", "  Short     "])
        let empty = draw(12, 3) { ListView(items: [], emptyMessage: "Empty").render(ListState(), into: &$0, in: $0.area, theme: theme) }
        #expect(empty.lines() == ["            ", "   Empty    ", "            "])
    }
}
