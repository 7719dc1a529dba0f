import Testing
@testable import CaseloadCore

/// R-25 (checkpoint window, late marking, PBF per checkpoint), R-14 per job, and the recomputation
/// every write, the demo and `caseload check` share.
@Suite struct OutcomeRulesTests {
    private func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func checkpointIsNeverRecordedBeforeItsDueDate() {
        let why = CheckpointWindow.refusal(recordingOn: d("2026-04-14"), month: .twelve, dueOn: d("2027-01-14"))
        #expect(why == "R-25: the 12-month checkpoint is due Thu 14 Jan 2027; it cannot be recorded before then (Tue 14 Apr 2026 is too early). Snooze the item or record it on or after Thu 14 Jan 2027.")
        #expect(CheckpointWindow.refusal(recordingOn: d("2027-01-13"), month: .twelve, dueOn: d("2027-01-14")) != nil)
        #expect(CheckpointWindow.refusal(recordingOn: d("2027-01-14"), month: .twelve, dueOn: d("2027-01-14")) == nil)
        #expect(CheckpointWindow.refusal(recordingOn: d("2027-09-01"), month: .twelve, dueOn: d("2027-01-14")) == nil)
    }

    /// Due Mon 14 Apr 2025: + 10 business days is Tue 29 Apr (Good Friday skipped); the 30th is late.
    @Test func lateMeansMoreThanTenBusinessDaysAfterTheDueDate() {
        let cal = BusinessCalendar.ontario
        #expect(CheckpointWindow.lastOnTimeDay(dueOn: d("2025-04-14"), calendar: cal) == d("2025-04-29"))
        #expect(!CheckpointWindow.isLate(recordedOn: d("2025-04-14"), dueOn: d("2025-04-14"), calendar: cal))
        #expect(!CheckpointWindow.isLate(recordedOn: d("2025-04-29"), dueOn: d("2025-04-14"), calendar: cal))
        #expect(CheckpointWindow.isLate(recordedOn: d("2025-04-30"), dueOn: d("2025-04-14"), calendar: cal))
        // A checkpoint due on a Saturday counts from there: the 10th business day after is Fri 13 Mar.
        #expect(CheckpointWindow.lastOnTimeDay(dueOn: d("2026-02-28"), calendar: cal) == d("2026-03-13"))
        #expect(CheckpointWindow.explanation(recordedOn: d("2025-04-30"), dueOn: d("2025-04-14"), calendar: cal)
            == "R-25: late: due Mon 14 Apr 2025, on time through Tue 29 Apr 2025 (+10 business days), recorded Wed 30 Apr 2025.")
        // An agency closure day moves the limit too.
        var closed = BusinessCalendar.ontario
        closed.addClosure(on: d("2025-04-22"), reason: "Training day")
        #expect(CheckpointWindow.lastOnTimeDay(dueOn: d("2025-04-14"), calendar: closed) == d("2025-04-30"))
    }

    private func job(hours: Double = 30, start: String = "2026-02-02", program: Bool = false, id: Int64 = 1,
                     isNew: Bool = true, end: String? = nil) -> Employment {
        Employment(id: id, clientID: 7, employerID: 1, jobTitle: "Picker", startDate: d(start), hoursPerWeek: hours,
                   isNewEmployer: isNew, endDate: end.map(d), isFromOutcomeProgram: program)
    }

    private func facts(_ jobs: [Employment], assessed: String? = "2026-01-05", checkpoints: [Checkpoint] = [],
                       plans: [ActionPlan] = []) -> ClientOutcomeFacts {
        ClientOutcomeFacts(clientID: 7, assessmentDate: assessed.map(d), jobs: jobs, checkpoints: checkpoints, plans: plans,
                           calendar: .ontario)
    }

    /// (job hours, outcome program, assessed, still employed, checkpoint hours, earns PBF).
    @Test(arguments: [
        (30.0, false, "2026-01-05", true, 20.0, true),     // 20 hours on average is enough
        (30.0, false, "2026-01-05", true, 19.5, false),    // R-12 at the checkpoint
        (30.0, false, "2026-01-05", false, 0.0, false),    // not employed
        (30.0, true, "2026-01-05", true, 35.0, false),     // the job came from an outcome program
        (30.0, false, "2026-03-01", true, 35.0, false),    // the job started before the assessment
        (12.0, false, "2026-01-05", true, 25.0, true),     // started part-time, 25 hours now: R-25 looks at the checkpoint
    ] as [(Double, Bool, String, Bool, Double, Bool)])
    func pbfPerCheckpoint(_ hours: Double, _ program: Bool, _ assessed: String, _ employed: Bool, _ now: Double, _ earns: Bool) {
        let j = job(hours: hours, program: program)
        let verdict = CheckpointPBF.verdict(stillEmployed: employed, hoursPerWeek: employed ? now : nil,
                                            job: OutcomeRules.jobVerdict(j, in: facts([j], assessed: assessed)))
        #expect(verdict.isEligible == earns, "\(verdict.summary)")
    }

    @Test func pbfVerdictExplainsItself() {
        let j = job(program: true)
        let verdict = CheckpointPBF.verdict(stillEmployed: true, hoursPerWeek: 19, job: OutcomeRules.jobVerdict(j, in: facts([j])))
        #expect(verdict.summary == "Not PBF-eligible. R-12: employed an average of 19 hours a week, under the 20 needed. "
            + "R-14: the job came from an employment-outcome program (Ontario Bridge Training, apprenticeship); the client counts as served, but the job is not PBF-eligible.")
        let unrecorded = Checkpoint(employmentID: 1, month: .one, dueOn: d("2026-03-02"))
        #expect(CheckpointPBF.verdict(unrecorded, job: OutcomeRules.jobVerdict(j, in: facts([j]))) == nil)
    }

    /// R-14 is the job's own answer: a second job of the same client is eligible when it did not come from the program.
    @Test func outcomeProgramIsPerJob() {
        let fromProgram = job(program: true, id: 1, end: "2026-02-20")
        let later = job(start: "2026-03-02", program: false, id: 2)
        let f = facts([fromProgram, later])
        #expect(!OutcomeRules.jobVerdict(fromProgram, in: f).isEligible)
        #expect(OutcomeRules.jobVerdict(later, in: f).isEligible)
        #expect(OutcomeRules.recomputed(f).jobs.map(\.isPBFEligible) == [false, true])
    }

    @Test func alreadyWorkingCountsJobsHeldOnTheStartDay() {
        let old = job(hours: 25, start: "2025-06-02", id: 1, isNew: true)
        let sameDayFirst = job(hours: 22, start: "2026-02-02", id: 2)
        let sameDaySecond = job(hours: 22, start: "2026-02-02", id: 3, isNew: false)
        let ended = job(hours: 40, start: "2025-01-06", id: 4, end: "2025-12-31")
        let all = [old, sameDayFirst, sameDaySecond, ended]
        #expect(OutcomeRules.alreadyWorkingHours(for: old, among: all) == 40, "the other job had not ended yet then")
        #expect(OutcomeRules.alreadyWorkingHours(for: sameDayFirst, among: all) == 25, "the ended job does not count")
        #expect(OutcomeRules.alreadyWorkingHours(for: sameDaySecond, among: all) == 25)
        // Already working 25 hours: only a new employer counts.
        #expect(!OutcomeRules.jobVerdict(sameDaySecond, in: facts(all)).isEligible)
        #expect(OutcomeRules.jobVerdict(sameDayFirst, in: facts(all)).isEligible)
    }

    @Test func recomputeMarksLateAndEarlyExit() {
        let j = job(start: "2025-01-31")
        var one = Checkpoint(id: 10, employmentID: 1, month: .one, dueOn: d("2025-02-28"), recordedOn: d("2025-03-20"),
                             stillEmployed: true, hoursPerWeek: 30)
        var twelve = Checkpoint(id: 11, employmentID: 1, month: .twelve, dueOn: d("2026-01-31"))
        let plan = ActionPlan(id: 3, clientID: 7, status: .closed, openedOn: d("2025-01-06"), closedOn: d("2026-02-10"),
                              closureReason: "Employed - 12 months complete", isEarlyExit: false)
        var f = facts([j], assessed: "2025-01-06", checkpoints: [one, twelve], plans: [plan])
        var out = OutcomeRules.recomputed(f)
        #expect(out.checkpoints[0].isLate && out.checkpoints[0].earnsPBF == true)
        #expect(out.checkpoints[1].earnsPBF == nil && !out.checkpoints[1].isLate)
        #expect(out.plans[0].isEarlyExit, "closed before the 12-month checkpoint was recorded")
        #expect(OutcomeRules.disagreements(f).map(\.detail) == [
            "employment #1 is stored as not PBF-eligible; the rules say eligible",
            "checkpoint #10 (1-month) earns PBF: stored none, the rules say yes",
            "checkpoint #10 (1-month) late: stored no, the rules say yes",
            "EAP #3 early exit: stored no, the rules say yes",
        ])
        one = out.checkpoints[0]
        twelve.recordedOn = d("2026-02-02"); twelve.stillEmployed = true; twelve.hoursPerWeek = 30
        f.checkpoints = [one, twelve]
        out = OutcomeRules.recomputed(f)
        #expect(!out.plans[0].isEarlyExit, "the 12-month checkpoint was recorded before the closure")
        #expect(out.checkpoints[1].earnsPBF == true)
    }
}
