import CaseloadCore
import Foundation
import GRDB

/// A supervisor's grant of one client of another site to one staff member.
public struct ClientAccessGrant: Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var staffID: Int64
    public var grantedBy: Int64?
    public var grantedAt: Date
}

extension ClientAccessGrant: AuditedRecord {
    public static let databaseTableName = "client_access_grant"
    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", staffID = "staff_id", grantedBy = "granted_by", grantedAt = "granted_at"
    }

    public init(row: Row) throws {
        id = try row.at(Columns.id); clientID = try row.at(Columns.clientID); staffID = try row.at(Columns.staffID)
        grantedBy = try row.at(Columns.grantedBy); grantedAt = try row.at(Columns.grantedAt)
    }
    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id; container[Columns.clientID] = clientID; container[Columns.staffID] = staffID
        container[Columns.grantedBy] = grantedBy; container[Columns.grantedAt] = grantedAt
    }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension CaseloadDatabase {
    /// Lets `staffID` (an active front desk or caseworker account) act on a client of another site.
    /// Supervisors only; audited. Granting again, or a client the person may already open (their
    /// site's, or their own as caseworker), changes nothing.
    /// - Returns: false when nothing needed granting.
    /// - Throws: `notPermitted(.grantClientAccess)`, `notFound`, `invalid` (staff not active or a
    ///   role that sees every site already).
    @discardableResult
    public func grantClientAccess(clientID: Int64, to staffID: Int64, by staff: StaffMember) throws -> Bool {
        try write { db in
            let actor = try acting(staff, needs: .grantClientAccess, in: db)
            let client = try db.storedClient(clientID)
            guard let grantee = try StaffMember.fetchOne(db, key: staffID), grantee.isActive else {
                throw StoreError.invalid([.init(field: "staff", message: "Choose an active staff member.")])
            }
            if grantee.role.allows(.viewAllSites) {
                throw StoreError.invalid([.init(field: "staff", message: "\(grantee.username) already sees every site's clients.")])
            }
            if client.siteID == nil || client.siteID == grantee.siteID || client.caseworkerID == grantee.id { return false }
            let exists = try ClientAccessGrant.filter(ClientAccessGrant.Columns.clientID == clientID
                                                      && ClientAccessGrant.Columns.staffID == staffID).fetchCount(db) > 0
            if exists { return false }
            let now = Date()
            var grant = ClientAccessGrant(clientID: clientID, staffID: staffID, grantedBy: actor.id, grantedAt: now)
            try db.insertAudited(&grant, by: actor, at: now)
            return true
        }
    }

    /// Takes a grant back (supervisors only; audited, with the grant's values).
    /// - Returns: false when there was no such grant.
    @discardableResult
    public func revokeClientAccess(clientID: Int64, from staffID: Int64, by staff: StaffMember) throws -> Bool {
        try write { db in
            let actor = try acting(staff, needs: .grantClientAccess, in: db)
            guard let grant = try ClientAccessGrant.filter(ClientAccessGrant.Columns.clientID == clientID
                                                           && ClientAccessGrant.Columns.staffID == staffID).fetchOne(db),
                  let id = grant.id else { return false }
            try db.deleteAudited(ClientAccessGrant.self, id: id, by: actor, at: Date())
            return true
        }
    }

    /// The staff account with this login name, for a command naming the grantee.
    public func staffMember(username: String) throws -> StaffMember? {
        try read { db in try StaffMember.filter(StaffMember.Columns.username == username).fetchOne(db) }
    }

    /// The client with this CaMS reference (normalised as the store keeps it), for a command naming one.
    public func clientID(camsReference: String) throws -> Int64? {
        guard let reference = try Self.normalizedCamsReference(camsReference) else { return nil }
        return try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM client WHERE cams_reference = ?", arguments: [reference])
        }
    }
}
