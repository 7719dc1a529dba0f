import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload restore FILE`: the other half of `backup`, for the day the database is lost or damaged.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a checked backup in place of the database; the replaced file is kept beside it.",
        discussion: """
            Only when no caseload session or command has the database open (ask everyone to quit first); \
            a session that crashed does not count. The backup is copied and checked as `caseload check` \
            does before it replaces anything; the backup file itself is not changed. The replaced \
            database is kept as DB.replaced-YYYY-MM-DD-HHMMSSZ.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup to put in place (made by `caseload backup`).", valueName: "file"))
    var file: String

    func run() throws {
        let path = global.databasePath
        try Self.requireAdministrator(global)
        let restored = try CaseloadDatabase.restore(backup: file, over: path)
        print("Restored \(path) from \(file)")
        if let kept = restored.replacedKeptAs {
            print("The replaced database is kept as \(kept): remove it once the restored one is known to be right")
        }
    }

    /// Only an administrator of the database being replaced restores over it. A database too damaged
    /// to open has no staff to ask: then the file's own permissions decide, as they would for `cp`.
    static func requireAdministrator(_ global: GlobalOptions) throws {
        let db: CaseloadDatabase
        do { db = try Opening.database(global) } catch let error as StoreError {
            switch error {
            case .notADatabase, .foreignDatabase, .sqlite: return
            default: throw error
            }
        }
        defer { try? db.close() }   // the session lock must go before the restore asks for it
        let actor = try Opening.actingStaff(db, global)
        guard actor.role.allows(.restoreDatabase) else { throw StoreError.notPermitted(.restoreDatabase) }
    }
}
