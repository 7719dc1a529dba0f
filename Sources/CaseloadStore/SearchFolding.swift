/// Letters the search index spells out in plain Latin before FTS5 sees them.
///
/// Why: unicode61's `remove_diacritics` drops only marks that Unicode decomposes off a base letter
/// (é = e + ´, ặ = a + ̣ + ̆). Letters such as Đ, Ł, Ø, ß, Æ and Œ have no decomposition, so without
/// this "dang" would not find Đặng nor "lukasz" Łukasz. The same table folds the index's text (in
/// SQL for the triggers and bulk fills, in Swift for the import's rows) and what is typed, so the
/// two sides always agree; a test holds them to it letter by letter.
enum SearchFolding {
    /// Each letter and its plain spelling (ASCII, so no replacement creates another letter to fold).
    static let letters: [(letter: Unicode.Scalar, plain: String)] = [
        ("Đ", "D"), ("đ", "d"), ("Ð", "D"), ("ð", "d"),      // Vietnamese, Serbo-Croatian; Icelandic eth
        ("Ł", "L"), ("ł", "l"), ("Ŀ", "L"), ("ŀ", "l"),      // Polish; Catalan
        ("Ø", "O"), ("ø", "o"),                              // Danish, Norwegian
        ("ß", "ss"), ("ẞ", "SS"),                            // German
        ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"),  // ligatures
        ("Þ", "TH"), ("þ", "th"),                            // Icelandic thorn
        ("Ħ", "H"), ("ħ", "h"), ("Ŧ", "T"), ("ŧ", "t"),      // Maltese; Sami
        ("ı", "i"), ("Ĳ", "IJ"), ("ĳ", "ij"),                // Turkish dotless i; Dutch
    ]

    private static let plainByLetter: [Unicode.Scalar: String] = Dictionary(uniqueKeysWithValues: letters.map { ($0.letter, $0.plain) })

    /// `text` with every listed letter spelled out; everything else as it was.
    static func fold(_ text: String) -> String {
        // Names are mostly ASCII, and ASCII has nothing to fold.
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let plain = plainByLetter[scalar] { folded.append(contentsOf: plain.unicodeScalars) } else { folded.append(scalar) }
        }
        return String(folded)
    }

    /// The same folding as an SQL expression on `expression`: one replace() per letter. replace()
    /// works on UTF-8 bytes, which for whole scalars is the same as `fold` working on scalars.
    static func sql(_ expression: String) -> String {
        letters.reduce(expression) { inner, pair in "replace(\(inner), '\(pair.letter)', '\(pair.plain)')" }
    }
}
