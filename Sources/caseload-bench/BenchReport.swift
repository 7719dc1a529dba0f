import TerminalKit

/// The one table the benchmark prints: figure, measured value, target, and whether it was met.
struct BenchReport {
    struct Row { var figure: String; var measured: String; var target: String; var met: Bool? }
    var rows: [Row] = []

    mutating func add(_ figure: String, _ measured: String, target: String, met: Bool?) {
        rows.append(Row(figure: figure, measured: measured, target: target, met: met))
        print("  measured: \(figure) — \(measured)")   // progress while the run goes on
    }

    func render() -> String {
        let header = ["figure", "measured", "target", "ok?"]
        let cells = rows.map { [$0.figure, $0.measured, $0.target, $0.met.map { $0 ? "yes" : "NO" } ?? "—"] }
        let widths = header.indices.map { i in cells.reduce(header[i].terminalWidth) { max($0, $1[i].terminalWidth) } }
        func line(_ c: [String]) -> String { zip(c, widths).map { $0.padded(toWidth: $1) }.joined(separator: "  ") }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line)).joined(separator: "\n")
    }
}

func ms(_ v: Double) -> String { v >= 1000 ? String(format: "%.2f s", v / 1000) : v >= 10 ? String(format: "%.0f ms", v) : String(format: "%.2f ms", v) }
