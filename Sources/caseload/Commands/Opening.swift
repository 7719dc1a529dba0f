import CaseloadCore
import CaseloadStore
import Foundation

/// Opening the database and naming who acts, shared by every command.
enum Opening {
    /// Opens the database the options name. Only the default path is created on first use; a file
    /// named by --db or CASELOAD_DB must exist, so a typo is refused instead of becoming a new,
    /// empty database (`caseload init PATH` creates one on purpose).
    static func database(_ options: GlobalOptions) throws -> CaseloadDatabase {
        let path = options.databasePath
        if let refusal = DatabaseAccess.refusal(path) { throw CommandError(refusal) }
        if let source = options.databasePathSource, !FileManager.default.fileExists(atPath: path) {
            throw CommandError("no database at \(path) (named by \(source)): check the path, or create a new one with `caseload init \(path)`")
        }
        return try database(at: path)
    }

    /// Opens, creating and migrating when new, and makes sure somebody can administer it:
    /// a database with no staff gets one administrator named after the login name.
    static func database(at path: String) throws -> CaseloadDatabase {
        let db = try CaseloadDatabase.open(path: path)
        if try !db.hasStaff() { _ = try db.bootstrapAdministrator(username: Paths.loginName) }
        return db
    }

    /// The database the options name and who acts there, refused unless that person's role allows
    /// `permission` (nil: any active account). Every command starts here, so none can forget to
    /// ask; the store checks again below, so no command can get round it either.
    static func session(_ options: GlobalOptions, needs permission: Permission?) throws -> (db: CaseloadDatabase, actor: StaffMember) {
        let db = try database(options)
        let actor = try actingStaff(db, options)
        // The store's own refusal: its sentence for the person, its kind (not the sentence) for the log.
        if let permission, !actor.role.allows(permission) { throw StoreError.notPermitted(permission) }
        return (db, actor)
    }

    /// The acting staff member is the login running this process (from the password database),
    /// mapped to its staff account; unknown or deactivated accounts are refused. `--user` names
    /// someone else only on a demo database (tests, the benchmark, trying each role): anywhere
    /// else a login could act as anyone, so it is refused with the reason.
    static func actingStaff(_ db: CaseloadDatabase, _ options: GlobalOptions) throws -> StaffMember {
        guard let user = options.user, user != ProcessLogin.name else {
            return try db.resolveActingStaff(username: ProcessLogin.name)
        }
        guard try db.isDemoDatabase() else {
            throw CommandError("--user works only on a demo database (made by `caseload demo`); here you act as your login, \(ProcessLogin.name), so leave --user out")
        }
        return try db.resolveActingStaff(username: user)
    }
}
