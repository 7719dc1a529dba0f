import Foundation

/// The order of client names in the queue: by UTF-8 bytes, which for the NFC text the store holds is
/// Swift's own `<` and also SQLite's BINARY collation — so clients sent `ORDER BY name` arrive sorted
/// and ranking them costs one pass.
enum ClientNameOrder {
    /// Negative, zero or positive, like `memcmp`.
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let r = memcmp(p, q, common)
                    if r != 0 { return Int(r) }
                }
                return x.count - y.count
            }
        }
    }

    /// Each client's place in (name, id) order, by position in `clients`.
    static func ranks(_ clients: [ClientFact]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: clients.count)
        let presorted = zip(clients, clients.dropFirst()).allSatisfy { a, b in
            let c = compare(a.name, b.name)
            return c != 0 ? c < 0 : a.id < b.id
        }
        let order = presorted ? Array(0..<Int32(clients.count)) : NameBytes(clients).sortedRows()
        for (rank, row) in order.enumerated() { ranks[Int(row)] = Int32(rank) }
        return ranks
    }
}

/// All names' UTF-8 bytes in one buffer, sorted most-significant 8 bytes first: sort by the first 8
/// bytes as an integer, then each run of equal prefixes by the next 8, and so on; names that are
/// entirely equal fall back to the client id. Integer comparisons only, however many names share a
/// surname.
private struct NameBytes {
    var bytes: [UInt8] = []
    var start: [Int] = [], length: [Int] = []
    let ids: [Int64]

    init(_ clients: [ClientFact]) {
        ids = clients.map(\.id)
        start.reserveCapacity(clients.count); length.reserveCapacity(clients.count)
        for client in clients {
            var name = client.name
            name.withUTF8 { utf8 in
                start.append(bytes.count); length.append(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }
    }

    /// Bytes level*8 ..< level*8+8 of a name, big-endian, zero-padded past its end.
    func chunk(_ row: Int32, level: Int) -> UInt64 {
        let r = Int(row), from = level * 8, n = length[r]
        var value: UInt64 = 0
        for i in from..<(from + 8) { value = value << 8 | (i < n ? UInt64(bytes[start[r] + i]) : 0) }
        return value
    }

    func sortedRows() -> [Int32] {
        var order = Array(0..<Int32(ids.count))
        sort(&order, 0..<order.count, level: 0)
        return order
    }

    private struct Keyed { let key: UInt64; let row: Int32 }

    private func sort(_ order: inout [Int32], _ range: Range<Int>, level: Int) {
        if range.count < 2 { return }
        // Every name in the run ended before this level: they are equal, so the id decides.
        if !range.contains(where: { length[Int(order[$0])] > level * 8 }) {
            order[range].sort { ids[Int($0)] < ids[Int($1)] }
            return
        }
        var keyed = range.map { Keyed(key: chunk(order[$0], level: level), row: order[$0]) }
        keyed.sort { $0.key < $1.key }
        for (offset, k) in keyed.enumerated() { order[range.lowerBound + offset] = k.row }
        var i = 0
        while i < keyed.count {
            var j = i + 1
            while j < keyed.count && keyed[j].key == keyed[i].key { j += 1 }
            if j - i > 1 { sort(&order, (range.lowerBound + i)..<(range.lowerBound + j), level: level + 1) }
            i = j
        }
    }
}
