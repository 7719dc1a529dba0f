import ArgumentParser
import CaseloadStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Make a consistent copy of the database while others keep working.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The new file to write (never overwritten).", valueName: "file"))
    var file: String

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .backupDatabase)
        try db.backup(to: file, by: actor)
        print("Backed up \(global.databasePath) to \(file)")
    }
}
