import CaseloadCore
import CaseloadStore

/// What the plan editor's effects are doing, as "Could not …" says it.
enum PlanEditorEffects {
    static let load = "load the plan", checkCheckpoints = "check the checkpoints"
}

/// One write the plan editor asks for, with the values its dialog or question gave.
enum PlanWrite {
    case openPlan(clientID: Int64, goal: String, on: LocalDate)
    case addItem(PlanItem)
    case editItem(PlanItem)
    case start(PlanItem, on: LocalDate)
    case complete(PlanItem, on: LocalDate, outcome: PlanItemOutcome)
    /// `byRule`: R-13's suggestion, accepted (the message names the rule).
    case hold(ActionPlan, reason: String, since: LocalDate, byRule: Bool)
    case cancelItem(PlanItem)
    case resume(ActionPlan)
    case close(ActionPlan, reason: String, on: LocalDate)
}

/// What a write did: the status line's words, the item to select, what to offer after the reload.
struct PlanWriteResult {
    var message: String
    var select: Int64?
    var then: PlanFollowUp?
}

extension PlanWrite {
    func run(_ env: AppEnvironment) throws -> PlanWriteResult {
        let db = env.db, actor = env.actor, today = env.today
        switch self {
        case .openPlan(let clientID, let goal, let day):
            _ = try db.openActionPlan(clientID: clientID, goal: goal, on: day, by: actor)
            return PlanWriteResult(message: "Plan opened \(day.long): add its items with a.")
        case .addItem(let item):
            let saved = try db.addPlanItem(item, by: actor, today: today)
            return PlanWriteResult(message: "Added the \(saved.type) item.", select: saved.id, then: .afterAdding(saved))
        case .editItem(let item):
            let saved = try db.updatePlanItem(item, by: actor, today: today)
            return PlanWriteResult(message: "Saved the \(saved.type) item.", select: saved.id)
        case .start(let item, let day):
            let saved = try db.startPlanItem(item, on: day, by: actor, today: today)
            return PlanWriteResult(message: "The \(saved.type) item is In Progress since \(day.long).", select: saved.id)
        case .complete(let item, let day, let outcome):
            let saved = try db.completePlanItem(item, on: day, outcome: outcome, by: actor, today: today)
            return PlanWriteResult(message: "The \(saved.type) item is Completed / \(outcome.rawValue) on \(day.long).",
                                   select: saved.id, then: .afterEnding(saved))
        case .hold(let plan, let reason, let since, let byRule):
            _ = try db.putActionPlanOnHold(plan, reason: reason, since: since, by: actor)
            return PlanWriteResult(message: "The plan is Active - On Hold since \(since.long)" + (byRule ? " (R-13)." : "."))
        case .cancelItem(let item):
            let saved = try db.cancelPlanItem(item, by: actor, today: today)
            return PlanWriteResult(message: "The \(saved.type) item is Cancelled.", select: saved.id, then: .afterEnding(saved))
        case .resume(let plan):
            _ = try db.returnActionPlanToActive(plan, by: actor)
            return PlanWriteResult(message: "The plan is Active again.")
        case .close(let plan, let reason, let day):
            let closed = try db.closeActionPlan(plan, reason: reason, on: day, by: actor)
            return PlanWriteResult(message: "Plan closed \(day.long): \(reason)" + (closed.isEarlyExit ? " · early exit (R-10) recorded." : "."))
        }
    }
}

/// The plan editor's only store access.
extension Effect where Message == PlanEditorMessage {
    /// The client's name, the plan and its items (and the two lists, the first time) in one snapshot.
    static func loadPlan(clientID: Int64, withLists: Bool, select: Int64?, then: PlanFollowUp?) -> Self {
        .read(PlanEditorEffects.load) { env in
            let db = env.db, actor = env.actor
            let name = try db.clientSummary(id: clientID, by: actor).sortName
            let types = withLists ? try db.valueList(.planItemType).map(\.value) : nil
            let reasons = withLists ? try db.valueList(.closureReason).map(\.value) : nil
            let stored = try db.profilePlan(clientID: clientID, by: actor)
            return .plan(PlanEditorData(clientName: name, itemTypes: types, closureReasons: reasons,
                                        plan: stored?.plan, items: stored?.items ?? []), select: select, then: then)
        }
    }

    /// C: what the checkpoints say about closing today, for the dialog's explanation.
    static func checkCheckpointsToClose(clientID: Int64) -> Self {
        .read(PlanEditorEffects.checkCheckpoints) { env in
            .verdictToClose(try env.db.earlyExitVerdict(clientID: clientID, closingOn: env.today, by: env.actor))
        }
    }

    /// The closing dialog's day and reason, checked against the checkpoints for that day.
    static func checkCheckpoints(clientID: Int64, reason: String, on day: LocalDate) -> Self {
        .read(PlanEditorEffects.checkCheckpoints) { env in
            .closingVerdict(try env.db.earlyExitVerdict(clientID: clientID, closingOn: day, by: env.actor), reason: reason, on: day)
        }
    }

    /// A refusal comes back as `.refused`, so an open dialog keeps its typing and shows why.
    static func writePlan(_ write: PlanWrite, fromDialog: Bool) -> Self {
        .write("save the plan") { env in
            do { return .written(try write.run(env)) } catch { return .refused(error, fromDialog: fromDialog) }
        }
    }
}
