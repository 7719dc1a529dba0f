/// One terminal cell. A wide grapheme occupies its cell and the next, whose `isWideTail` is set
/// and whose grapheme is empty; backends never draw a tail.
public struct Cell: Hashable, Sendable {
    /// The grapheme's UTF-8 bytes held inline, not as a `Character`: a frame copies 12,000 cells
    /// several times, and a `Character` costs a reference-count call on every copy.
    private var packed: PackedGrapheme
    public var style: Style
    public var isWideTail: Bool
    /// Set for the first half of a two-column grapheme (so overwriting it never re-measures it).
    public private(set) var isWide: Bool

    public init(_ grapheme: Character? = " ", style: Style = .plain, isWideTail: Bool = false) {
        packed = PackedGrapheme(grapheme)
        self.style = style; self.isWideTail = isWideTail
        isWide = !isWideTail && grapheme.map { TextWidth.of($0) == 2 } == true
    }

    /// A grapheme whose width the caller has just measured.
    init(_ grapheme: Character, width: Int, style: Style) {
        packed = PackedGrapheme(grapheme)
        self.style = style; isWideTail = false; isWide = width == 2
    }

    /// A printable ASCII byte: the common case, built without any string work.
    init(ascii byte: UInt8, style: Style) {
        packed = PackedGrapheme(ascii: byte)
        self.style = style; isWideTail = false; isWide = false
    }

    public var grapheme: Character? {
        get { packed.character }
        set {
            packed = PackedGrapheme(newValue)
            isWide = !isWideTail && newValue.map { TextWidth.of($0) == 2 } == true
        }
    }

    public static let blank = Cell()
}

import Synchronization

/// Up to 15 UTF-8 bytes inline with their count in the last byte (0: no grapheme). Longer
/// graphemes (emoji ZWJ families) are interned once and referred to by number.
struct PackedGrapheme: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    private static let internedMark: UInt64 = 0xFF

    init(ascii byte: UInt8) {
        low = UInt64(byte)
        high = 1 << 56
    }

    init(_ grapheme: Character?) {
        guard let grapheme else { return }
        var text = String(grapheme)
        let fits: Bool = text.withUTF8 { bytes in
            guard bytes.count <= 15 else { return false }
            for (i, byte) in bytes.enumerated() {
                if i < 8 { low |= UInt64(byte) << (8 * i) } else { high |= UInt64(byte) << (8 * (i - 8)) }
            }
            high |= UInt64(bytes.count) << 56
            return true
        }
        if !fits {
            low = UInt64(Interned.number(of: text))
            high = Self.internedMark << 56
        }
    }

    var character: Character? {
        let count = Int(high >> 56)
        if count == 0 { return nil }
        if UInt64(count) == Self.internedMark { return Character(Interned.text(Int(low))) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for i in 0..<count { bytes.append(UInt8(truncatingIfNeeded: i < 8 ? low >> (8 * i) : high >> (8 * (i - 8)))) }
        return Character(String(decoding: bytes, as: UTF8.self))
    }
}

/// Graphemes too long to pack, numbered in order of first use. Few ever exist (they are rare in
/// text), so the table only grows by what was actually drawn.
private enum Interned {
    private static let table = Mutex<(texts: [String], numbers: [String: Int])>(([], [:]))

    static func number(of text: String) -> Int {
        table.withLock { t in
            if let known = t.numbers[text] { return known }
            t.texts.append(text)
            t.numbers[text] = t.texts.count - 1
            return t.texts.count - 1
        }
    }

    static func text(_ number: Int) -> String { table.withLock { $0.texts[number] } }
}
