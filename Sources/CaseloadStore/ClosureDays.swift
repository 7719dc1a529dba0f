import CaseloadCore
import Foundation
import GRDB

/// Agency closure days (administrators only), read by the business calendar.
extension CaseloadDatabase {
    /// Closure days in a range, for every site and for each site (`siteID` nil = all sites closed).
    public func closureDays(from start: LocalDate, through end: LocalDate) throws -> [ClosureDay] {
        try read { db in
            try ClosureDay
                .filter(ClosureDay.Columns.day >= start && ClosureDay.Columns.day <= end)
                .order(ClosureDay.Columns.day, ClosureDay.Columns.siteID)
                .fetchAll(db)
        }
    }

    public func addClosureDay(_ day: ClosureDay, by staff: StaffMember) throws -> ClosureDay {
        var day = day
        day.id = nil
        day.reason = day.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !day.reason.isEmpty else {
            throw StoreError.invalid([.init(field: "reason", message: "Say why the office is closed (shown beside due dates).")])
        }
        return try write { db in
            let actor = try acting(staff, needs: .manageCalendar, in: db)
            let taken = try ClosureDay
                .filter(ClosureDay.Columns.day == day.day)
                .filter(day.siteID == nil ? ClosureDay.Columns.siteID == nil : ClosureDay.Columns.siteID == day.siteID)
                .fetchOne(db)
            if let taken {
                throw StoreError.invalid([.init(field: "day", message: "\(day.day.long) is already a closure day (\(taken.reason)).")])
            }
            try db.insertAudited(&day, by: actor, at: Date())
            return day
        }
    }

    public func removeClosureDay(id: Int64, by staff: StaffMember) throws {
        try write { db in
            let actor = try acting(staff, needs: .manageCalendar, in: db)
            try db.deleteAudited(ClosureDay.self, id: id, by: actor, at: Date())
        }
    }
}
