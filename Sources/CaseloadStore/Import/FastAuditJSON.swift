import Foundation
import GRDB

/// The audit `changes` JSON written the same way as `AuditJSON` (sorted keys, values as SQLite holds
/// them, slashes unescaped) but without `JSONSerialization`, which costs more than the SQLite insert
/// itself when an import writes 100,000 audit rows.
enum FastAuditJSON {
    /// An insert: every column's value, keys sorted, empty (NULL) columns left out.
    static func values(_ columns: [String: DatabaseValue]) -> String {
        var out = "{"
        for (i, key) in columns.keys.filter({ !columns[$0]!.isNull }).sorted().enumerated() {
            if i > 0 { out += "," }
            appendString(key, to: &out)
            out += ":"
            appendValue(columns[key]!, to: &out)
        }
        return out + "}"
    }

    /// An update: `{"field":[old,new]}` for the given fields, sorted.
    static func changes(_ fields: [(name: String, old: DatabaseValue, new: DatabaseValue)]) -> String {
        var out = "{"
        for (i, field) in fields.sorted(by: { $0.name < $1.name }).enumerated() {
            if i > 0 { out += "," }
            appendString(field.name, to: &out)
            out += ":["
            appendValue(field.old, to: &out)
            out += ","
            appendValue(field.new, to: &out)
            out += "]"
        }
        return out + "}"
    }

    static func appendValue(_ value: DatabaseValue, to out: inout String) {
        switch value.storage {
        case .null: out += "null"
        case .int64(let i): out += String(i)
        case .double(let d):
            if d.isFinite && d == d.rounded() && abs(d) < 1e15 { out += String(Int64(d)) }
            else if d.isFinite { out += String(d) }
            else { out += "null" }
        case .string(let s): appendString(s, to: &out)
        case .blob(let data): appendString(data.base64EncodedString(), to: &out)
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        var plain = true
        for byte in s.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
