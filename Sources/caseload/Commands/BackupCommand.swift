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
        let db = try Opening.database(global)
        try db.backup(to: file)
        print("Backed up \(global.databasePath) to \(file)")
    }
}
