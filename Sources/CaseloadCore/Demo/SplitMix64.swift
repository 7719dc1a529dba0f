/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64). Demo data must come out the
/// same on every machine and Swift version, so the helpers below do their own range reduction
/// instead of relying on the standard library's `random(in:using:)`, whose algorithm may change.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// An independent stream for one (seed, index, part): each client, employer or part of a story
    /// draws from its own stream, so generating index 90,000 never needs indices 0…89,999.
    public init(seed: UInt64, index: Int, stream: UInt64) {
        var s = SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C908)
        s = SplitMix64.mix(s ^ UInt64(bitPattern: Int64(index)))
        state = SplitMix64.mix(s ^ (stream &* 0x9E37_79B9_7F4A_7C15))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection on 64 bits with good avalanche.
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0), by multiply-high; the bias is far below anything a demo can show.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(\(n))")
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A double in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn with the given (non-negative, not all zero) weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if roll < w { return i }
            roll -= w
        }
        return weights.count - 1
    }

    /// A value drawn from (value, weight) pairs.
    public mutating func weighted<T>(_ table: [(T, Int)]) -> T {
        var total = 0
        for entry in table { total += entry.1 }
        var roll = below(total)
        for entry in table {
            if roll < entry.1 { return entry.0 }
            roll -= entry.1
        }
        return table[table.count - 1].0
    }
}
