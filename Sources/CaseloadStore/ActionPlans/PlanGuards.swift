import CaseloadCore
import Foundation
import GRDB

/// Reads and refusals the EAP use cases share. A refusal is a `StoreError.invalid` whose message says
/// what is wrong and what to do instead; `field` names the form field (or "status" for a transition).
extension Database {
    func storedPlan(_ id: Int64?) throws -> ActionPlan {
        guard let id, let plan = try ActionPlan.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: ActionPlan.databaseTableName, id: id ?? 0)
        }
        return plan
    }

    func storedPlanItem(_ id: Int64?) throws -> PlanItem {
        guard let id, let item = try PlanItem.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: PlanItem.databaseTableName, id: id ?? 0)
        }
        return item
    }

    /// Every checkpoint of every job the client has, for R-10.
    func checkpoints(clientID: Int64) throws -> [Checkpoint] {
        try Checkpoint.fetchAll(self, sql: """
            SELECT k.* FROM checkpoint k JOIN employment e ON e.id = k.employment_id
            WHERE e.client_id = ? ORDER BY k.due_on, k.id
            """, arguments: [clientID])
    }

    /// A closed plan is history: its items and status stay as they were when it closed.
    func requireOpen(_ plan: ActionPlan) throws {
        if plan.status == .closed {
            throw StoreError.refused("status", "This plan was closed \(plan.closedOn?.long ?? ""); a closed plan is not changed. Open a new plan for new work.")
        }
    }

    /// An item is changed on its plan's client: the site rule first, then the plan must be open.
    func requireOpen(_ plan: ActionPlan, actor: StaffMember) throws {
        try requireSiteAccess(actor, clientID: plan.clientID)
        try requireOpen(plan)
    }
}

extension StoreError {
    /// One field's problem as a refusal.
    static func refused(_ field: String, _ message: String) -> StoreError {
        .invalid([FieldError(field: field, message: message)])
    }

    /// Refuses when PlanRules finds the item's dates, status and outcome disagreeing.
    static func requireConsistent(_ item: PlanItem, today: LocalDate) throws {
        let problems = PlanRules.problems(in: item, today: today)
        if !problems.isEmpty { throw StoreError.invalid(problems) }
    }
}

extension PlanItem {
    /// "Training item" or "Training item (Forklift certificate)", for messages.
    var label: String {
        let text = description?.trimmingCharacters(in: .whitespaces) ?? ""
        return text.isEmpty ? "\(type) item" : "\(type) item (\(text))"
    }
}
