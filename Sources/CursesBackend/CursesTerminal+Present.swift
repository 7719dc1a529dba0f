import CNcursesw
import TerminalKit

extension CursesTerminal {
    /// Draws `buffer` and places the hardware cursor at `buffer.cursor` (hidden when nil), so
    /// screen readers and braille displays follow the focus. Clips to the current screen: a
    /// buffer built before a resize is drawn only where it fits.
    public func present(_ buffer: ScreenBuffer) {
        guard isActive, let window else { return }
        let screenSize = size
        let rows = min(buffer.height, screenSize.height), cols = min(buffer.width, screenSize.width)
        let previous = reusablePreviousFrame(for: buffer, screenSize: screenSize)
        if previous == nil { werase(window) }   // full repaint; ncurses still sends only what differs
        for y in 0..<rows {
            let rowStart = y * buffer.width
            for x in 0..<cols {
                let cell = buffer.cells[rowStart + x]
                if cell.isWideTail { continue }   // drawn with its wide head
                if let previous, previous.cells[rowStart + x] == cell { continue }
                draw(cell, x: x, y: y, window: window, lastColumn: cols - 1)
            }
        }
        previousFrame = buffer
        previousScreenSize = screenSize
        placeCursor(buffer.cursor, rows: rows, cols: cols, window: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// The last frame, when cells can be compared against it; nil means repaint everything.
    private func reusablePreviousFrame(for buffer: ScreenBuffer, screenSize: Size) -> ScreenBuffer? {
        guard let previousFrame, previousScreenSize == screenSize,
              previousFrame.width == buffer.width, previousFrame.height == buffer.height else { return nil }
        return previousFrame
    }

    private func draw(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>, lastColumn: Int) {
        var grapheme = cell.grapheme ?? " "
        let width = TextWidth.of(grapheme)
        // A control or zero-width grapheme would move ncurses' cursor or vanish; a wide one in
        // the last column would wrap. Both become a space.
        if width == 0 || (width == 2 && x == lastColumn) { grapheme = " " }
        let glyph = CellGlyph(grapheme, columns: TextWidth.of(grapheme))
        let pair = colorsEnabled ? (colorPairs?.pair(foreground: cell.style.foreground, background: cell.style.background) ?? 0) : 0
        let attrs = attributes(cell.style.attributes)
        // ERR is expected at the bottom-right corner: the cell is written, only the cursor cannot
        // advance (scrolling is off). Elsewhere we never write out of bounds.
        _ = glyph.scalars.withUnsafeBufferPointer {
            nc_put_cell(window, Int32(y), Int32(x), $0.baseAddress, Int32($0.count), attrs, pair)
        }
        if glyph.padsSecondColumn, x < lastColumn {
            let space: [UInt32] = [0x20]
            _ = space.withUnsafeBufferPointer { nc_put_cell(window, Int32(y), Int32(x + 1), $0.baseAddress, 1, attrs, pair) }
        }
    }

    private func attributes(_ a: Attributes) -> attr_t {
        var result = nc_a_normal()
        if a.contains(.bold) { result |= nc_a_bold() }
        if a.contains(.reverse) { result |= nc_a_reverse() }
        if a.contains(.underline) { result |= nc_a_underline() }
        if a.contains(.dim) { result |= nc_a_dim() }
        if a.contains(.italic) { result |= nc_a_italic() }
        return result
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, rows: Int, cols: Int, window: UnsafeMutablePointer<WINDOW>) {
        if let cursor, (0..<cols).contains(cursor.x), (0..<rows).contains(cursor.y) {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
    }
}
