import CaseloadCore
import Foundation

// caseload-bench: the figures the issues set targets for, measured on a region-sized demo database.
// It reports and does not judge: the exit status is 0 even when a target is missed (the table says
// NO and lists the misses); non-zero only when the bench itself could not run.

guard let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
    exit(CommandLine.arguments.contains { $0 == "-h" || $0 == "--help" } ? 0 : 2)
}
if !Machine.isRelease { progress(Machine.debugWarning) }
let started = ContinuousClock.now
let loadAtStart = Machine.loadAverage()
let zone = FollowUpEngine.agencyTimeZone
progress("caseload-bench: \(options.clients) clients, data in \(options.folder)")

var report = BenchReport()
do {
    let dataStarted = ContinuousClock.now
    let (path, manifest) = try BenchData.database(options, zone: zone)
    let dataTook = (ContinuousClock.now - dataStarted).milliseconds
    let ctx = try BenchContext(options: options, path: path, manifest: manifest, zone: zone)
    report.notes.append("data: \(path)")
    report.notes.append("      \(grouped(manifest.clients)) clients, \(grouped(manifest.appointments)) appointments, \(grouped(manifest.notes)) notes, "
                        + "\(grouped(manifest.employments)) jobs, \(manifest.staff) staff; generated for \(manifest.today) in "
                        + String(format: "%.1f s", manifest.generationSeconds) + (dataTook > 5_000 ? " (this run)" : " (cached)"))

    if options.takes(.import) { try ImportFigure.run(ctx, into: &report) }
    else if options.only == nil { report.skip("import of a CaMS extract", because: "--skip-import", target: ImportFigure.target) }
    if options.takes(.startup) { try StartupFigure.run(ctx, into: &report) }
    if options.takes(.search) { try SearchFigure.run(ctx, into: &report) }
    if options.takes(.queue) { try QueueFigures.run(ctx, into: &report) }
    if options.takes(.daysheet) { try DaySheetFigure.run(ctx, into: &report) }
    if options.takes(.report) { try ReportFigure.run(ctx, into: &report) }
    if options.takes(.render) { RenderFigure.run(ctx, into: &report) }
    if options.takes(.save) { try SaveFigure.run(ctx, into: &report) }
    if options.takes(.memory) { TUIProcessFigure.run(ctx, into: &report) }
    else if options.only == nil { report.skip(TUIProcessFigure.memoryFigure, because: "--skip-tui", target: "< 64 MB") }
    if options.takes(.sessions) { try SessionCPUFigure.run(ctx, into: &report) }
    if options.takes(.refresh) { RefreshFigure.run(ctx, into: &report) }
    else if options.only == nil { report.skip(RefreshFigure.cpuFigure, because: "--skip-tui", target: RefreshFigure.cpuTarget) }
    try ctx.db.close()
} catch {
    progress("caseload-bench: \(error)")
    exit(1)
}

report.notes.append(Machine.line(loadAtStart: loadAtStart))
report.notes.append("whole run: \(ms((ContinuousClock.now - started).milliseconds))")
if !Machine.isRelease { report.notes.append(Machine.debugWarning) }
print("")
if !Machine.isRelease { print(Machine.debugWarning + "\n") }
print(report.render())
