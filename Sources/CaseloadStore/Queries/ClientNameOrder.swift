import CaseloadCore
import Foundation
import GRDB
import GRDBSQLite

/// Clients in name order as people expect it: by last name, then first name, ignoring case and
/// accents, so Côté comes between Cote and Cruz and Đặng, Łukasz and Østergaard sit with the D, L
/// and O names. Then by id, so equal names keep a stable place.
///
/// Why not SQL: `COLLATE NOCASE` folds ASCII case only, so every accented name sorted after "Z".
/// A collation of our own would make the name index unreadable to the sqlite3 shell. Walking the
/// index (NOCASE order) gives a list that is already in order but for the accented names, which
/// the sort (it takes runs as they come) moves in a few milliseconds at 100,000 clients.
enum ClientNameOrder {
    /// Every client id, in name order.
    static func ids(_ db: Database) throws -> [Int64] {
        let statement = try db.makeStatement(sql: """
            SELECT id, last_name, first_name FROM client INDEXED BY client_by_name
            ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id
            """)
        let raw = statement.sqliteStatement
        var ids: [Int64] = []
        var keys: [UInt8] = []
        var starts: [Int] = [0]
        var folder = NameFolder()
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage) }
            ids.append(sqlite3_column_int64(raw, 0))
            for column: Int32 in 1...2 {
                if column == 2 { keys.append(separator) }
                guard let text = sqlite3_column_text(raw, column) else { continue }
                folder.append(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(raw, column))), to: &keys)
            }
            starts.append(keys.count)
        }
        var order = Array(ids.indices)
        keys.withUnsafeBufferPointer { keys in
            guard let base = keys.baseAddress else { return }
            order.sort { a, b in
                let left = starts[a + 1] - starts[a], right = starts[b + 1] - starts[b]
                let byBytes = memcmp(base + starts[a], base + starts[b], min(left, right))
                if byBytes != 0 { return byBytes < 0 }
                return left != right ? left < right : ids[a] < ids[b]
            }
        }
        return order.map { ids[$0] }
    }

    /// Between last and first name: below every character, so "Côté, Zoë" precedes "Côté-Tremblay".
    static let separator: UInt8 = 0x01

    /// The bytes names sort by (tests use it to state the expected order).
    static func key(last: String, first: String) -> [UInt8] {
        var folder = NameFolder()
        var key: [UInt8] = []
        Array(last.utf8).withUnsafeBufferPointer { folder.append($0, to: &key) }
        key.append(separator)
        Array(first.utf8).withUnsafeBufferPointer { folder.append($0, to: &key) }
        return key
    }
}

/// Appends a name's sort bytes: ASCII lowercased; a Latin letter as its base letter(s); accents
/// typed as combining marks dropped; any other character as itself (CJK names sort after Latin).
struct NameFolder {
    /// Each non-ASCII character seen so far and its sort bytes: names use a few dozen of them.
    private var known: [Unicode.Scalar: [UInt8]] = [:]

    mutating func append(_ name: UnsafeBufferPointer<UInt8>, to key: inout [UInt8]) {
        if name.allSatisfy({ $0 < 0x80 }) {
            // Most names: copied whole, then lowercased in place.
            let start = key.count
            key.append(contentsOf: name)
            for i in start..<key.count where key[i].isASCIILetter { key[i] |= 0x20 }
            return
        }
        for scalar in String(decoding: name, as: UTF8.self).unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                key.append(byte.isASCIILetter ? byte | 0x20 : byte)
            } else if let bytes = known[scalar] {
                key.append(contentsOf: bytes)
            } else {
                let bytes = Self.sortBytes(scalar)
                known[scalar] = bytes
                key.append(contentsOf: bytes)
            }
        }
    }

    /// "LATIN SMALL LETTER E WITH ACUTE" sorts as "e", "LATIN CAPITAL LETTER O WITH STROKE" as "o",
    /// "LATIN CAPITAL LETTER AE" as "ae"; `SearchFolding`'s letters (ß, Œ, Þ…) as it spells them.
    static func sortBytes(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let plain = SearchFolding.letters.first(where: { $0.letter == scalar })?.plain {
            return Array(plain.lowercased().utf8)
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return []
        default: break
        }
        if let name = properties.name {
            for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
                // One letter, or a pair such as AE, IJ, DZ; not "DOTLESS I", "SCHWA" or "TURNED E".
                let base = name.dropFirst(prefix.count).prefix { $0 != " " }
                if base.count <= 2 && base.allSatisfy({ $0.isASCII && $0.isLetter }) { return Array(base.lowercased().utf8) }
            }
        }
        return Array(String(scalar).utf8)
    }
}
