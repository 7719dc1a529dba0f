import ArgumentParser
import CaseloadCore
import CaseloadStore

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Manage staff accounts (adding, deactivating and reactivating needs an administrator).",
        subcommands: [Add.self, List.self, Deactivate.self, Reactivate.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff account.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login name of the new account.") var username: String
        @Option(help: "Full name, as shown on screens.") var name: String
        @Option(help: "One of: frontdesk, caseworker, supervisor, admin.") var role: String
        @Option(help: "Site name (optional).") var site: String?

        func run() throws {
            guard let staffRole = StaffRole(rawValue: role.lowercased()) else {
                throw CommandError("unknown role '\(role)': use one of frontdesk, caseworker, supervisor, admin")
            }
            let (db, actor) = try Opening.session(global, needs: .manageStaff)
            var siteID: Int64?
            if let site {
                guard let found = try db.sites().first(where: { $0.name.lowercased() == site.lowercased() }) else {
                    throw CommandError("unknown site '\(site)': known sites are " + (try db.sites().map(\.name).joined(separator: ", ")))
                }
                siteID = found.id
            }
            let added = try db.addStaff(username: username, fullName: name, role: staffRole, site: siteID, by: actor)
            print("Added \(added.username) (\(added.fullName), \(added.role.rawValue))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff accounts.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (db, actor) = try Opening.session(global, needs: .viewStaffList)
            let sites = Dictionary(uniqueKeysWithValues: try db.sites().compactMap { s in s.id.map { ($0, s.name) } })
            let rows = try db.staffDirectory(by: actor).map { s in
                [s.username, s.fullName, s.role.rawValue, s.siteID.flatMap { sites[$0] } ?? "", s.isActive ? "active" : "deactivated"]
            }
            print(TextTable.render(header: ["username", "name", "role", "site", "status"], rows: rows))
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deactivate a staff account (its history stays).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login name of the account.") var username: String

        func run() throws {
            let (db, actor) = try Opening.session(global, needs: .manageStaff)
            let s = try db.deactivateStaff(username: username, by: actor)
            print("Deactivated \(s.username) (\(s.fullName))")
        }
    }

    struct Reactivate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reactivate a deactivated staff account: its person can sign in again.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login name of the account.") var username: String

        func run() throws {
            let (db, actor) = try Opening.session(global, needs: .manageStaff)
            guard let before = try db.staff(username: username) else {
                throw CommandError("no staff account '\(username)': see `caseload staff list`")
            }
            guard actor.role.allows(.manageStaff) else { throw StoreError.notPermitted(.manageStaff) }
            guard !before.isActive else {
                print("\(before.username) (\(before.fullName)) is already active; nothing changed.")
                return
            }
            let s = try db.reactivateStaff(username: username, by: actor)
            print("Reactivated \(s.username) (\(s.fullName), \(s.role.rawValue)): they can sign in again. Undo with `caseload staff deactivate \(s.username)`.")
        }
    }
}
