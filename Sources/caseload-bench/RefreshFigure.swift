import CaseloadCore
import CaseloadStore
import Foundation

/// Issue #23: many people on one host. N real `caseload` processes in a private tmux server on the
/// bench database (a demo database, so `--user` picks the staff member): half caseworkers on their
/// client list, a quarter front desk on the day sheet, a quarter supervisors on everyone's
/// follow-up queue. This process commits once a second for 30 s (a client's date of birth, through
/// the store, audited), each time to the first client on one caseworker session's list, and
/// watches that session's pane for the new date.
///
/// - CPU: utime + stime of every session process (/proc/PID/stat) over the 30 s, per session per
///   commit; the same sessions' idle CPU over 10 s before is reported beside it.
/// - Visible: from the commit's return to the new date on the other session's screen (its tick
///   notices the commit, the change feed says which client, the list re-reads its page).
@MainActor enum RefreshFigure {
    static let cpuFigure = "CPU per session per commit (N sessions, 1 commit/s for 30 s)"
    static let cpuTarget = "≤ 10 ms"
    static let visibleFigure = "  … a change visible on another session's screen"
    static let visibleTarget = "median < 300 ms, worst ≤ 1 s"

    static func run(_ ctx: BenchContext, into report: inout BenchReport) {
        guard let binary = Subprocess.caseloadBinary else {
            report.skip(cpuFigure, because: "no caseload binary beside the bench; run `swift build -c release` (all products) first", target: cpuTarget)
            return
        }
        guard let tmux = Tmux(socket: "caseload-bench-refresh-\(getpid())") else {
            report.skip(cpuFigure, because: "tmux is not installed", target: cpuTarget)
            return
        }
        defer { tmux.killServer() }
        do {
            try measure(ctx, binary: binary, tmux: tmux, into: &report)
        } catch {
            report.skip(cpuFigure, because: "\(error)", target: cpuTarget)
        }
    }

    private enum Kind { case clientList, daySheet, queue }

    private struct Session {
        let window: String
        let kind: Kind
        let staff: StaffMember
        var pid: Int32 = 0
    }

    private static func measure(_ ctx: BenchContext, binary: String, tmux: Tmux, into report: inout BenchReport) throws {
        let count = ctx.options.sessions
        let staff = try ctx.db.listStaff(includeInactive: false)
        let caseworkers = staff.filter { $0.role == .caseworker }, desks = staff.filter { $0.role == .frontDesk }
        let supervisors = staff.filter { $0.role == .supervisor }
        guard !caseworkers.isEmpty, !desks.isEmpty, !supervisors.isEmpty else { throw BenchError("the bench database lacks a caseworker, front desk or supervisor") }

        try tmux.run(["new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", "-n", "idle", "sleep", "3600"])
        try tmux.run(["set-option", "-t", "bench", "window-size", "manual"])
        try tmux.run(["set-option", "-t", "bench", "default-size", "200x60"])
        var sessions: [Session] = []
        for i in 0..<count {
            // Half, a quarter, a quarter: 0 and 1 list, 2 day sheet, 3 queue.
            let (kind, people): (Kind, [StaffMember]) = i % 4 < 2 ? (.clientList, caseworkers) : i % 4 == 2 ? (.daySheet, desks) : (.queue, supervisors)
            let member = people[(i / 4) % people.count]
            let window = "bench:s\(i)"
            try tmux.run(["new-window", "-d", "-t", "bench", "-n", "s\(i)", "env", "LANG=C.UTF-8", "TERM=tmux-256color",
                          binary, "--db", ctx.path, "--user", member.username])
            sessions.append(Session(window: window, kind: kind, staff: member))
        }
        progress("  \(count) sessions started; waiting for their screens…")
        for i in sessions.indices {
            let s = sessions[i]
            switch s.kind {
            case .clientList:
                guard tmux.waitFor(s.window, timeout: 120, { $0.range(of: #"[0-9] clients?\b"#, options: .regularExpression) != nil }) != nil else {
                    throw BenchError("session \(i) never showed its client list:\n\(tmux.capture(s.window))")
                }
            case .daySheet:
                guard tmux.waitFor(s.window, timeout: 120, { $0.contains("Front desk") }) != nil else {
                    throw BenchError("session \(i) never showed the day sheet:\n\(tmux.capture(s.window))")
                }
            case .queue:
                _ = tmux.waitFor(s.window, timeout: 120) { $0.range(of: #"[0-9] clients?\b"#, options: .regularExpression) != nil }
                try tmux.send(s.window, keys: ["F3"])
                _ = tmux.waitFor(s.window, timeout: 120) { $0.contains("follow-ups") }
                try tmux.send(s.window, keys: ["w"]); usleep(200_000)
                try tmux.send(s.window, keys: ["Down"]); usleep(100_000)
                try tmux.send(s.window, keys: ["Enter"])
                guard tmux.waitFor(s.window, timeout: 120, { $0.contains("Everyone's follow-ups") }) != nil else {
                    throw BenchError("session \(i) never showed everyone's queue:\n\(tmux.capture(s.window))")
                }
            }
            guard let pid = tmux.panePID(s.window) else { throw BenchError("no process in session \(i)") }
            sessions[i].pid = pid
        }
        // Idle work after opening (the number index, next due dates) settles first.
        sleep(5)
        let pids = sessions.map(\.pid)
        let idleStart = cpuMilliseconds(pids)
        sleep(10)
        let idle = cpuMilliseconds(pids) - idleStart

        // Each commit goes to the first client on one caseworker session's list, in turn.
        let observers = sessions.filter { $0.kind == .clientList }
        var firstClient: [Int64: Client] = [:]
        for member in Set(observers.map(\.staff.id!)) {
            let directory = try ClientDirectory(db: ctx.db, by: observers.first { $0.staff.id == member }!.staff)
            guard let row = try directory.page(ClientListQuery(caseworkerID: member)).rows.first else { continue }
            firstClient[member] = try ctx.db.client(id: row.id, by: ctx.supervisor)
        }
        let commits = 30
        var visible = Timings()
        var missed = 0
        let busyStart = cpuMilliseconds(pids)
        let began = Date()
        for k in 0..<commits {
            let observer = observers[k % observers.count]
            if var client = firstClient[observer.staff.id!] {
                // A birth date (the Born column) no row on that screen shows yet.
                let before = tmux.capture(observer.window)
                var born = client.dateOfBirth
                for _ in 0..<50 {
                    let candidate = LocalDate(year: Int.random(in: 1950...1999), month: Int.random(in: 1...12), day: Int.random(in: 1...28))!
                    if !before.contains(candidate.iso) { born = candidate; break }
                }
                guard let born, born != client.dateOfBirth else { throw BenchError("no fresh birth date for the observed row") }
                client.dateOfBirth = born
                client = try ctx.db.updateClient(client, by: ctx.supervisor, today: ctx.today)
                firstClient[observer.staff.id!] = client
                let committed = Date()
                if tmux.waitFor(observer.window, timeout: 3, { $0.contains(born.iso) }) != nil {
                    visible.samples.append(Date().timeIntervalSince(committed) * 1000)
                } else {
                    missed += 1
                }
            }
            let next = began.addingTimeInterval(Double(k + 1))
            let wait = next.timeIntervalSinceNow
            if wait > 0 { usleep(UInt32(wait * 1_000_000)) }
        }
        let busy = cpuMilliseconds(pids) - busyStart
        let seconds = Date().timeIntervalSince(began)
        let perCommit = busy / Double(count * commits)
        let idlePerSecond = idle / Double(count) / 10
        report.add(cpuFigure.replacingOccurrences(of: "N sessions", with: "\(count) sessions"),
                   String(format: "%.2f ms (sessions together %.0f%% of a core; idle alone %.2f ms per session per second)",
                          perCommit, busy / seconds / 10, idlePerSecond),
                   target: cpuTarget, met: perCommit <= 10)
        report.add(visibleFigure, "median \(ms(visible.median)), worst \(ms(visible.samples.max() ?? .nan)) (\(visible.count) commits"
                   + (missed > 0 ? "; \(missed) not seen within 3 s" : "") + ")",
                   target: visibleTarget, met: missed == 0 && visible.median < 300 && (visible.samples.max() ?? .infinity) <= 1_000)
        report.notes.append("refresh: \(count) sessions (\(observers.count) client lists, \(sessions.filter { $0.kind == .daySheet }.count) day sheets, "
                            + "\(sessions.filter { $0.kind == .queue }.count) everyone's queues); \(commits) commits in \(String(format: "%.1f", seconds)) s; "
                            + String(format: "CPU %.0f ms busy, %.0f ms in 10 s idle", busy, idle))
    }

    /// utime + stime of the processes, in milliseconds (gone processes count 0).
    private static func cpuMilliseconds(_ pids: [Int32]) -> Double {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var total = 0.0
        for pid in pids {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            // After the name: state is field 3, utime 14 and stime 15 (1-based, whole line).
            guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { continue }
            total += (user + system) / ticks * 1000
        }
        return total
    }
}
