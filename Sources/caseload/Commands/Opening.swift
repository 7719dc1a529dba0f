import CaseloadCore
import CaseloadStore

/// Opening the database and naming who acts, shared by every command.
enum Opening {
    /// Opens (creating and migrating when new) and makes sure somebody can administer it:
    /// a database with no staff gets one administrator named after the login name.
    static func database(_ options: GlobalOptions) throws -> CaseloadDatabase {
        try database(at: options.databasePath)
    }

    static func database(at path: String) throws -> CaseloadDatabase {
        let db = try CaseloadDatabase.open(path: path)
        if try !db.hasStaff() { _ = try db.bootstrapAdministrator(username: Paths.loginName) }
        return db
    }

    /// The acting staff member: --user, else the login name; unknown or deactivated accounts are refused.
    static func actingStaff(_ db: CaseloadDatabase, _ options: GlobalOptions) throws -> StaffMember {
        try db.resolveActingStaff(username: options.username)
    }
}
