import ArgumentParser
import CaseloadStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: SQLite's integrity check, Caseload's own consistency checks, and that nobody outside it can read its files.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Make the client search index anew from the client records first (as --user; not front desk).")
    var rebuildSearchIndex = false

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .checkDatabase)
        if rebuildSearchIndex {
            let indexed = try db.rebuildSearchIndex(by: actor)
            print("\(global.databasePath): search index rebuilt (\(indexed) clients)")
        }
        let problems = try db.integrityReport(by: actor) + db.fileModeProblems(by: actor)
        if problems.isEmpty {
            print("\(global.databasePath): healthy (\(try db.clientCount()) clients; integrity, foreign keys and consistency checks passed)")
            return
        }
        print("\(global.databasePath): \(problems.count) problem\(problems.count == 1 ? "" : "s") found")
        for p in problems { print("  - \(p)") }
        throw ExitCode(1)
    }
}
