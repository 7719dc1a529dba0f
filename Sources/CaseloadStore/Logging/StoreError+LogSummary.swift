import CaseloadCore

extension StoreError {
    /// The error for the log: its kind with ids, logins, paths and SQLite codes, never a person's
    /// name or anything typed (the `message` shown on screen may hold both). Exhaustive on purpose:
    /// a new case must decide what of it may be logged.
    public var logSummary: String {
        switch self {
        case let .folderNotCreatable(path, _): return "folder not creatable: \(path)"
        case let .notWritable(path, _): return "not writable: \(path)"
        case let .notADatabase(path): return "not a database: \(path)"
        case let .foreignDatabase(path): return "another program's database: \(path)"
        case let .locked(path): return "locked: \(path)"
        case let .schemaTooNew(path, unknown): return "schema too new: \(path) (\(unknown.joined(separator: ", ")))"
        case let .staleVersion(recordType, id, expected, found, changedBy, _):
            return "stale \(recordType) #\(id): version \(expected), found \(found), changed by \(changedBy ?? "?")"
        case let .notFound(recordType, id): return "no \(recordType) #\(id)"
        case let .notPermitted(permission): return "not permitted: \(permission)"
        case .otherSite: return "client of another site"
        case .otherSiteDay: return "day sheet of another site"
        case let .unknownStaff(username, _): return "unknown staff account \(username)"
        case let .inactiveStaff(username, _): return "deactivated staff account \(username)"
        case let .usernameTaken(username): return "username taken: \(username)"
        case .staffAlreadyExists: return "staff already exist"
        case let .lastAdministrator(username): return "last administrator: \(username)"
        case .invalidCamsReference: return "invalid CaMS reference"
        case let .camsReferenceTaken(_, clientID, _): return "CaMS reference taken by client #\(clientID)"
        case let .exactDuplicate(clientID, _): return "exact duplicate of client #\(clientID)"
        case let .notInValueList(kind, _): return "not in value list \(kind)"
        case let .invalid(problems): return "invalid fields: \(problems.map(\.field).joined(separator: ", "))"
        case let .backupExists(path): return "backup exists: \(path)"
        case let .backupFailed(path, _): return "backup failed: \(path)"
        case let .sqlite(code, message): return "SQLite error \(code): \(message)"
        case let .restoreInProgress(path): return "restore in progress: \(path)"
        case let .databaseInUse(path): return "database in use: \(path)"
        case let .restoreFailed(path, _): return "restore failed: \(path)"
        }
    }

    /// A refusal the person can act on (permission, stale record, bad input), not a failure.
    public var isRefusal: Bool {
        switch self {
        case .staleVersion, .notFound, .notPermitted, .otherSite, .otherSiteDay, .unknownStaff, .inactiveStaff, .usernameTaken,
             .staffAlreadyExists, .lastAdministrator, .invalidCamsReference, .camsReferenceTaken, .exactDuplicate,
             .notInValueList, .invalid, .backupExists, .restoreInProgress, .databaseInUse:
            return true
        case .folderNotCreatable, .notWritable, .notADatabase, .foreignDatabase, .locked, .schemaTooNew,
             .backupFailed, .sqlite, .restoreFailed:
            return false
        }
    }
}

extension FollowUpError {
    /// Without the owner's or the client's name.
    public var logSummary: String {
        switch self {
        case .notYours: return "follow-up: not yours"
        case .notYourClient: return "follow-up: another caseworker's client"
        case let .alreadyCompleted(_, day): return "follow-up: already completed on \(day.iso)"
        }
    }
}
