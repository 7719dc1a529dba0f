import ArgumentParser
import CaseloadStore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Make a consistent copy of the database while others keep working.",
        discussion: """
            With --to FOLDER (for a nightly cron job): a dated copy, NAME-YYYY-MM-DD-HHMMSSZ.sqlite (UTC), \
            checked as `caseload check` does before it gets that name; with --keep N the oldest copies \
            beyond N are then removed. Only checked copies count, never a partial one.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The new file to write (never overwritten); or give --to.", valueName: "file"))
    var file: String?

    @Option(help: ArgumentHelp("Write a dated, checked copy into this folder (it must exist).", valueName: "folder"))
    var to: String?

    @Option(help: ArgumentHelp("With --to: keep the newest N checked copies in the folder, removing older ones.", valueName: "n"))
    var keep: Int?

    func validate() throws {
        if file != nil && to != nil { throw ValidationError("give a FILE or --to FOLDER, not both") }
        if file == nil && to == nil { throw ValidationError("give the FILE to write, or --to FOLDER for a dated copy") }
        if keep != nil && to == nil { throw ValidationError("--keep needs --to FOLDER") }
        if let keep, keep < 1 { throw ValidationError("--keep must be 1 or more (the copy just made is always kept)") }
    }

    func run() throws {
        let (db, actor) = try Opening.session(global, needs: .backupDatabase)
        if let to {
            let made = try db.backup(into: to, keep: keep, by: actor)
            try ExportRecord.record("backup to \(made.path)", db: db, by: actor)
            print("Backed up \(global.databasePath) to \(made.path) (checked: healthy)")
            for old in made.removed { print("Removed the older \(old)") }
            print("\(made.kept.count) checked backup\(made.kept.count == 1 ? "" : "s") in \(to)")
            return
        }
        guard let file else { return }
        try db.backup(to: file, by: actor)
        try ExportRecord.record("backup to \(file)", db: db, by: actor)
        print("Backed up \(global.databasePath) to \(file)")
    }
}
