import ArgumentParser
import Foundation
import Logging

/// Options every command takes: which database, and who is acting.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file, which must exist (`caseload init PATH` makes one) (default: $CASELOAD_DB, else $XDG_DATA_HOME/caseload/caseload.sqlite, created on first use).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("On a demo database only: act as this staff account (elsewhere you always act as your login).", valueName: "username"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("How much the log file records: trace, debug, info, notice, warning, error or critical (default: $CASELOAD_LOG_LEVEL, else info).", valueName: "level"))
    var logLevel: Logger.Level?

    /// The database path in force: --db, then $CASELOAD_DB, then the XDG default.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["CASELOAD_DB"], !env.isEmpty { return env }
        return Paths.defaultDatabase
    }

    /// What named the database when it was not the default ("--db" or "CASELOAD_DB"): a named file
    /// must exist (`caseload init` makes one), so a mistyped path is refused, not created empty.
    var databasePathSource: String? {
        if let db, !db.isEmpty { return "--db" }
        if let env = ProcessInfo.processInfo.environment["CASELOAD_DB"], !env.isEmpty { return "CASELOAD_DB" }
        return nil
    }
}
