import Testing
@testable import CaseloadCore

/// The EAP issue's done-when as tables: R-12's new-versus-same employer at 19.5 and 20 hours,
/// R-14 with and without other failures, R-13's return to Active, R-10 around the 12-month checkpoint.
@Suite struct EAPRuleTableTests {
    let assessed = d("2026-01-05")

    /// (job hours, hours already worked elsewhere, employer new to the client, unmet rules).
    @Test(arguments: [
        (19.5, 0.0, true, ["R-12"]), (20.0, 0.0, true, []),
        (19.5, 0.0, false, ["R-12"]), (20.0, 0.0, false, []),           // no other job: "same employer" does not matter
        (20.0, 25.0, true, []), (20.0, 25.0, false, ["R-12"]),          // already working: only a new employer counts
        (19.5, 25.0, true, ["R-12"]), (19.5, 25.0, false, ["R-12", "R-12"]),
        (20.0, 19.5, false, []), (20.0, 20.0, false, ["R-12"]),          // "already working 20+" starts at exactly 20
    ] as [(Double, Double, Bool, [String])])
    func r12NewVersusSameEmployer(_ hours: Double, _ already: Double, _ isNew: Bool, _ unmet: [String]) {
        let v = PBFEligibility.evaluate(startDate: d("2026-02-02"), hoursPerWeek: hours, isNewEmployer: isNew,
                                        assessmentDate: assessed, alreadyWorkingHoursPerWeek: already)
        #expect(v.findings.filter { !$0.isMet }.map(\.rule) == unmet)
        #expect(v.isEligible == unmet.isEmpty)
    }

    /// (from an outcome program, hours, start, unmet rules).
    @Test(arguments: [
        (true, 40.0, "2026-02-02", ["R-14"]), (false, 40.0, "2026-02-02", []),
        (true, 19.5, "2026-02-02", ["R-12", "R-14"]), (true, 40.0, "2026-01-02", ["R-07", "R-14"]),
    ] as [(Bool, Double, String, [String])])
    func r14OutcomePrograms(_ program: Bool, _ hours: Double, _ start: String, _ unmet: [String]) {
        let v = PBFEligibility.evaluate(startDate: d(start), hoursPerWeek: hours, isNewEmployer: true, assessmentDate: assessed,
                                        fromEmploymentOutcomeProgram: program)
        #expect(v.findings.filter { !$0.isMet }.map(\.rule) == unmet)
    }

    /// (type, actual end, outcome, cancelled, suggested explanation or nil) for an On Hold plan.
    @Test(arguments: [
        ("Training", "2026-03-01", PlanItemOutcome.attained, false, "R-13: the Training item is Completed / Attained and no other training is open; return the EAP to Active."),
        ("Education", "2026-03-01", .notAttained, false, "R-13: the Education item is Completed / Not Attained and no other training is open; return the EAP to Active."),
        ("Better Jobs Ontario", nil, .cancelled, true, "R-13: the Better Jobs Ontario item was cancelled and no other training is open; return the EAP to Active."),
        ("Job Search", "2026-03-01", .attained, false, nil),
        ("Training", nil, nil, false, nil),
    ] as [(String, String?, PlanItemOutcome?, Bool, String?)])
    func r13ReturnToActive(_ type: String, _ end: String?, _ outcome: PlanItemOutcome?, _ cancelled: Bool, _ expected: String?) {
        let plan = ActionPlan(id: 1, clientID: 1, status: .onHold, openedOn: d("2026-01-05"), onHoldReason: type, onHoldSince: d("2026-01-12"))
        let item = PlanItem(id: 2, planID: 1, type: type, actualStart: d("2026-01-12"), actualEnd: end.map(d), isCancelled: cancelled, outcome: outcome)
        #expect(PlanRules.suggestionAfterEnding(item, in: plan, items: [item])?.explanation == expected)
    }

    /// (closing day, 12-month checkpoint recorded on, early exit): R-10 around the 12-month checkpoint.
    @Test(arguments: [
        ("2026-03-16", nil, true), ("2027-02-02", nil, true), ("2027-02-03", "2027-02-03", false),
        ("2027-02-02", "2027-02-03", true), ("2027-03-01", "2027-02-03", false),
    ] as [(String, String?, Bool)])
    func r10EarlyExit(_ closing: String, _ recorded: String?, _ early: Bool) {
        var checkpoints = Checkpoints.make(employmentID: 1, startingOn: d("2026-02-02"))
        checkpoints[3].recordedOn = recorded.map(d)
        #expect(EarlyExitRule.evaluate(closingOn: d(closing), checkpoints: checkpoints).isEarlyExit == early)
    }
}
