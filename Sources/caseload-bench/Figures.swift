import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Each figure the issues name, measured on the bench database.
@MainActor struct Figures {
    let db: CaseloadDatabase
    let path: String
    let clients: Int
    let today: LocalDate
    let zone: TimeZone
    let folder: String

    func run(into report: inout BenchReport, skipImport: Bool) throws {
        let supervisor = try db.resolveActingStaff(username: "dlee")
        let staff = try db.listStaff()
        let caseworkers = staff.filter { $0.role == .caseworker }
        let busiest = try caseworkers.max { try db.clientListCount(ClientListQuery(caseworkerID: $0.id)) < db.clientListCount(ClientListQuery(caseworkerID: $1.id)) }!
        let now = Date()

        if !skipImport { try importFigure(into: &report, by: supervisor) }

        // Cold open: a fresh connection, migration check, the app and its first drawn client list.
        let open = try Timings.measure(runs: 5, warmUp: 1) {
            let fresh = try CaseloadDatabase.open(path: path)
            let app = CaseloadApp(env: AppEnvironment(db: fresh, actor: busiest, theme: .default, clock: { now }, zone: zone))
            var buffer = ScreenBuffer(width: 80, height: 24)
            app.render(into: &buffer)
            try fresh.close()
        }
        report.add("cold open to drawn client list (80x24)", "median \(ms(open.median))", target: "< 150 ms", met: open.median < 150)

        // Search: every keystroke re-filters through FTS5 and redraws the screen.
        let driver = TestDriver(CaseloadApp(env: AppEnvironment(db: db, actor: supervisor, theme: .default, clock: { now }, zone: zone)),
                                size: Size(width: 80, height: 24))
        var keys = Timings()
        let clock = ContinuousClock()
        for word in ["cote", "zoe", "4165", "王", "smith", "nguyen", "0012", "jean f"] {
            driver.press(.char("/"))
            for ch in word { keys.samples.append(clock.measure { driver.press(.char(ch)) }.milliseconds) }
            driver.press(.ctrl("u")); driver.press(.escape)
        }
        report.add("search keystroke (re-filter + redraw), median", ms(keys.median), target: "< 16 ms", met: keys.median < 16)
        report.add("search keystroke, 99th percentile", ms(keys.p99), target: "< 16 ms", met: keys.p99 < 16)

        let whole = try Timings.measure(runs: 5) { _ = try db.followUpQueue(asOf: today, now: now, scope: .everyone, zone: zone) }
        let items = try db.followUpQueue(asOf: today, now: now, scope: .everyone, zone: zone).count
        report.add("whole follow-up queue (\(items) items)", "median \(ms(whole.median))", target: "< 250 ms", met: whole.median < 250)
        let one = try Timings.measure(runs: 10) { _ = try db.followUpQueue(asOf: today, now: now, scope: FollowUpScope(caseworkerID: busiest.id), zone: zone) }
        report.add("one caseworker's queue (\(busiest.fullName))", "median \(ms(one.median))", target: "< 20 ms", met: one.median < 20)

        let sites = try db.sites()
        let desk = staff.first { $0.role == .frontDesk }!
        var busiestSite = sites[0].id!, rows = 0
        for s in sites { let n = try db.daySheet(siteID: s.id!, day: today, by: desk).count; if n > rows { rows = n; busiestSite = s.id! } }
        let sheet = try Timings.measure(runs: 10) { _ = try db.daySheet(siteID: busiestSite, day: today, by: desk) }
        let appointments = try db.count(.appointment)
        report.add("day sheet (\(rows) rows today; \(appointments) appointments in all)", "median \(ms(sheet.median))", target: "< 50 ms", met: sheet.median < 50)

        let wide = CaseloadApp(env: AppEnvironment(db: db, actor: supervisor, theme: .default, clock: { now }, zone: zone))
        let render = Timings.measure(runs: 200, warmUp: 5) {
            var buffer = ScreenBuffer(width: 200, height: 60)
            wide.render(into: &buffer)
        }
        report.add("full-screen render, 200x60 client list", "median \(ms(render.median))", target: "< 1 ms", met: render.median < 1)

        try residentMemory(into: &report)
    }

    /// The app's import of a generated extract, against sqlite3's own .import of the same file.
    private func importFigure(into report: inout BenchReport, by actor: StaffMember) throws {
        let rows = min(clients, 100_000)
        let csv = try BenchData.extract(count: rows, seed: 2026, today: today, in: folder)
        let scratch = folder + "/import-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let clock = ContinuousClock()
        var baseline: Double?
        if let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: sqlite3)
            p.arguments = [scratch + "/bare.sqlite", ".import --csv \(csv) t"]
            baseline = try clock.measure { try p.run(); p.waitUntilExit() }.milliseconds
        }
        let target = try CaseloadDatabase.open(path: scratch + "/import.sqlite")
        let admin = try target.bootstrapAdministrator(username: "bench")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: csv)))
        let ours = try clock.measure { _ = try target.importCamsExtract(bytes: bytes, by: admin, today: today) }.milliseconds
        try target.close()
        if let baseline {
            let ratio = ours / baseline
            report.add("import of a \(rows)-row extract (sqlite3 .import: \(ms(baseline)))", "\(ms(ours)) = \(String(format: "%.1f", ratio))×",
                       target: "≤ 3× sqlite3", met: ratio <= 3)
        } else {
            report.add("import of a \(rows)-row extract", ms(ours), target: "≤ 3× sqlite3 (sqlite3 not installed)", met: nil)
        }
    }

    /// Peak memory of the real TUI on the bench database, driven in tmux like a user.
    private func residentMemory(into report: inout BenchReport) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("caseload").path
        guard FileManager.default.isExecutableFile(atPath: binary), FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            report.add("peak resident memory of the TUI", "not measured (needs tmux and the caseload binary beside the bench)", target: "< 64 MB", met: nil)
            return
        }
        let session = "caseload-bench-\(getpid())"
        func tmux(_ a: [String]) -> String {
            let p = Process(), out = Pipe()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/tmux"); p.arguments = a; p.standardOutput = out
            try? p.run(); p.waitUntilExit()
            return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        _ = tmux(["new-session", "-d", "-s", session, "-x", "200", "-y", "60", "env LANG=C.UTF-8 \(binary) --db \(path) --user dlee"])
        defer { _ = tmux(["kill-session", "-t", session]) }
        Thread.sleep(forTimeInterval: 2)
        for keys in [["/"], ["-l", "cote"], ["Escape"], ["NPage"], ["NPage"], ["F3"]] {
            _ = tmux(["send-keys", "-t", session] + keys); Thread.sleep(forTimeInterval: 0.5)
        }
        Thread.sleep(forTimeInterval: 1.5)
        let pid = Int32(tmux(["display", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        guard let mb = peakResidentMB(pid: pid) else {
            report.add("peak resident memory of the TUI", "not measured (process not found)", target: "< 64 MB", met: nil)
            return
        }
        report.add("peak resident memory of the TUI (search, paging, F3)", String(format: "%.1f MB", mb), target: "< 64 MB", met: mb < 64)
    }
}
