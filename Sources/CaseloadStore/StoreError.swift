import CaseloadCore
import Foundation

/// Everything the store refuses, each with a `message` a person can act on.
/// Screens show `message` as is; the CLI prints it and exits non-zero.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database's folder does not exist and could not be made (e.g. a file is in the way).
    case folderNotCreatable(path: String, reason: String)
    /// The file or its folder cannot be written (permissions, read-only file system).
    case notWritable(path: String, reason: String)
    /// The file is not SQLite, or is corrupt (SQLITE_NOTADB / SQLITE_CORRUPT).
    case notADatabase(path: String)
    /// A SQLite database, but some other program's: it has tables and no Caseload migrations.
    case foreignDatabase(path: String)
    /// Another process kept the database locked past the busy timeout.
    case locked(path: String)
    /// The file was migrated by a newer caseload; it is never migrated down.
    case schemaTooNew(path: String, unknownMigrations: [String])
    /// Optimistic concurrency: someone saved the record since it was loaded. Nothing was saved.
    case staleVersion(recordType: String, id: Int64, expected: Int, found: Int, changedBy: String?, changedAt: Date?)
    /// The record was deleted (or never existed).
    case notFound(recordType: String, id: Int64)
    /// The acting staff member's role lacks the permission.
    case notPermitted(Permission)
    /// The client belongs to another site than the acting front desk or caseworker account's.
    case otherSite(siteName: String)
    /// A front desk or caseworker account asked for another site's day sheet.
    case otherSiteDay(siteName: String)
    /// No staff account with this login name.
    case unknownStaff(username: String, path: String)
    /// The staff account exists but was deactivated.
    case inactiveStaff(username: String, path: String)
    case usernameTaken(String)
    /// `bootstrapAdministrator` is only for a database with no staff at all.
    case staffAlreadyExists(path: String)
    /// Deactivating this account would leave nobody able to manage staff.
    case lastAdministrator(username: String)
    /// A CaMS reference must be 6 to 12 digits.
    case invalidCamsReference(String)
    case camsReferenceTaken(reference: String, clientID: Int64, clientName: String)
    /// A new client with the same name, date of birth and phone as an existing one, not confirmed
    /// as a different person (`createClient(allowingDuplicate:)`). Nothing was saved.
    case exactDuplicate(clientID: Int64, clientName: String)
    /// A value that must come from an administrator-edited list is missing or retired.
    case notInValueList(kind: ValueListKind, value: String)
    /// Field-level problems with what was typed; `field` names the form field.
    case invalid([FieldError])
    case backupExists(path: String)
    /// The backup could not be made; nothing was left under its name. `reason` says what to do.
    case backupFailed(path: String, reason: String)
    /// Any other SQLite failure, with SQLite's own words.
    case sqlite(code: Int32, message: String)
    /// `caseload restore` is replacing the file right now; sessions wait until it is done.
    case restoreInProgress(path: String)
    /// A restore needs the database closed everywhere, and a session (or command) has it open.
    case databaseInUse(path: String)
    /// The restore did not happen; the database is as it was. `reason` says what to do.
    case restoreFailed(path: String, reason: String)

    /// The same type CaseloadCore's validators return.
    public typealias FieldProblem = FieldError

    public var message: String {
        switch self {
        case let .folderNotCreatable(path, reason):
            return "Cannot create the folder \(path) (\(reason)): create it yourself or choose another --db"
        case let .notWritable(path, reason):
            return "Cannot write \(path) (\(reason)): fix its permissions or choose another --db"
        case let .notADatabase(path):
            return "\(path) is not a Caseload database (file is corrupt or not SQLite): restore from a backup (caseload backup) or choose another --db"
        case let .foreignDatabase(path):
            return "\(path) is a SQLite database of some other program, not Caseload's: choose another --db"
        case let .locked(path):
            return "\(path) is locked by another caseload process that did not finish in time: try again in a moment"
        case let .schemaTooNew(path, unknown):
            return "\(path) was updated by a newer caseload (\(unknown.joined(separator: ", "))); it was not changed: use the newer caseload"
        case let .staleVersion(recordType, _, _, _, changedBy, changedAt):
            let who = changedBy.map { "Someone else (\($0))" } ?? "Someone else"
            let when = changedAt.map { " at \(StoreError.clockText($0))" } ?? ""
            return "\(who) changed this \(recordType.replacingOccurrences(of: "_", with: " "))\(when); nothing was saved — reload to see their change"
        case let .notFound(recordType, id):
            return "No \(recordType.replacingOccurrences(of: "_", with: " ")) #\(id): it may have been deleted — reload"
        case let .notPermitted(permission):
            return permission.refusal
        case let .otherSite(siteName):
            return "This client is at \(siteName); ask a supervisor to grant you access."
        case let .otherSiteDay(siteName):
            return "\(siteName)'s day sheet is for its own staff: choose your site"
        case let .unknownStaff(username, path):
            return "No active staff account '\(username)' in \(path): ask an administrator to run `caseload staff add \(username) …`"
        case let .inactiveStaff(username, path):
            return "The staff account '\(username)' in \(path) is deactivated: ask an administrator to reactivate it"
        case let .usernameTaken(username):
            return "A staff account '\(username)' already exists: choose another login name"
        case let .staffAlreadyExists(path):
            return "\(path) already has staff accounts: ask an administrator to add yours"
        case let .lastAdministrator(username):
            return "'\(username)' is the last active administrator: add another administrator first"
        case let .invalidCamsReference(reference):
            return "'\(reference)' is not a CaMS reference: it must be 6 to 12 digits, as CaMS shows it (leading zeros kept)"
        case let .camsReferenceTaken(reference, clientID, clientName):
            return "CaMS reference \(reference) already belongs to \(clientName) (#\(clientID)): check for a duplicate client"
        case let .exactDuplicate(clientID, clientName):
            return "\(clientName) (#\(clientID)) looks like the same person (same date of birth and phone, or same name and"
                + " date of birth); nothing was saved: open that client instead, or confirm this is a different person"
                + " (with the reason) to register them anyway"
        case let .notInValueList(kind, value):
            return value.isEmpty
                ? "\(kind.title) is required: choose one from the list"
                : "'\(value)' is not an active \(kind.title) entry: choose one from the list"
        case let .invalid(problems):
            return problems.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case let .backupExists(path):
            return "\(path) already exists and a backup never replaces a file: choose a new file name"
        case let .backupFailed(path, reason):
            return "Backup to \(path) failed, nothing was written there: \(reason)"
        case let .sqlite(code, message):
            return "Database error \(code): \(message)"
        case let .restoreInProgress(path):
            return "\(path) is being restored from a backup right now: try again in a minute"
        case let .databaseInUse(path):
            return "\(path) is open in a caseload session or command; nothing was changed: ask everyone to quit caseload, then run the restore again"
        case let .restoreFailed(path, reason):
            return "Restore of \(path) failed, the database was not changed: \(reason)"
        }
    }

    public var description: String { message }

    /// "10:42" today, "Wed 24 Dec 10:42" otherwise — in the agency's zone, as every other time on
    /// screen is: this machine's zone (often UTC on a server) would put a conflict hours off.
    static func clockText(_ instant: Date, now: Date = Date(), zone: TimeZone = FollowUpEngine.agencyTimeZone) -> String {
        var cal = Calendar(identifier: .gregorian); cal.timeZone = zone
        let c = cal.dateComponents([.hour, .minute], from: instant)
        let hm = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        let day = LocalDate(instant, in: zone)
        if day == LocalDate(now, in: zone) { return hm }
        return "\(day.medium) \(hm)"
    }
}
