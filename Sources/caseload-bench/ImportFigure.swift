import CaseloadCore
import CaseloadStore
import Foundation

/// Figure 1: the app's import of a 100,000-row extract against `sqlite3 .import` of the same file
/// into a bare table, both measured in this run (the target is a ratio, so the machine cancels out).
@MainActor enum ImportFigure {
    static let target = "≤ 3× sqlite3 .import"

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let rows = min(ctx.options.clients, 100_000)
        let figure = "import of a \(grouped(rows))-row CaMS extract"
        let csv = try DemoExtract.file(count: rows, seed: ctx.options.seed, today: ctx.today, zone: ctx.zone,
                                       in: ctx.folder, regenerate: ctx.options.regenerate)
        let scratch = ctx.folder + "/import-scratch-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let baseline = try sqlite3Import(csv, scratch: scratch)
        progress("  sqlite3 .import: \(baseline.map(\.summary) ?? "sqlite3 not installed")")

        // Each run gets a fresh database (open and migrate untimed); reading the file is timed, as
        // the sqlite3 shell's run includes it. Runs stop early once one passes 5 s: at that size a
        // warm-up changes nothing and a second run would cost the five-minute budget.
        var ours = Timings()
        var outcome: ImportReport?
        for run in 0..<3 {
            let path = "\(scratch)/app-\(run).sqlite"
            let db = try CaseloadDatabase.open(path: path)
            let admin = try db.bootstrapAdministrator(username: "bench")
            ours.samples.append(try Timings.time {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csv)))
                outcome = try db.importCamsExtract(bytes: bytes, mode: .skipInvalid, by: admin, today: ctx.today)
            })
            try db.close()
            BenchData.removeDatabase(at: path)
            if ours.samples.last! > 5_000 { break }
        }
        progress("  caseload import: \(ours.summary)")

        var measured = ""
        if let outcome, outcome.created != rows || !outcome.wasWritten {
            let first = outcome.problems.first.map { String(String(describing: $0).prefix(70)) + "…" } ?? "none"
            measured = "; only \(grouped(outcome.created)) created, \(grouped(outcome.rejected)) rejected (first: \(first))"
        }
        guard let baseline else {
            report.add(figure, ours.summary + measured + "; sqlite3 not installed, so no ratio", target: target)
            return
        }
        let ratio = ours.median / baseline.median
        report.add(figure, String(format: "%@ = %.1f× sqlite3's %@", ms(ours.median), ratio, ms(baseline.median)) + measured,
                   target: target, met: ratio <= 3)
        report.notes.append("import: caseload \(ours.summary); sqlite3 .import \(baseline.summary)")
    }

    /// `sqlite3 <fresh>.db ".import --csv FILE t"`: one warm-up, then three timed runs, each into a
    /// new file (the shell creates the table from the header). nil when sqlite3 is not installed.
    static func sqlite3Import(_ csv: String, scratch: String) throws -> Timings? {
        guard let sqlite3 = Subprocess.find("sqlite3") else { return nil }
        var run = 0
        return try Timings.measure(runs: 3, warmUp: 1) {
            run += 1
            let path = "\(scratch)/bare-\(run).sqlite"
            let result = try Subprocess.run(sqlite3, [path, ".import --csv \(csv) t"])
            BenchData.removeDatabase(at: path)
            if result.status != 0 { throw BenchError("sqlite3 .import failed (\(result.status)): \(result.errorText)") }
        }
    }
}
