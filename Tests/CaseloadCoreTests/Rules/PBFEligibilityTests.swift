import Testing
@testable import CaseloadCore

@Suite struct PBFEligibilityTests {
    let assessed = d("2025-03-03")

    /// (hours, eligible): 20 a week or more, exactly.
    @Test(arguments: [(19.5, false), (19.99, false), (20.0, true), (20.5, true), (37.5, true), (0.0, false), (12.0, false)])
    func hoursThreshold(_ hours: Double, _ eligible: Bool) {
        let v = PBFEligibility.evaluate(startDate: d("2025-03-10"), hoursPerWeek: hours, isNewEmployer: true, assessmentDate: assessed)
        #expect(v.isEligible == eligible)
    }

    @Test func underTwentyHoursIsMonitoredButNotEligible() {
        let v = PBFEligibility.evaluate(startDate: d("2025-03-10"), hoursPerWeek: 19.5, isNewEmployer: true, assessmentDate: assessed)
        #expect(v.reasons == ["R-12: the job averages 19.5 hours a week, under the 20 needed; it is still monitored at 1, 3, 6 and 12 months."])
        #expect(v.summary.hasPrefix("Not PBF-eligible. R-12"))
    }

    @Test func eligibleJobGivesEveryReason() {
        let v = PBFEligibility.evaluate(startDate: d("2025-03-03"), hoursPerWeek: 20, isNewEmployer: false, assessmentDate: assessed)
        #expect(v.isEligible)
        #expect(v.reasons == [
            "R-07: the job started Mon 3 Mar 2025, on or after the common assessment of Mon 3 Mar 2025.",
            "R-12: the job averages 20 hours a week (20 or more needed).",
            "R-14: the job did not come from an employment-outcome program.",
        ])
    }

    /// (start, eligible): the assessment date itself counts; the day before does not.
    @Test(arguments: [("2025-03-02", false), ("2025-03-03", true), ("2024-12-31", false), ("2025-03-04", true)])
    func startedBeforeAssessment(_ start: String, _ eligible: Bool) {
        let v = PBFEligibility.evaluate(startDate: d(start), hoursPerWeek: 30, isNewEmployer: true, assessmentDate: assessed)
        #expect(v.isEligible == eligible)
        if !eligible { #expect(v.reasons.count == 1 && v.reasons[0].hasPrefix("R-07: the job started \(d(start).long), before the common assessment of Mon 3 Mar 2025")) }
    }

    @Test func noAssessmentYet() {
        let v = PBFEligibility.evaluate(startDate: d("2025-03-10"), hoursPerWeek: 30, isNewEmployer: true, assessmentDate: nil)
        #expect(!v.isEligible)
        #expect(v.reasons == ["R-07: no common assessment is recorded; employment counts only from the assessment date, so complete and submit the assessment first."])
    }

    /// (already working, new employer, eligible).
    @Test(arguments: [(25.0, true, true), (25.0, false, false), (20.0, false, false), (19.5, false, true), (0.0, false, true), (40.0, true, true)])
    func alreadyWorkingCountsOnlyWithANewEmployer(_ already: Double, _ isNew: Bool, _ eligible: Bool) {
        let v = PBFEligibility.evaluate(startDate: d("2025-04-01"), hoursPerWeek: 24, isNewEmployer: isNew, assessmentDate: assessed,
                                        alreadyWorkingHoursPerWeek: already)
        #expect(v.isEligible == eligible)
        if !eligible {
            #expect(v.reasons == ["R-12: the client already works \(PBFEligibility.hoursText(already)) hours a week, so only a job with a new employer counts, and this employer is not new to the client."])
        }
    }

    @Test func hoursFromTwoEmployersNeverAddUp() {
        // 12 + 10 would be 22, but each job stands alone.
        let v = PBFEligibility.evaluate(startDate: d("2025-04-01"), hoursPerWeek: 12, isNewEmployer: true, assessmentDate: assessed,
                                        alreadyWorkingHoursPerWeek: 10)
        #expect(!v.isEligible)
        #expect(v.reasons == ["R-12: the job averages 12 hours a week, under the 20 needed; it is still monitored at 1, 3, 6 and 12 months. Hours from another job (10 a week) are never added to it."])
    }

    @Test func employmentOutcomeProgram() {
        let v = PBFEligibility.evaluate(startDate: d("2025-04-01"), hoursPerWeek: 40, isNewEmployer: true, assessmentDate: assessed,
                                        fromEmploymentOutcomeProgram: true)
        #expect(!v.isEligible)
        #expect(v.reasons == ["R-14: the job came from an employment-outcome program (Ontario Bridge Training, apprenticeship); the client counts as served, but the job is not PBF-eligible."])
    }

    @Test func severalFailuresAreAllReported() {
        let job = Employment(clientID: 1, employerID: 2, jobTitle: "Cook", startDate: d("2025-01-06"), hoursPerWeek: 15, isNewEmployer: false)
        let v = PBFEligibility.evaluate(job, assessmentDate: assessed, alreadyWorkingHoursPerWeek: 22, fromEmploymentOutcomeProgram: true)
        #expect(v.findings.filter { !$0.isMet }.map(\.rule) == ["R-07", "R-12", "R-12", "R-14"])
        #expect(v.reasons.count == 4)
    }
}
