/// Sorting many rows cheaply: order by a 64-bit key that settles almost every comparison, then sort
/// only the runs of equal keys with the full comparison. Used for client names (first 8 bytes) and
/// for the queue (status, due day, name rank packed into one integer).
enum KeyedSort {
    /// Row indices (0..<keys.count) in order of `keys`, ties ordered by `tieBreak(a, b)` ("a before b").
    static func order(keys: [UInt64], tieBreak: (Int32, Int32) -> Bool) -> [Int32] {
        var pairs = keys.enumerated().map { Pair(key: $0.element, row: Int32($0.offset)) }
        pairs.sort { $0.key < $1.key }
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count && pairs[end].key == pairs[start].key { end += 1 }
            if end - start > 1 { pairs[start..<end].sort { tieBreak($0.row, $1.row) } }
            start = end
        }
        return pairs.map(\.row)
    }

    private struct Pair { let key: UInt64; let row: Int32 }
}
