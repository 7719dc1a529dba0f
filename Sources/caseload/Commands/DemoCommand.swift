import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a new database with realistic, deterministic synthetic clients, staff and history.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "How many clients to generate.") var clients = 2_000
    @Option(help: "Seed: the same seed and day give the same people.") var seed: UInt64 = 2026

    func validate() throws {
        guard (1...2_000_000).contains(clients) else { throw ValidationError("--clients must be between 1 and 2,000,000") }
    }

    func run() throws {
        // Demo data only ever goes into a new database, so this command may create the file it is given.
        let db = try Opening.database(at: global.databasePath)
        let actor = try Opening.actingStaff(db, global)
        let started = Date()
        let summary = try DemoDatabase.fill(db, clients: clients, seed: seed, by: actor)
        let seconds = Date().timeIntervalSince(started)
        print("Generated \(summary.clients) clients, \(summary.notes) notes, \(summary.appointments) appointments, "
              + "\(summary.employments) jobs and \(summary.staff) staff in \(String(format: "%.1f", seconds)) s into \(global.databasePath)")
    }
}

/// The demo database `--demo` opens: created on first use, never the real one.
enum DemoDatabase {
    static let defaultClients = 1_500

    /// Fills the demo database when it is new, or empty because a fill was killed part-way (the
    /// fill is one transaction, so that leaves no clients, never some).
    static func ensure(at path: String) throws {
        let db = try Opening.database(at: path)
        defer { try? db.close() }
        guard try db.clientCount() == 0 else { return }
        FileHandle.standardError.write(Data("Creating the demo database at \(path) (\(defaultClients) synthetic clients)…\n".utf8))
        _ = try fill(db, clients: defaultClients, seed: 2026, by: try db.resolveActingStaff(username: Paths.loginName))
    }

    static func fill(_ db: CaseloadDatabase, clients: Int, seed: UInt64, by actor: StaffMember) throws -> CaseloadDatabase.DemoSummary {
        let generator = DemoGenerator(seed: seed, today: LocalDate.today(in: TimeZone(identifier: "America/Toronto") ?? .current), clientCount: clients)
        let showProgress = isatty(2) == 1 && clients >= 5_000
        let summary = try db.fillWithDemoData(generator, by: actor) { done in
            if showProgress { ProgressBar.draw(done: done, total: clients, label: "clients") }
        }
        if showProgress { ProgressBar.finish() }
        return summary
    }
}

/// A one-line progress bar on stderr, only ever drawn when stderr is a terminal.
enum ProgressBar {
    static func draw(done: Int, total: Int, label: String) {
        let width = 30
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(label)".utf8))
    }

    static func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}
