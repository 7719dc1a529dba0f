import TerminalKit

/// A plain-text table for people reading command output, padded by terminal columns (so 王 counts 2).
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let widths = header.indices.map { i in
            rows.reduce(header[i].terminalWidth) { max($0, i < $1.count ? $1[i].terminalWidth : 0) }
        }
        func line(_ cells: [String]) -> String {
            let padded = widths.indices.map { i in (i < cells.count ? cells[i] : "").padded(toWidth: widths[i]) }
            let joined = padded.joined(separator: "  ")
            return String(joined.reversed().drop(while: { $0 == " " }).reversed())
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
