import CaseloadCore
import Foundation
import GRDB

/// One caseworker's follow-up load for the supervisors' view: counts by status and how far behind
/// the oldest overdue item is. Counted from the engine's items, so it always agrees with the queue.
public struct CaseworkerLoad: Hashable, Sendable, Identifiable {
    /// nil: items of clients nobody is assigned to.
    public var staffID: Int64?
    public var name: String
    public var overdue = 0
    public var dueToday = 0
    public var upcoming = 0
    /// Business days the most overdue item is past due (0 when none is overdue).
    public var worstOverdueBusinessDays = 0
    /// Clients assigned and not Closed (the caseload a supervisor balances).
    public var activeClients = 0
    /// Due from today to the end of this working week (Friday), not yet overdue.
    public var dueThisWeek = 0
    public var overdueByRule: [FollowUpRule: Int] = [:]
    public var dueThisWeekByRule: [FollowUpRule: Int] = [:]

    public var id: Int64 { staffID ?? -1 }
    public var total: Int { overdue + dueToday + upcoming }

    public init(staffID: Int64?, name: String) { self.staffID = staffID; self.name = name }

    mutating func count(_ item: DueItem, weekEnds: LocalDate) {
        switch item.status {
        case .overdue(let days):
            overdue += 1; worstOverdueBusinessDays = max(worstOverdueBusinessDays, days)
            overdueByRule[item.rule, default: 0] += 1
            return
        case .dueToday: dueToday += 1
        case .upcoming: upcoming += 1
        }
        if item.due <= weekEnds { dueThisWeek += 1; dueThisWeekByRule[item.rule, default: 0] += 1 }
    }

    /// "R-15 12 · R-08 3": the counts by rule, largest first.
    public static func byRule(_ counts: [FollowUpRule: Int]) -> String {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: " · ")
    }

    /// The Friday of `day`'s week (the coming Friday on a weekend).
    static func endOfWorkingWeek(_ day: LocalDate) -> LocalDate {
        let offset = Weekday.friday.rawValue - day.weekday.rawValue
        return day.adding(days: offset >= 0 ? offset : offset + 7)
    }

    /// Every active caseworker (even with nothing due), plus any other owner or "Unassigned" that has
    /// items; most overdue first, then the oldest overdue item, then by name.
    public static func summarize(_ items: [DueItem], staff: [StaffMember], asOf: LocalDate,
                                 activeClients: [Int64: Int] = [:], siteID: Int64? = nil) -> [CaseworkerLoad] {
        let weekEnds = endOfWorkingWeek(asOf)
        var loads: [Int64: CaseworkerLoad] = [:]
        // Every active caseworker of the site (all sites: everyone), even with nothing due.
        for member in staff where member.role == .caseworker && member.isActive && (siteID == nil || member.siteID == siteID) {
            if let id = member.id { loads[id] = CaseworkerLoad(staffID: id, name: member.fullName) }
        }
        let names = Dictionary(staff.compactMap { s in s.id.map { ($0, s.fullName) } }, uniquingKeysWith: { a, _ in a })
        var unassigned = CaseworkerLoad(staffID: nil, name: "Unassigned clients")
        for item in items {
            guard let owner = item.ownerID else { unassigned.count(item, weekEnds: weekEnds); continue }
            loads[owner, default: CaseworkerLoad(staffID: owner, name: names[owner] ?? "Staff #\(owner)")].count(item, weekEnds: weekEnds)
        }
        for (id, count) in activeClients where loads[id] != nil { loads[id]!.activeClients = count }
        var all = Array(loads.values)
        if unassigned.total > 0 { all.append(unassigned) }
        return all.sorted {
            if $0.overdue != $1.overdue { return $0.overdue > $1.overdue }
            if $0.worstOverdueBusinessDays != $1.worstOverdueBusinessDays { return $0.worstOverdueBusinessDays > $1.worstOverdueBusinessDays }
            if $0.name != $1.name { return $0.name < $1.name }
            return $0.id < $1.id
        }
    }
}

extension CaseloadDatabase {
    /// The team view's rows: the whole queue as of a day, counted per owner.
    /// `siteID`: only that site's caseworkers and clients (a client with no site counts at every
    /// site, as site access treats it); nil: every site.
    public func followUpTeamLoad(asOf: LocalDate, now: Date, zone: TimeZone = FollowUpEngine.agencyTimeZone,
                                 siteID: Int64? = nil, by staff: StaffMember) throws -> [CaseworkerLoad] {
        _ = try read { db in try acting(staff, needs: .viewTeamFollowUps, in: db) }
        let items = try followUpQueue(asOf: asOf, now: now, scope: FollowUpScope(siteID: siteID), zone: zone)
        let siteCondition = siteID == nil ? "" : " AND (site_id = ? OR site_id IS NULL)"
        let siteArguments: StatementArguments = siteID.map { [$0] } ?? []
        let active = try read { db in
            try Row.fetchAll(db, sql: "SELECT caseworker_id, count(*) FROM client WHERE caseworker_id IS NOT NULL AND status <> 'Closed'"
                                 + siteCondition + " GROUP BY caseworker_id", arguments: siteArguments)
                .reduce(into: [Int64: Int]()) { $0[$1[0]] = $1[1] }
        }
        return CaseworkerLoad.summarize(items, staff: try listStaff(), asOf: asOf, activeClients: active, siteID: siteID)
    }
}
