/// Everything the outcome rules read about one client: its assessment, jobs, checkpoints and plans.
public struct ClientOutcomeFacts: Sendable {
    public var clientID: Int64
    /// The latest common assessment's day (R-07); nil when none.
    public var assessmentDate: LocalDate?
    public var jobs: [Employment]
    /// Every checkpoint of every job of the client.
    public var checkpoints: [Checkpoint]
    public var plans: [ActionPlan]
    /// The client's site calendar (R-25 counts business days).
    public var calendar: BusinessCalendar

    public init(clientID: Int64, assessmentDate: LocalDate?, jobs: [Employment], checkpoints: [Checkpoint],
                plans: [ActionPlan], calendar: BusinessCalendar) {
        self.clientID = clientID; self.assessmentDate = assessmentDate; self.jobs = jobs
        self.checkpoints = checkpoints; self.plans = plans; self.calendar = calendar
    }
}

/// One stored flag that is not what the rules say, as a sentence naming the record.
public struct OutcomeDisagreement: Hashable, Sendable {
    public let clientID: Int64
    public let detail: String
}

/// The stored outcome flags as the rules compute them: a job's PBF eligibility (R-07, R-12, R-14), a
/// checkpoint's lateness and PBF verdict (R-25) and a closed plan's early-exit flag (R-10). Recording,
/// corrections, the demo generator and `caseload check` all use this one computation.
public enum OutcomeRules {
    /// The most hours a week of another job held when `job` started (R-12: never added together). A job
    /// that started the same day counts only if it was recorded first (a lower id), as when it was saved.
    public static func alreadyWorkingHours(for job: Employment, among jobs: [Employment]) -> Double {
        jobs.filter { other in
            other.id != job.id
                && (other.startDate < job.startDate
                    || (other.startDate == job.startDate && (other.id ?? .max) < (job.id ?? .max)))
                && (other.endDate.map { $0 >= job.startDate } ?? true)
        }.map(\.hoursPerWeek).max() ?? 0
    }

    public static func jobVerdict(_ job: Employment, in facts: ClientOutcomeFacts) -> PBFVerdict {
        PBFEligibility.evaluate(job, assessmentDate: facts.assessmentDate,
                                alreadyWorkingHoursPerWeek: alreadyWorkingHours(for: job, among: facts.jobs),
                                fromEmploymentOutcomeProgram: job.isFromOutcomeProgram)
    }

    /// A recorded checkpoint with its late flag and PBF verdict as the rules say; unrecorded ones are cleared.
    public static func checkpoint(_ checkpoint: Checkpoint, jobVerdict: PBFVerdict, calendar: BusinessCalendar) -> Checkpoint {
        var c = checkpoint
        if let day = c.recordedOn {
            c.isLate = CheckpointWindow.isLate(recordedOn: day, dueOn: c.dueOn, calendar: calendar)
            c.earnsPBF = CheckpointPBF.verdict(c, job: jobVerdict)?.isEligible
        } else {
            c.isLate = false
            c.earnsPBF = nil
        }
        return c
    }

    /// A closed plan's early-exit flag as R-10 says from the client's checkpoints; open plans unchanged.
    public static func plan(_ plan: ActionPlan, checkpoints: [Checkpoint]) -> ActionPlan {
        guard plan.status == .closed, let closed = plan.closedOn else { return plan }
        var p = plan
        p.isEarlyExit = EarlyExitRule.evaluate(closingOn: closed, checkpoints: checkpoints).isEarlyExit
        return p
    }

    /// The facts with every flag recomputed.
    public static func recomputed(_ facts: ClientOutcomeFacts) -> ClientOutcomeFacts {
        var out = facts
        var verdicts: [Int64: PBFVerdict] = [:]
        out.jobs = facts.jobs.map { job in
            let verdict = jobVerdict(job, in: facts)
            if let id = job.id { verdicts[id] = verdict }
            var j = job
            j.isPBFEligible = verdict.isEligible
            return j
        }
        out.checkpoints = facts.checkpoints.map { c in
            guard let verdict = verdicts[c.employmentID] else { return c }
            return checkpoint(c, jobVerdict: verdict, calendar: facts.calendar)
        }
        out.plans = facts.plans.map { plan($0, checkpoints: out.checkpoints) }
        return out
    }

    /// Every stored flag that disagrees with the rules.
    public static func disagreements(_ facts: ClientOutcomeFacts) -> [OutcomeDisagreement] {
        let expected = recomputed(facts)
        var found: [OutcomeDisagreement] = []
        func add(_ s: String) { found.append(OutcomeDisagreement(clientID: facts.clientID, detail: s)) }
        func word(_ b: Bool?) -> String { b.map { $0 ? "yes" : "no" } ?? "none" }
        for (stored, rule) in zip(facts.jobs, expected.jobs) where stored.isPBFEligible != rule.isPBFEligible {
            add("employment #\(stored.id ?? 0) is stored as \(stored.isPBFEligible ? "" : "not ")PBF-eligible; the rules say \(rule.isPBFEligible ? "eligible" : "not eligible")")
        }
        for (stored, rule) in zip(facts.checkpoints, expected.checkpoints) {
            if stored.earnsPBF != rule.earnsPBF {
                add("checkpoint #\(stored.id ?? 0) (\(stored.month.label)) earns PBF: stored \(word(stored.earnsPBF)), the rules say \(word(rule.earnsPBF))")
            }
            if stored.isLate != rule.isLate {
                add("checkpoint #\(stored.id ?? 0) (\(stored.month.label)) late: stored \(word(stored.isLate)), the rules say \(word(rule.isLate))")
            }
        }
        for (stored, rule) in zip(facts.plans, expected.plans) where stored.isEarlyExit != rule.isEarlyExit {
            add("EAP #\(stored.id ?? 0) early exit: stored \(word(stored.isEarlyExit)), the rules say \(word(rule.isEarlyExit))")
        }
        return found
    }
}
