import TerminalKit

/// Caches (foreground, background) → colour-pair number. Pairs are allocated from 1 up to a cap;
/// past the cap, or when the terminal refuses a pair, pair 0 (terminal default) is used, so a
/// theme with too many combinations degrades to plain text instead of failing (NeoMutt does this).
/// Allocation is injected so the cache is tested without a terminal.
struct ColorPairs {
    typealias Allocate = (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool

    /// The highest pair number this cache may hand out.
    let capacity: Int32
    /// How many colours the terminal has (`COLORS`); indices at or above it are mapped down.
    let colorCount: Int32
    private let allocate: Allocate
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct PairKey: Hashable { var foreground: Int32, background: Int32 }

    init(capacity: Int32, colorCount: Int32, allocate: @escaping Allocate) {
        self.capacity = max(0, capacity); self.colorCount = colorCount; self.allocate = allocate
    }

    /// The pair to draw `foreground` on `background` with.
    mutating func pair(foreground: Color, background: Color) -> Int32 {
        let key = PairKey(foreground: resolve(foreground), background: resolve(background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        guard nextPair <= capacity, allocate(nextPair, key.foreground, key.background) else {
            pairs[key] = 0   // remember the refusal: do not retry on every frame
            return 0
        }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key]!
    }

    /// The ncurses colour number: -1 for the terminal default. A bright colour (8–15) on an
    /// 8-colour terminal becomes its normal twin; anything else it cannot show becomes default.
    func resolve(_ color: Color) -> Int32 {
        guard case .indexed(let index) = color else { return -1 }
        let i = Int32(index)
        if i < colorCount { return i }
        if (8..<16).contains(i) && i - 8 < colorCount { return i - 8 }
        return -1
    }
}
