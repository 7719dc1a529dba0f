import CaseloadApp
import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit

/// Issue #23, measured in-process and in CPU time, so a busy machine changes it little (the tmux
/// figure's wall times and /proc ticks move with the load): one headless app per session type,
/// each with its own connection as a process would have, and commits from another connection.
/// Per commit each app lives one second as the run loop runs it: the polls (one notices the
/// commit, refreshes what it concerns and is drawn), and the two idle ticks (drawn when they
/// changed something). The process's CPU time (every thread: GRDB's readers too) is taken around
/// each app's second, so the figure is that session type's cost of one commit. The ncurses diff
/// of a drawn frame is not included (`present` needs a terminal).
@MainActor enum SessionCPUFigure {
    static let figure = "CPU per commit by session type (in-process, CPU time)"
    static let target = "≤ 10 ms average (the 2:1:1 mix)"

    private struct Session {
        let name: String
        let app: CaseloadApp
        var cpu = Timings()
        var drawn = 0
    }

    static func run(_ ctx: BenchContext, into report: inout BenchReport) throws {
        let staff = try ctx.db.listStaff(includeInactive: false)
        let caseworkers = staff.filter { $0.role == .caseworker }
        guard let desk = staff.first(where: { $0.role == .frontDesk }), let supervisor = staff.first(where: { $0.role == .supervisor }),
              !caseworkers.isEmpty else { throw BenchError("the bench database lacks a caseworker, front desk or supervisor") }

        // Commits go to the first client of each caseworker's list in turn (as the tmux figure's do).
        var targets: [Client] = []
        for member in caseworkers.prefix(8) {
            let directory = try ClientDirectory(db: ctx.db, by: member)
            if let row = try directory.page(ClientListQuery(caseworkerID: member.id)).rows.first {
                targets.append(try ctx.db.client(id: row.id, by: ctx.supervisor))
            }
        }
        guard let watched = targets.first else { throw BenchError("no caseworker has clients") }
        let owner = caseworkers.first { $0.id == watched.caseworkerID } ?? ctx.busiestCaseworker

        func session(_ name: String, _ actor: StaffMember, _ start: Route) throws -> Session {
            let db = try CaseloadDatabase.open(path: ctx.path)
            return Session(name: name, app: CaseloadApp(env: ctx.environment(for: actor, db: db), start: start))
        }
        var sessions = [
            try session("client list (caseworker)", owner, .clientList),
            try session("day sheet (front desk)", desk, .frontDesk),
            try session("everyone's queue, own site (supervisor)", supervisor, .followUps(caseworkerID: nil)),
            try session("profile of a changed client (caseworker)", owner, .profile(clientID: watched.id!, tab: .summary)),
        ]
        // Opening work (the first frame's layout, the idle look-ups) settles before measuring.
        for i in sessions.indices { for _ in 0..<3 { live(&sessions[i]) } }

        let writer = try CaseloadDatabase.open(path: ctx.path)
        defer { try? writer.close() }
        var idle = Timings()
        for i in sessions.indices { idle.samples.append(cpu { live(&sessions[i]) }) }

        let commits = 20
        for k in 0..<commits {
            var client = targets[k % targets.count]
            let born = LocalDate(year: 1950 + k % 50, month: 1 + k % 12, day: 1 + k % 28)!
            client.dateOfBirth = born == client.dateOfBirth ? born.adding(days: 1) : born
            targets[k % targets.count] = try writer.updateClient(client, by: ctx.supervisor, today: ctx.today)
            for i in sessions.indices { sessions[i].cpu.samples.append(cpu { live(&sessions[i]) }) }
        }
        let mean = { (t: Timings) in t.samples.reduce(0, +) / Double(max(t.count, 1)) }
        // The tmux figure's mix: half client lists, a quarter day sheets, a quarter queues.
        let mix = (2 * mean(sessions[0].cpu) + mean(sessions[1].cpu) + mean(sessions[2].cpu)) / 4
        report.add(figure, String(format: "%.2f ms average over the mix (%d commits; idle %.2f ms a session a second)",
                                  mix, commits, mean(idle)), target: target, met: mix <= 10)
        for s in sessions {
            report.add("  … " + s.name, String(format: "mean %.2f ms, median %.2f, max %.2f (drawn %d times)",
                                               mean(s.cpu), s.cpu.median, s.cpu.samples.max() ?? .nan, s.drawn))
        }
        for s in sessions { try? s.app.env.db.close() }
    }

    /// One second of the run loop with nobody typing: eight 100 ms polls and two idle ticks, each
    /// drawn when it changed the screen.
    private static func live(_ session: inout Session) {
        for step in 0..<10 {
            let drawn: Bool
            if step == 4 || step == 9 {
                _ = session.app.handle(.tick)
                drawn = session.app.tickChangedScreen
            } else {
                drawn = session.app.poll()
            }
            if drawn {
                var buffer = ScreenBuffer(width: 200, height: 60)
                session.app.render(into: &buffer)
                session.drawn += 1
            }
        }
    }

    /// The process's CPU time `body` took, in milliseconds (every thread).
    private static func cpu(_ body: () -> Void) -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
        }
        let start = now()
        body()
        return now() - start
    }
}
