import CaseloadCore
import Foundation

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

    public var id: Int64 { staffID ?? -1 }
    public var total: Int { overdue + dueToday + upcoming }

    public init(staffID: Int64?, name: String) { self.staffID = staffID; self.name = name }

    mutating func count(_ status: DueStatus) {
        switch status {
        case .overdue(let days): overdue += 1; worstOverdueBusinessDays = max(worstOverdueBusinessDays, days)
        case .dueToday: dueToday += 1
        case .upcoming: upcoming += 1
        }
    }

    /// Every active caseworker (even with nothing due), plus any other owner or "Unassigned" that has
    /// items; most overdue first, then the oldest overdue item, then by name.
    public static func summarize(_ items: [DueItem], staff: [StaffMember]) -> [CaseworkerLoad] {
        var loads: [Int64: CaseworkerLoad] = [:]
        for member in staff where member.role == .caseworker && member.isActive {
            if let id = member.id { loads[id] = CaseworkerLoad(staffID: id, name: member.fullName) }
        }
        let names = Dictionary(staff.compactMap { s in s.id.map { ($0, s.fullName) } }, uniquingKeysWith: { a, _ in a })
        var unassigned = CaseworkerLoad(staffID: nil, name: "Unassigned clients")
        for item in items {
            guard let owner = item.ownerID else { unassigned.count(item.status); continue }
            loads[owner, default: CaseworkerLoad(staffID: owner, name: names[owner] ?? "Staff #\(owner)")].count(item.status)
        }
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
    public func followUpTeamLoad(asOf: LocalDate, now: Date, zone: TimeZone = FollowUpEngine.agencyTimeZone,
                                 by staff: StaffMember) throws -> [CaseworkerLoad] {
        _ = try read { db in try acting(staff, needs: .viewTeamFollowUps, in: db) }
        let items = try followUpQueue(asOf: asOf, now: now, scope: .everyone, zone: zone)
        return CaseworkerLoad.summarize(items, staff: try listStaff())
    }
}
