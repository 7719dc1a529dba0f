/// A status change the screen offers the caseworker (it is never applied behind their back).
public struct PlanStatusSuggestion: Hashable, Sendable {
    public let status: PlanStatus
    public let onHoldReason: String?
    public let since: LocalDate?
    public let explanation: String
}

/// R-13 and plan-item consistency, as pure functions.
public enum PlanRules {
    /// Plan-item types (lowercased) that put the EAP on hold while the client attends them. Types are a
    /// configurable list, so callers may pass their own set.
    public static let defaultHoldingTypes: Set<String> = ["training", "education", "better jobs ontario"]

    public static func holdsPlan(_ item: PlanItem, holdingTypes: Set<String> = defaultHoldingTypes) -> Bool {
        holdingTypes.contains(item.type.trimmingSpaces.lowercased())
    }

    /// Adding a Training/Education item to an Active plan suggests Active - On Hold from `day`.
    public static func suggestionAfterAdding(_ item: PlanItem, to plan: ActionPlan, on day: LocalDate,
                                             holdingTypes: Set<String> = defaultHoldingTypes) -> PlanStatusSuggestion? {
        guard plan.status == .active, holdsPlan(item, holdingTypes: holdingTypes),
              item.status == .notStarted || item.status == .inProgress else { return nil }
        let what = item.description.map { "\(item.type): \($0)" } ?? item.type
        return PlanStatusSuggestion(status: .onHold, onHoldReason: what, since: day,
            explanation: "R-13: a \(item.type) item was added; put the EAP \(PlanStatus.onHold.rawValue) while the client attends it.")
    }

    /// When a holding item ends (Completed, or Cancelled) and no other holding item is still open, an
    /// On Hold plan returns to Active. `items` are the plan's items after the change.
    public static func suggestionAfterEnding(_ item: PlanItem, in plan: ActionPlan, items: [PlanItem],
                                             holdingTypes: Set<String> = defaultHoldingTypes) -> PlanStatusSuggestion? {
        guard plan.status == .onHold, holdsPlan(item, holdingTypes: holdingTypes),
              item.status == .completed || item.status == .cancelled else { return nil }
        let stillOpen = items.filter { other in
            !(other.id != nil && other.id == item.id) && other != item && holdsPlan(other, holdingTypes: holdingTypes)
                && (other.status == .notStarted || other.status == .inProgress)
        }
        guard stillOpen.isEmpty else { return nil }
        let how: String
        switch (item.status, item.outcome) {
        case (.completed, .attained?): how = "is Completed / Attained"
        case (.completed, let outcome): how = "is Completed" + (outcome.map { " / \($0.rawValue)" } ?? "")
        default: how = "was cancelled"
        }
        return PlanStatusSuggestion(status: .active, onHoldReason: nil, since: nil,
            explanation: "R-13: the \(item.type) item \(how) and no other training is open; return the EAP to Active.")
    }

    /// The plan with a suggestion applied.
    public static func applying(_ suggestion: PlanStatusSuggestion, to plan: ActionPlan) -> ActionPlan {
        var p = plan
        p.status = suggestion.status
        p.onHoldReason = suggestion.status == .onHold ? suggestion.onHoldReason : nil
        p.onHoldSince = suggestion.status == .onHold ? suggestion.since : nil
        return p
    }

    /// Date and status consistency of one item: actual end needs actual start, ends are not before
    /// starts, actual dates are not in the future, and an outcome goes with completion.
    public static func problems(in item: PlanItem, today: LocalDate) -> [FieldError] {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(FieldError(field: field, message: message)) }
        if let start = item.actualStart, start > today {
            add("actualStart", "Actual start \(start.long) is in the future: actual dates record what happened; use the expected start to plan.")
        }
        if let end = item.actualEnd {
            if let start = item.actualStart {
                if end < start { add("actualEnd", "Actual end \(end.long) is before the actual start \(start.long): check the dates.") }
                else if end > today { add("actualEnd", "Actual end \(end.long) is in the future: enter it when the item ends; use the expected end to plan.") }
            } else {
                add("actualEnd", "An actual end needs an actual start: enter the day the item started first.")
            }
        }
        if let s = item.expectedStart, let e = item.expectedEnd, e < s {
            add("expectedEnd", "Expected end \(e.long) is before the expected start \(s.long): check the dates.")
        }
        switch (item.status, item.outcome) {
        case (.completed, nil):
            add("outcome", "A completed item needs an outcome: choose Attained or Not Attained.")
        case (.completed, .cancelled?):
            add("outcome", "The outcome Cancelled is for cancelled items: choose Attained or Not Attained, or cancel the item.")
        case (.cancelled, let o?) where o != .cancelled:
            add("outcome", "A cancelled item's outcome is Cancelled, not \(o.rawValue).")
        case (.notStarted, _?), (.inProgress, _?):
            add("outcome", "An outcome is recorded when the item ends: enter the actual end date first.")
        default:
            break
        }
        return errors
    }
}
