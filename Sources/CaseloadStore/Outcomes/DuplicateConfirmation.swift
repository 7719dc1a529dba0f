import CaseloadCore
import Foundation
import GRDB

/// A new client registered although an existing one strongly matched, with the person's reason.
public struct DuplicateConfirmation: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var matchedClientID: Int64?
    public var match: String
    public var reason: String
    public var staffID: Int64?
    public var at: Date
}

extension DuplicateConfirmation: AuditedRecord {
    public static let databaseTableName = "duplicate_confirmation"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", matchedClientID = "matched_client_id", match, reason, staffID = "staff_id", at
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(id: try row.at(C.id), clientID: try row.at(C.clientID), matchedClientID: try row.at(C.matchedClientID),
                  match: try row.at(C.match), reason: try row.at(C.reason), staffID: try row.at(C.staffID), at: try row.at(C.at))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.matchedClientID] = matchedClientID
        container[C.match] = match; container[C.reason] = reason; container[C.staffID] = staffID; container[C.at] = at
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension CaseloadDatabase {
    /// The confirmations kept for a client (why it was registered despite a strong match).
    public func duplicateConfirmations(clientID: Int64) throws -> [DuplicateConfirmation] {
        try read { db in
            try DuplicateConfirmation.filter(DuplicateConfirmation.Columns.clientID == clientID)
                .order(DuplicateConfirmation.Columns.id).fetchAll(db)
        }
    }
}
