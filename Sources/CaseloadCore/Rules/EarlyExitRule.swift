/// Whether closing an EAP is an early exit, and why.
public struct EarlyExitVerdict: Hashable, Sendable {
    public let isEarlyExit: Bool
    public let explanation: String
}

/// closing an EAP before a 12-month checkpoint is recorded is an early exit (it still counts toward
/// volume). With no employment at all — the pre-employment phase — every closure is an early exit.
public enum EarlyExitRule {
    public static func evaluate(closingOn day: LocalDate, checkpoints: [Checkpoint]) -> EarlyExitVerdict {
        let twelve = checkpoints.filter { $0.month == .twelve }
        if let done = twelve.compactMap(\.recordedOn).filter({ $0 <= day }).max() {
            return EarlyExitVerdict(isEarlyExit: false,
                explanation: "R-10: not an early exit: the 12-month checkpoint was recorded \(done.long).")
        }
        let still = " It still counts toward volume."
        guard let next = twelve.map(\.dueOn).min() else {
            return EarlyExitVerdict(isEarlyExit: true,
                explanation: "R-10: early exit: the EAP closes \(day.long) with no employment reaching its 12-month checkpoint." + still)
        }
        return EarlyExitVerdict(isEarlyExit: true,
            explanation: "R-10: early exit: the EAP closes \(day.long), before the 12-month checkpoint due \(next.long) is recorded." + still)
    }

    /// The closure reason that states the 12 months are done.
    public static let twelveMonthsComplete = "Employed - 12 months complete"

    /// Why `reason` cannot close a plan with this verdict, nil when it can: a reason must agree with
    /// the facts, so "Employed - 12 months complete" needs the 12-month checkpoint recorded.
    public static func reasonRefusal(_ reason: String, verdict: EarlyExitVerdict) -> String? {
        guard verdict.isEarlyExit, reason.caseInsensitiveCompare(twelveMonthsComplete) == .orderedSame else { return nil }
        return "\"\(twelveMonthsComplete)\" needs the 12-month checkpoint recorded first (R-09, R-10): "
            + "record it (K on the Employment tab) or choose the reason that applies."
    }

    /// The plan as closed: status, date, reason and the computed early-exit flag.
    public static func close(_ plan: ActionPlan, on day: LocalDate, reason: String, checkpoints: [Checkpoint]) -> ActionPlan {
        var closed = plan
        closed.status = .closed
        closed.closedOn = day
        closed.closureReason = reason
        closed.onHoldReason = nil
        closed.onHoldSince = nil
        closed.isEarlyExit = evaluate(closingOn: day, checkpoints: checkpoints).isEarlyExit
        return closed
    }
}
