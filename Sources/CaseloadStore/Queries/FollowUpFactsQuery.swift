import CaseloadCore
import Foundation
import GRDB

/// Whose queue to compute: everyone's, one caseworker's, one site's, or one client's.
public struct FollowUpScope: Hashable, Sendable {
    public var caseworkerID: Int64?
    public var siteID: Int64?
    public var clientID: Int64?
    /// A set of clients (the client list's visible page): one set of queries for all of them.
    public var clientIDs: [Int64]?
    public init(caseworkerID: Int64? = nil, siteID: Int64? = nil, clientID: Int64? = nil, clientIDs: [Int64]? = nil) {
        self.caseworkerID = caseworkerID; self.siteID = siteID; self.clientID = clientID; self.clientIDs = clientIDs
    }
    public static let everyone = FollowUpScope()
}

extension CaseloadDatabase {
    /// The facts the follow-up rules read, in a handful of index-only queries (one read transaction,
    /// so every fact comes from the same moment). See `FollowUps/Facts/`.
    public func followUpFacts(scope: FollowUpScope = .everyone, zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> FollowUpFacts {
        try read { db in try FollowUpFactLoader(scope: scope, zone: zone).load(db) }
    }

    /// The business calendar in force: observed substitutes setting and every closure day, with one
    /// calendar per site for site-specific closures.
    public func businessCalendars() throws -> (agency: BusinessCalendar, sites: [Int64: BusinessCalendar]) {
        let observes = try observedSubstitutes()
        let closures = try read { db in try ClosureDay.fetchAll(db) }
        let agency = BusinessCalendar(observesSubstitutes: observes, closures: closures.filter { $0.siteID == nil })
        var sites: [Int64: BusinessCalendar] = [:]
        for siteID in Set(closures.compactMap(\.siteID)) {
            sites[siteID] = BusinessCalendar(observesSubstitutes: observes, closures: closures, siteID: siteID)
        }
        return (agency, sites)
    }

    /// The queue as `staff` may see it (every screen and command asks this way, so none can forget):
    /// front desk has none; a caseworker sees their own queue and the items of given clients (a
    /// profile, the client list's page); supervisors and administrators see any caseworker, any
    /// site, or everyone.
    public func followUpQueue(asOf: LocalDate, now: Date, scope: FollowUpScope = .everyone,
                              zone: TimeZone = FollowUpEngine.agencyTimeZone, by staff: StaffMember) throws -> [DueItem] {
        let actor = try read { db in try acting(staff, needs: .viewFollowUps, in: db) }
        let ownOrClients = scope.clientID != nil || scope.clientIDs != nil || (scope.caseworkerID == actor.id && scope.siteID == nil)
        guard ownOrClients || actor.role.allows(.viewTeamFollowUps) else { throw StoreError.notPermitted(.viewTeamFollowUps) }
        return try followUpQueue(asOf: asOf, now: now, scope: scope, zone: zone)
    }

    /// The computed queue as of a day: what the follow-up screen and `caseload followups` show.
    /// The rules run while the facts load (`QueuePipeline`); a caseworker's or a site's facts are read
    /// by two connections at once, which see the same commit (`readConcurrently`).
    func followUpQueue(asOf: LocalDate, now: Date, scope: FollowUpScope = .everyone,
                       zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [DueItem] {
        let calendars = try businessCalendars()
        var engine = FollowUpEngine(calendar: calendars.agency, asOf: asOf, now: now, timeZone: zone)
        engine.siteCalendars = calendars.sites
        let loader = FollowUpFactLoader(scope: scope, zone: zone)
        // Two connections for a caseworker's or a site's queue. A few clients' facts are read in less
        // time than a second connection takes to start, and the whole list filters every fact by its
        // clients, which only one connection has.
        if scope != .everyone && scope.clientID == nil && scope.clientIDs == nil {
            let pipeline = QueuePipeline(engine: engine, workers: .readers)
            if try loader.loadOnTwoConnections(self, deliver: pipeline.take) { return pipeline.items(ownerID: scope.caseworkerID) }
        }
        let pipeline = QueuePipeline(engine: engine, workers: .ownThread)
        try read { db in try loader.load(db, deliver: pipeline.take) }
        return pipeline.items(ownerID: scope.caseworkerID)
    }
}
