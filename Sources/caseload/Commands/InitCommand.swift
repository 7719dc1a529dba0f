import ArgumentParser
import CaseloadStore
import Foundation

/// `caseload init PATH`: the one way to make a new database at a path of your choosing (other
/// commands refuse a --db or CASELOAD_DB file that does not exist, so a typo never makes one).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty database at PATH, with you as its first administrator.",
        discussion: "The folder must exist. Other commands then open it with --db PATH (or CASELOAD_DB=PATH).")

    @Argument(help: ArgumentHelp("The new database file (never an existing one).", valueName: "path"))
    var path: String

    func run() throws {
        if FileManager.default.fileExists(atPath: path) {
            throw CommandError("\(path) already exists; nothing changed: open it with `caseload --db \(path)`, or choose a new file name")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError("no folder \(folder): create it first (mkdir -p \(folder)), or choose another path")
        }
        let db = try Opening.database(at: path)
        let admins = try db.listStaff().filter { $0.role == .admin }.map(\.username)
        try db.close()
        print("Created \(path): an empty Caseload database; administrator: \(admins.joined(separator: ", ")). "
              + "Add staff with `caseload staff add USERNAME --name NAME --role ROLE --db \(path)`; open it with `caseload --db \(path)`.")
    }
}
