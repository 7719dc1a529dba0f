import Foundation

/// Figure 8 (and the whole-process start): the real `caseload` binary from the same build folder,
/// run on the bench database in a private tmux server at 200x60, driven by keys like a person.
///
/// - Start: from asking tmux for a new window to the client list on the pane (polled every few ms,
///   so it includes tmux's own few milliseconds): the dynamic loader, Swift runtime, ncurses and
///   everything `StartupFigure` times.
/// - Memory: VmHWM (peak resident set) of the process after a search, paging through the results and
///   the full list; then again after opening everyone's follow-up queue (F3).
@MainActor enum TUIProcessFigure {
    static let memoryTargetMB = 64.0
    static let memoryFigure = "peak resident memory of the TUI (search, paging; 200x60)"

    static func run(_ ctx: BenchContext, into report: inout BenchReport) {
        guard let binary = Subprocess.caseloadBinary else {
            report.skip(memoryFigure, because: "no caseload binary beside the bench; run `swift build -c release` (all products) first",
                        target: "< 64 MB")
            return
        }
        guard let tmux = Tmux(socket: "caseload-bench-\(getpid())") else {
            report.skip(memoryFigure, because: "tmux is not installed", target: "< 64 MB")
            return
        }
        defer { tmux.killServer() }
        if let built = modified(binary), let me = modified(Subprocess.executablePath), built < me.addingTimeInterval(-600) {
            report.notes.append("note: \(binary) is older than the bench; rebuild all products so the TUI figures measure current code")
        }
        do {
            try measure(ctx, binary: binary, tmux: tmux, into: &report)
        } catch {
            report.skip(memoryFigure, because: "\(error)", target: "< 64 MB")
        }
    }

    private static func measure(_ ctx: BenchContext, binary: String, tmux: Tmux, into report: inout BenchReport) throws {
        // What any start costs before Caseload's own work: loader, Swift runtime, Foundation, arguments.
        let bare = try Timings.measure(runs: 5) { _ = try Subprocess.run(binary, ["--help"]) }

        // A placeholder session starts the server and fixes the size every window gets.
        try tmux.run(["new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", "-n", "idle", "sleep", "3600"])
        try tmux.run(["set-option", "-t", "bench", "window-size", "manual"])
        try tmux.run(["set-option", "-t", "bench", "default-size", "200x60"])
        let command = ["env", "LANG=C.UTF-8", "TERM=tmux-256color", binary, "--db", ctx.path, "--user", ctx.supervisor.username]
        func listShown(_ screen: String) -> Bool { screen.range(of: #"[0-9] clients?\b"#, options: .regularExpression) != nil }

        // Start: one warm-up (the binary's pages into the file cache), then five timed starts.
        var starts = Timings()
        for run in 0..<6 {
            let window = "bench:app\(run)"
            var shown: String?
            let elapsed = try Timings.time {
                try tmux.run(["new-window", "-d", "-t", "bench", "-n", "app\(run)"] + command)
                shown = tmux.waitFor(window, listShown)
            }
            guard shown != nil else { throw BenchError("the client list never appeared; the pane showed:\n\(tmux.capture(window))") }
            if run > 0 { starts.samples.append(elapsed) }
            if run < 5 { try tmux.run(["kill-window", "-t", window]) }
        }
        report.add("process start to drawn client list (caseload binary in tmux, 200x60)", starts.summary,
                   target: "< 150 ms", met: starts.median < 150)
        report.add("  … of which process start alone (caseload --help: no database, no screen)", bare.summary)

        let window = "bench:app5"
        guard let pid = tmux.panePID(window), let atStart = Machine.peakResidentMB(pid: pid) else {
            throw BenchError("could not find the caseload process in tmux")
        }
        try tmux.send(window, keys: ["/"])
        try tmux.send(window, text: "cote")
        _ = tmux.waitFor(window, timeout: 5) { $0.contains("cote") }
        try press(tmux, window, ["NPage", "NPage", "NPage", "Escape"])
        try press(tmux, window, Array(repeating: "NPage", count: 6))
        guard let afterPaging = Machine.peakResidentMB(pid: pid) else { throw BenchError("the caseload process ended early") }
        report.add(memoryFigure, String(format: "%.1f MB (%.1f MB once the list was drawn)", afterPaging, atStart),
                   target: "< 64 MB", met: afterPaging < memoryTargetMB)

        try press(tmux, window, ["F3"])
        let queueScreen = tmux.waitFor(window, timeout: 15) { $0.contains("overdue ·") } ?? ""
        usleep(300_000)
        if let afterQueue = Machine.peakResidentMB(pid: pid), let now = Machine.residentMB(pid: pid) {
            // A supervisor's F3 opens their site's queue (since #22): say how big it is.
            report.add("  … after also opening the supervisor's follow-up queue (F3: \(queueSize(queueScreen)))",
                       String(format: "%.1f MB peak, %.1f MB resident after", afterQueue, now),
                       target: "< 64 MB", met: afterQueue < memoryTargetMB)
        }
        try? tmux.send(window, keys: ["Q"])
    }

    /// "55,338 items, site London Central" from the queue's header lines ("… · 25534 overdue · 1068
    /// due today · 28736 upcoming" and "… site London Central").
    private static func queueSize(_ screen: String) -> String {
        guard let header = screen.split(separator: "\n").first(where: { $0.contains("overdue ·") }) else { return "size not shown" }
        let counts = header.split(separator: "·").compactMap { part in part.split(separator: " ").first.flatMap { Int($0) } }
        let site = screen.range(of: #"site [^·\n]+"#, options: .regularExpression).map { ", " + screen[$0].trimmingCharacters(in: .whitespaces) } ?? ""
        return "\(grouped(counts.reduce(0, +))) items\(site)"
    }

    /// Presses each key and waits for the screen to change (or 2 s) before the next.
    private static func press(_ tmux: Tmux, _ window: String, _ keys: [String]) throws {
        for key in keys {
            let before = tmux.capture(window)
            try tmux.send(window, keys: [key])
            _ = tmux.waitFor(window, timeout: 2) { $0 != before }
        }
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
