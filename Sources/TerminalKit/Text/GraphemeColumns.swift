/// Column arithmetic over a run of graphemes, shared by the text field, editor and table.
enum GraphemeColumns {
    /// Columns taken by `chars[range]`.
    static func width(_ chars: ArraySlice<Character>) -> Int {
        chars.reduce(0) { $0 + TextWidth.of($1) }
    }

    /// Draws the part of `chars` from column `skip` onward, at most `width` columns, at (x, y).
    /// A wide grapheme cut by the left edge shows as a space so columns stay aligned.
    static func draw(_ chars: ArraySlice<Character>, skip: Int, width: Int, x: Int, y: Int,
                     style: Style, into buffer: inout ScreenBuffer) {
        var col = 0, out = 0
        for c in chars {
            let w = TextWidth.of(c)
            if col + w <= skip { col += w; continue }
            if col < skip {   // straddles the scroll edge
                let shown = col + w - skip
                buffer.put(String(repeating: " ", count: shown), x: x + out, y: y, style: style, maxWidth: width - out)
                out += shown; col += w; continue
            }
            if out + w > width { break }
            out += buffer.put(String(c), x: x + out, y: y, style: style, maxWidth: width - out)
            col += w
        }
    }
}
