import ArgumentParser
import CaseloadStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `caseload setup shared`: one database for everyone in a group on this host (README, "Installing
/// for an agency").
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Set up a database for the way it is used.",
        subcommands: [Shared.self])

    struct Shared: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Share a database with a group: its folder 2770 (setgid), its files 0660, nothing for anyone else.",
            discussion: """
                Run by root, or by the owner of the folder and files (who must be in the group); on an existing \
                database, only by one of its administrators. A missing database is created (its folder too, when \
                its parent exists), with you as its first administrator. The folder must hold nothing but the \
                database's own files. Then add each person's login to the group and give them a staff account.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The group whose members use the database (it must exist: groupadd).", valueName: "group"))
        var group: String

        @Argument(help: ArgumentHelp("The database file, in a folder of its own (e.g. /srv/caseload/agency.sqlite).", valueName: "path"))
        var path: String

        func validate() throws {
            if let db = global.db, !db.isEmpty, Self.absolute(db) != Self.absolute(path) {
                throw ValidationError("--db names \(db), PATH \(path): give the database once, as PATH")
            }
        }

        static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

        func run() throws {
            // Whatever this run makes (the folder, the file, its -wal) is the group's, never others'.
            umask(0o007)
            let setup = try SharedSetup.plan(path: path, group: group)
            var options = global
            options.db = setup.databasePath
            let created = !setup.databaseExists
            if created {
                try setup.makeFolder()
                try Opening.database(at: setup.databasePath).close()
            } else {
                let db = try Opening.database(at: setup.databasePath)
                defer { try? db.close() }
                try db.authorizeSharing(by: try Opening.actingStaff(db, options))
            }
            try setup.apply()
            let db = setup.databasePath
            print("\(created ? "Created" : "Shared") \(db) with group \(group): its folder \(setup.folder) is 2770 (setgid), "
                  + "the database and its files 0660, its lock file 0640; nobody outside the group can enter the folder.")
            print("Next: add each person's login to the group (usermod -aG \(group) LOGIN; they log in again), give them an account "
                  + "(caseload staff add LOGIN --name NAME --role ROLE --db \(db)), and set CASELOAD_DB=\(db) for everyone.")
        }
    }
}
