import CaseloadCore
import Foundation

/// The formats commands print for programs (`--format json|csv`), written one way for every command.
enum ScriptFormat {
    /// Pretty JSON with sorted keys. JSONEncoder escapes C0 controls but writes DEL, C1 controls and
    /// bidi overrides as they are; as `\uXXXX` they stay the same data for programs and do nothing
    /// to a terminal.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: try encoder.encode(value), as: UTF8.self).unicodeScalars {
            if UnsafeCharacters.isUnsafe(scalar, allowingLineBreaks: true) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// One CSV cell, quoted when it holds a comma, a quote or a line break.
    static func csvCell(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// A text cell: also defused when a spreadsheet would run it as a formula (`= + - @`).
    static func csvText(_ s: String) -> String { csvCell(UnsafeCharacters.spreadsheetSafe(s)) }

    /// A cell of digits that is an identifier, not a number (a CaMS reference: leading zeros
    /// matter): always quoted, which spreadsheets that honour quoting (LibreOffice's "quoted field
    /// as text") keep as text; never written as a `="…"` formula.
    static func csvIdentifier(_ s: String) -> String {
        let safe = UnsafeCharacters.spreadsheetSafe(s)
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A whole CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel does not read it as
    /// Windows-1252) and CRLF lines. Cells come already written with csvText/csvCell/csvIdentifier.
    static func csvSpreadsheet(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + csvLine(header) + rows.map(csvLine).joined()
    }

    /// A CSV line as spreadsheets expect it (CRLF).
    static func csvLine(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }
}
