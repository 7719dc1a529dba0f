import CaseloadCore
import GRDB

/// Which clients a staff member may act on, decided here below every screen and command:
/// - supervisors and administrators (`viewAllSites`): every client;
/// - front desk and caseworkers: the clients of their own site, clients with no site recorded
///   (older or imported records nobody placed yet), clients a supervisor granted them
///   (`client_access_grant`), and a caseworker's own clients wherever they are (a supervisor
///   assigned them, which is a grant too);
/// - a front desk or caseworker account with no site has no site of its own: it works only on
///   clients with no site and on granted ones.
extension CaseloadDatabase {
    /// `acting(_:needs:in:)`, then the site rule for one client. A client that does not exist
    /// passes here: the caller's own lookup says "not found".
    /// - Throws: what `acting` throws, or `otherSite` naming the client's site.
    func actingOnClient(_ staff: StaffMember, needs permission: Permission?, clientID: Int64?,
                        in db: Database) throws -> StaffMember {
        let actor = try acting(staff, needs: permission, in: db)
        if let clientID { try db.requireSiteAccess(actor, clientID: clientID) }
        if let clientID, permission?.changesClientFile == true { try db.requireNotMerged(clientID) }
        return actor
    }

    /// The acting staff member's client scope, for lists and searches (nil: every client).
    func clientScope(for staff: StaffMember, in db: Database) throws -> ClientSiteScope? {
        ClientSiteScope(actor: try acting(staff, needs: .viewClientBasics, in: db))
    }

    /// The sites whose day sheet `staff` may read: their own, or every site for supervisors,
    /// administrators and accounts with no site (see `daySheet`).
    public func daySheetSites(by staff: StaffMember) throws -> [Site] {
        let actor = try read { db in try acting(staff, needs: .manageAppointments, in: db) }
        let all = try sites()
        guard !actor.role.allows(.viewAllSites), let own = actor.siteID else { return all }
        return all.filter { $0.id == own }
    }
}

extension Database {
    func requireSiteAccess(_ actor: StaffMember, clientID: Int64) throws {
        guard let scope = ClientSiteScope(actor: actor) else { return }
        guard let row = try Row.fetchOne(self, sql: """
            SELECT c.site_id, s.name, c.caseworker_id FROM client c LEFT JOIN site s ON s.id = c.site_id WHERE c.id = ?
            """, arguments: [clientID]) else { return }
        guard let siteID = row[0] as Int64?, siteID != actor.siteID, row[2] as Int64? != actor.id else { return }
        let granted = try Bool.fetchOne(self, sql: """
            SELECT EXISTS (SELECT 1 FROM client_access_grant WHERE staff_id = ? AND client_id = ?)
            """, arguments: [scope.staffID, clientID]) ?? false
        if !granted { throw StoreError.otherSite(siteName: row[1] ?? "site #\(siteID)") }
    }
}

/// The clients of one front desk or caseworker account, as an SQL condition (see above).
struct ClientSiteScope: Hashable, Sendable {
    var siteID: Int64?
    var staffID: Int64

    /// nil for roles that see every site.
    init?(actor: StaffMember) {
        guard !actor.role.allows(.viewAllSites), let id = actor.id else { return nil }
        siteID = actor.siteID
        staffID = id
    }

    /// The scope's client ids, read through the `client_by_site` index (a few ms at 100,000 clients).
    func clientIDs(_ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db, sql: """
            SELECT id FROM client WHERE site_id = ?
            UNION ALL SELECT id FROM client WHERE site_id IS NULL
            UNION ALL SELECT client_id FROM client_access_grant WHERE staff_id = ?
            UNION ALL SELECT id FROM client WHERE caseworker_id = ?
            """, arguments: [siteID, staffID, staffID])
    }

    /// A condition on the client table named `alias`; `site_id = NULL` is never true, so an
    /// account with no site matches only clients with no site and granted ones.
    func condition(alias: String) -> (sql: String, arguments: StatementArguments) {
        ("(\(alias).site_id IS NULL OR \(alias).site_id = ? OR \(alias).caseworker_id = ? OR \(alias).id IN"
            + " (SELECT client_id FROM client_access_grant WHERE staff_id = ?))",
         [siteID, staffID, staffID])
    }
}
