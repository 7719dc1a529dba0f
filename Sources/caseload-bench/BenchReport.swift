import Foundation
import TerminalKit

/// The one table the benchmark prints: figure, measured value, target, and whether it was met.
/// Progress goes to stderr while the run goes on, so stdout is only the table and can be pasted.
struct BenchReport {
    struct Row {
        var figure: String
        var measured: String
        var target: String
        /// nil: informational, or not measured (the measured cell says why).
        var met: Bool?
    }

    private(set) var rows: [Row] = []
    var notes: [String] = []

    mutating func add(_ figure: String, _ measured: String, target: String = "—", met: Bool? = nil) {
        rows.append(Row(figure: figure, measured: measured, target: target, met: met))
        progress("  \(figure): \(measured)" + (met == false ? "   <-- misses \(target)" : ""))
    }

    /// A figure that could not be taken: the row says why instead of the run failing.
    mutating func skip(_ figure: String, because reason: String, target: String) {
        add(figure, "not measured: \(reason)", target: target, met: nil)
    }

    var misses: [Row] { rows.filter { $0.met == false } }

    func render() -> String {
        let header = ["figure", "measured", "target", "ok?"]
        let cells = rows.map { [$0.figure, $0.measured, $0.target, $0.met.map { $0 ? "yes" : "NO" } ?? "—"] }
        let widths = header.indices.map { i in cells.reduce(header[i].terminalWidth) { max($0, $1[i].terminalWidth) } }
        func line(_ c: [String]) -> String {
            zip(c, widths).map { $0.padded(toWidth: $1) }.joined(separator: " | ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")]
        out += cells.map(line)
        let missed = misses
        out.append("")
        if missed.isEmpty {
            out.append("All measured figures meet their targets.")
        } else {
            out.append("MISSED \(missed.count) target\(missed.count == 1 ? "" : "s"):")
            out += missed.map { "  !! \($0.figure.trimmingCharacters(in: .whitespaces)): \($0.measured) (target \($0.target))" }
        }
        return (out + notes).joined(separator: "\n")
    }
}

/// A line of progress on stderr (stdout carries only the table).
func progress(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
