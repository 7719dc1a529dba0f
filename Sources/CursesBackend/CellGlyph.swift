import TerminalKit

/// What ncurses is given for one cell, so the terminal draws exactly the columns the layout
/// measured (TextWidth) and nothing is left over from the last frame.
struct CellGlyph: Equatable {
    /// The base scalar and the zero-width marks that stay with it.
    var scalars: [UInt32]
    /// The layout gave the cell two columns but ncurses counts one (a narrow base widened by U+FE0F,
    /// as in ❤️): the second column gets a space, or it would keep whatever was drawn there before.
    var padsSecondColumn: Bool

    static let zeroWidthJoiner: UInt32 = 0x200D
    /// ncurses keeps at most this many scalars in a cell (CCHARW_MAX 5, less one for the terminator).
    static let maxScalars = 4

    /// A ZWJ sequence (👩‍💻, 👨‍👩‍👧) is drawn as its first emoji. ncurses keeps only the base and its
    /// zero-width marks in a cell, so it would send 👩 and the joiner alone; a terminal that joins
    /// emoji then glues the next cell's character onto this one, every later column on the row shifts
    /// left by two and the old cells stay on screen. Without the joiner every terminal draws the same
    /// two columns the layout measured.
    init(_ grapheme: Character, columns: Int) {
        var kept: [UInt32] = []
        for scalar in grapheme.unicodeScalars {
            if kept.isEmpty { kept.append(scalar.value); continue }
            // Stop at the joiner, and at any spacing scalar (setcchar would drop it anyway).
            if scalar.value == Self.zeroWidthJoiner || TextWidth.of(scalar: scalar) != 0 || kept.count == Self.maxScalars { break }
            kept.append(scalar.value)
        }
        scalars = kept
        padsSecondColumn = columns == 2 && kept.first.flatMap(Unicode.Scalar.init).map { TextWidth.of(scalar: $0) == 1 } == true
    }
}
