/// Selection and scroll of a list or table: which row is selected and which row is at the top.
public struct ListState: Hashable, Sendable {
    public var selected: Int
    /// Index of the first visible row.
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) { self.selected = selected; self.offset = offset }

    /// Moves the selection: arrows, j/k, PgUp/PgDn, Home/End, g/G. Enter submits.
    /// `visibleRows` is the list's height, used for paging and to keep the selection on screen.
    public mutating func handle(_ key: Key, itemCount: Int, visibleRows: Int) -> KeyOutcome {
        offset = visibleOffset(itemCount: itemCount, visibleRows: visibleRows)   // start from what the user sees
        let page = max(1, visibleRows - 1)
        let target: Int
        switch key {
        case .up, .char("k"): target = selected - 1
        case .down, .char("j"): target = selected + 1
        case .pageUp: target = selected - page
        case .pageDown: target = selected + page
        case .home, .char("g"): target = 0
        case .end, .char("G"): target = itemCount - 1
        case .enter: return itemCount > 0 ? .submitted : .consumed
        default: return .ignored
        }
        let before = selected
        select(target, itemCount: itemCount, visibleRows: visibleRows)
        return selected == before ? .consumed : .changed
    }

    /// Selects `index` (clamped to the rows that exist) and scrolls just enough to show it.
    public mutating func select(_ index: Int, itemCount: Int, visibleRows: Int) {
        selected = itemCount == 0 ? 0 : min(max(0, index), itemCount - 1)
        offset = visibleOffset(itemCount: itemCount, visibleRows: visibleRows)
    }

    /// The top row to draw: the stored offset, moved only as far as needed to show the selection,
    /// and never leaving blank rows below the last item.
    public func visibleOffset(itemCount: Int, visibleRows: Int) -> Int {
        guard itemCount > 0, visibleRows > 0 else { return 0 }
        let sel = min(max(0, selected), itemCount - 1)
        var top = min(offset, max(0, itemCount - visibleRows))
        if sel < top { top = sel }
        if sel >= top + visibleRows { top = sel - visibleRows + 1 }
        return max(0, top)
    }
}
