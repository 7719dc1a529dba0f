import CaseloadCore
import Foundation
import GRDB

/// Plan items and their transitions. An item's status is never stored: it follows the actual dates
/// (`PlanItem.status`). So each transition sets exactly the dates that status means, and refuses
/// when the item is not in the state it starts from — completing an item that has not started is
/// refused ("record its start first"), never papered over by inventing a start date.
/// Every write also passes `PlanRules.problems`, so dates, status and outcome never disagree.
extension CaseloadDatabase {
    /// Adds an item to an open plan. Its type must be an active plan-item type.
    public func addPlanItem(_ item: PlanItem, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> PlanItem {
        var item = Self.trimmed(item)
        item.id = nil
        item.version = 0
        try StoreError.requireConsistent(item, today: today)
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            try db.requireOpen(try db.storedPlan(item.planID), actor: actor)
            try db.requireActive(.planItemType, item.type)
            try db.insertAudited(&item, by: actor, at: Date())
            return item
        }
    }

    /// Saves an edited item (type, description, expected dates, the R-14 marker; actual dates too, as
    /// long as they stay consistent). The copy must be the version last read.
    public func updatePlanItem(_ item: PlanItem, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> PlanItem {
        var item = Self.trimmed(item)
        try StoreError.requireConsistent(item, today: today)
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            let stored = try db.storedPlanItem(item.id)
            try db.requireVersion(stored, matches: item)
            try db.requireOpen(try db.storedPlan(stored.planID), actor: actor)
            item.planID = stored.planID
            if item.type != stored.type { try db.requireActive(.planItemType, item.type) }
            try db.updateVersioned(&item, by: actor, at: Date())
            return item
        }
    }

    /// Not Started → In Progress: records the actual start.
    public func startPlanItem(_ item: PlanItem, on day: LocalDate, by staff: StaffMember,
                              today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> PlanItem {
        try transition(item, by: staff, today: today) { stored in
            guard stored.status == .notStarted else {
                throw StoreError.refused("actualStart", "The \(stored.label) is already \(stored.status.rawValue); only a Not Started item can be started.")
            }
            stored.actualStart = day
        }
    }

    /// In Progress → Completed: records the actual end and the outcome (Attained, or Not Attained
    /// with good cause). An item that has not started is refused.
    public func completePlanItem(_ item: PlanItem, on day: LocalDate, outcome: PlanItemOutcome, by staff: StaffMember,
                                 today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> PlanItem {
        try transition(item, by: staff, today: today) { stored in
            switch stored.status {
            case .inProgress: break
            case .notStarted:
                throw StoreError.refused("actualEnd", "The \(stored.label) has not started, so it cannot be completed: record its actual start first.")
            case .completed, .cancelled:
                throw StoreError.refused("actualEnd", "The \(stored.label) is already \(stored.status.rawValue).")
            }
            guard outcome != .cancelled else {
                throw StoreError.refused("outcome", "Cancelled is not an outcome of completing: choose Attained or Not Attained, or cancel the item instead.")
            }
            stored.actualEnd = day
            stored.outcome = outcome
        }
    }

    /// Not Started or In Progress → Cancelled, outcome Cancelled. Its actual dates stay as they were.
    public func cancelPlanItem(_ item: PlanItem, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> PlanItem {
        try transition(item, by: staff, today: today) { stored in
            guard stored.status == .notStarted || stored.status == .inProgress else {
                throw StoreError.refused("status", "The \(stored.label) is already \(stored.status.rawValue); only an open item can be cancelled.")
            }
            stored.isCancelled = true
            stored.outcome = .cancelled
        }
    }

    /// Read, check the version and the plan, change, check consistency, save.
    private func transition(_ item: PlanItem, by staff: StaffMember, today: LocalDate,
                            _ change: (inout PlanItem) throws -> Void) throws -> PlanItem {
        try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            var stored = try db.storedPlanItem(item.id)
            try db.requireVersion(stored, matches: item)
            try db.requireOpen(try db.storedPlan(stored.planID), actor: actor)
            try change(&stored)
            try StoreError.requireConsistent(stored, today: today)
            try db.updateVersioned(&stored, by: actor, at: Date())
            return stored
        }
    }

    static func trimmed(_ item: PlanItem) -> PlanItem {
        var item = item
        item.type = item.type.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = item.description?.trimmingCharacters(in: .whitespacesAndNewlines)
        item.description = text?.isEmpty == false ? text : nil
        return item
    }
}
