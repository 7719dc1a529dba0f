/// How much of a split one part takes.
public enum LayoutConstraint: Hashable, Sendable {
    /// Exactly n cells (less only if the space runs out).
    case fixed(Int)
    /// At least n cells, growing like `fill(1)` when there is room.
    case min(Int)
    /// A share of what is left after fixed and minimum parts, by weight.
    case fill(Int = 1)
}

extension Rect {
    /// Splits into rows from top to bottom, one per constraint.
    public func splitVertically(_ constraints: [LayoutConstraint]) -> [Rect] {
        Layout.sizes(constraints, total: height).map { Rect(x: x, y: y + $0.offset, width: width, height: $0.length) }
    }

    /// Splits into columns from left to right, one per constraint.
    public func splitHorizontally(_ constraints: [LayoutConstraint]) -> [Rect] {
        Layout.sizes(constraints, total: width).map { Rect(x: x + $0.offset, y: y, width: $0.length, height: height) }
    }

    /// A rectangle of at most `size`, centred in this one.
    public func centered(_ size: Size) -> Rect {
        let w = Swift.min(size.width, width), h = Swift.min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}

enum Layout {
    /// Earlier parts keep their fixed/minimum sizes when space is short; spare space goes to fill/min parts.
    static func sizes(_ constraints: [LayoutConstraint], total: Int) -> [(offset: Int, length: Int)] {
        var remaining = max(0, total)
        var lengths = constraints.map { c -> Int in
            let want: Int
            switch c { case .fixed(let n), .min(let n): want = max(0, n); case .fill: want = 0 }
            let got = Swift.min(want, remaining)
            remaining -= got
            return got
        }
        let weights = constraints.map { c -> Int in
            switch c { case .fixed: return 0; case .min: return 1; case .fill(let w): return max(0, w) }
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0, remaining > 0 {
            let spare = remaining
            for i in lengths.indices { lengths[i] += spare * weights[i] / totalWeight; remaining -= spare * weights[i] / totalWeight }
            // Integer leftovers go to the first growing parts, one cell each.
            for i in lengths.indices where remaining > 0 && weights[i] > 0 { lengths[i] += 1; remaining -= 1 }
        }
        var offset = 0
        return lengths.map { len in defer { offset += len }; return (offset, len) }
    }
}
