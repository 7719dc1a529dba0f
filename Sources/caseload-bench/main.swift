import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

// caseload-bench: region-scale figures against the targets the issues name. Run it in release:
//   swift run -c release caseload-bench [--clients N] [--quick] [--data DIR] [--skip-import]
// It reports; it does not judge (exit 0 even when a target is missed, which the table marks NO).

var clients = 100_000
var dataDir: String?
var skipImport = false
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--clients": clients = Int(args.popFirst() ?? "") ?? clients
    case "--quick": clients = 10_000
    case "--data": dataDir = args.popFirst()
    case "--skip-import": skipImport = true
    case "-h", "--help":
        print("usage: caseload-bench [--clients N] [--quick] [--data DIR] [--skip-import]"); exit(0)
    default: FileHandle.standardError.write(Data("caseload-bench: unknown option \(a)\n".utf8)); exit(2)
    }
}

#if DEBUG
print("!!! DEBUG BUILD: figures are only meaningful in release (swift run -c release caseload-bench) !!!")
#endif
let started = ContinuousClock.now
let zone = FollowUpEngine.agencyTimeZone
let today = LocalDate.today(in: zone)
let folder = BenchData.folder(dataDir)
var report = BenchReport()
print("caseload-bench: \(clients) clients, \(ProcessInfo.processInfo.activeProcessorCount) cores, data in \(folder)")

do {
    let (db, path) = try BenchData.database(clients: clients, seed: 2026, today: today, in: folder, report: &report)
    try MainActor.assumeIsolated {
        try Figures(db: db, path: path, clients: clients, today: today, zone: zone, folder: folder).run(into: &report, skipImport: skipImport)
    }
} catch {
    FileHandle.standardError.write(Data("caseload-bench: \(error)\n".utf8))
    exit(1)
}
print("")
print(report.render())
print("\nwhole run: \(ms((ContinuousClock.now - started).milliseconds))")
