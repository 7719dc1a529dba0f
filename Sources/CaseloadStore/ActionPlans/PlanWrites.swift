import CaseloadCore
import Foundation
import GRDB

/// The Employment Action Plan itself: opening, On Hold and back, and closing with the early-exit
/// flag computed from the client's checkpoints. Each is one audited, versioned transaction,
/// allowed only with `.editActionPlan`.
extension CaseloadDatabase {
    /// Opens a plan for a client who has none open.
    public func openActionPlan(clientID: Int64, goal: String?, on day: LocalDate, by staff: StaffMember) throws -> ActionPlan {
        let goal = goal?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editActionPlan, clientID: clientID, in: db)
            let open = try ActionPlan.filter(ActionPlan.Columns.clientID == clientID && ActionPlan.Columns.status != PlanStatus.closed)
                .fetchCount(db)
            if open > 0 {
                throw StoreError.refused("status", "This client already has an open plan: add items to it, or close it before opening another.")
            }
            let client = try db.storedClient(clientID)
            if client.status == .closed {
                throw StoreError.refused("status", "The client's file is Closed: reopen it from the profile, which opens a new plan.")
            }
            var plan = ActionPlan(clientID: clientID, goal: goal?.isEmpty == false ? goal : nil, openedOn: day)
            let now = Date()
            try db.insertAudited(&plan, by: actor, at: now)
            try db.apply(ClientLifecycle.afterPlanOpened(client.status), clientID: clientID, on: day, by: actor, at: now)
            return plan
        }
    }

    /// `Active` → `Active - On Hold` with a reason and the day it began (R-13: training or education).
    public func putActionPlanOnHold(_ plan: ActionPlan, reason: String, since day: LocalDate,
                                    by staff: StaffMember) throws -> ActionPlan {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.refused("onHoldReason", "Say why the plan is on hold (for example the training the client attends).")
        }
        return try changePlan(plan, by: staff) { stored in
            guard stored.status == .active else {
                throw StoreError.refused("status", "The plan is already \(stored.status.rawValue); only an Active plan can be put on hold.")
            }
            stored.status = .onHold
            stored.onHoldReason = reason
            stored.onHoldSince = day
        }
    }

    /// `Active - On Hold` → `Active` (R-13: the training ended).
    public func returnActionPlanToActive(_ plan: ActionPlan, by staff: StaffMember) throws -> ActionPlan {
        try changePlan(plan, by: staff) { stored in
            guard stored.status == .onHold else {
                throw StoreError.refused("status", "The plan is \(stored.status.rawValue), not on hold: there is nothing to resume.")
            }
            stored.status = .active
            stored.onHoldReason = nil
            stored.onHoldSince = nil
        }
    }

    /// What closing on `day` would mean for R-10, for the confirmation dialog. Read from the same
    /// checkpoints `closeActionPlan` uses.
    public func earlyExitVerdict(clientID: Int64, closingOn day: LocalDate, by staff: StaffMember) throws -> EarlyExitVerdict {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewActionPlan, clientID: clientID, in: db)
            return EarlyExitRule.evaluate(closingOn: day, checkpoints: try db.checkpoints(clientID: clientID))
        }
    }

    /// Closes the plan with a reason from the configurable list. The early-exit flag is computed here,
    /// in the same transaction, from the client's checkpoints; the caller cannot set it.
    public func closeActionPlan(_ plan: ActionPlan, reason: String, on day: LocalDate,
                                by staff: StaffMember) throws -> ActionPlan {
        try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            let stored = try db.storedPlan(plan.id)
            try db.requireSiteAccess(actor, clientID: stored.clientID)
            try db.requireVersion(stored, matches: plan)
            try db.requireOpen(stored)
            try db.requireActive(.closureReason, reason)
            if day < stored.openedOn {
                throw StoreError.refused("closedOn", "A plan cannot close (\(day.long)) before it opened (\(stored.openedOn.long)).")
            }
            let checkpoints = try db.checkpoints(clientID: stored.clientID)
            if let why = EarlyExitRule.reasonRefusal(reason, verdict: EarlyExitRule.evaluate(closingOn: day, checkpoints: checkpoints)) {
                throw StoreError.refused("reason", why)
            }
            var closed = EarlyExitRule.close(stored, on: day, reason: reason, checkpoints: checkpoints)
            let now = Date()
            try db.updateVersioned(&closed, by: actor, at: now)
            // Closing the EAP closes the file (§3a); the status change names the reason and R-10's verdict.
            try db.apply(ClientLifecycle.afterPlanClosed(reason: reason, isEarlyExit: closed.isEarlyExit),
                         clientID: stored.clientID, on: day, by: actor, at: now)
            return closed
        }
    }

    /// Read, check the version and openness, change, save: the shape of every plan status change.
    private func changePlan(_ plan: ActionPlan, by staff: StaffMember, _ change: (inout ActionPlan) throws -> Void) throws -> ActionPlan {
        try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            var stored = try db.storedPlan(plan.id)
            try db.requireSiteAccess(actor, clientID: stored.clientID)
            try db.requireVersion(stored, matches: plan)
            try db.requireOpen(stored)
            try change(&stored)
            try db.updateVersioned(&stored, by: actor, at: Date())
            return stored
        }
    }
}
