/// One rule's finding about a job: met or not, as a sentence that names the rule.
public struct PBFFinding: Hashable, Sendable {
    public let rule: String
    public let isMet: Bool
    public let sentence: String
}

/// Whether a job can earn performance-based funding. Every job is monitored at its checkpoints
/// whatever the verdict.
public struct PBFVerdict: Hashable, Sendable {
    public let findings: [PBFFinding]
    public var isEligible: Bool { findings.allSatisfy(\.isMet) }
    /// Why: the unmet findings when not eligible, all of them when eligible.
    public var reasons: [String] { (isEligible ? findings : findings.filter { !$0.isMet }).map(\.sentence) }
    public var summary: String { (isEligible ? "PBF-eligible. " : "Not PBF-eligible. ") + reasons.joined(separator: " ") }
}

///
public enum PBFEligibility {
    public static let minimumHoursPerWeek = 20.0

    /// - Parameters:
    ///   - assessmentDate: when the common assessment was completed or submitted; nil if none yet.
    ///   - alreadyWorkingHoursPerWeek: the client's hours in other, existing jobs (never added to this one).
    ///   - fromEmploymentOutcomeProgram: the job came from Ontario Bridge Training, an apprenticeship …
    public static func evaluate(startDate: LocalDate, hoursPerWeek: Double, isNewEmployer: Bool,
                                assessmentDate: LocalDate?, alreadyWorkingHoursPerWeek: Double = 0,
                                fromEmploymentOutcomeProgram: Bool = false) -> PBFVerdict {
        var findings: [PBFFinding] = []
        func add(_ rule: String, _ met: Bool, _ sentence: String) { findings.append(PBFFinding(rule: rule, isMet: met, sentence: "\(rule): \(sentence)")) }

        if let assessed = assessmentDate {
            if startDate < assessed {
                add("R-07", false, "the job started \(startDate.long), before the common assessment of \(assessed.long); employment that began before the assessment does not count.")
            } else {
                add("R-07", true, "the job started \(startDate.long), on or after the common assessment of \(assessed.long).")
            }
        } else {
            add("R-07", false, "no common assessment is recorded; employment counts only from the assessment date, so complete and submit the assessment first.")
        }

        let hours = hoursText(hoursPerWeek), minimum = hoursText(minimumHoursPerWeek)
        if hoursPerWeek >= minimumHoursPerWeek {
            add("R-12", true, "the job averages \(hours) hours a week (\(minimum) or more needed).")
        } else {
            let other = alreadyWorkingHoursPerWeek > 0
                ? " Hours from another job (\(hoursText(alreadyWorkingHoursPerWeek)) a week) are never added to it." : ""
            add("R-12", false, "the job averages \(hours) hours a week, under the \(minimum) needed; it is still monitored at 1, 3, 6 and 12 months.\(other)")
        }

        if alreadyWorkingHoursPerWeek >= minimumHoursPerWeek {
            let already = hoursText(alreadyWorkingHoursPerWeek)
            if isNewEmployer {
                add("R-12", true, "the client already works \(already) hours a week; this job counts because the employer is new to the client.")
            } else {
                add("R-12", false, "the client already works \(already) hours a week, so only a job with a new employer counts, and this employer is not new to the client.")
            }
        }

        if fromEmploymentOutcomeProgram {
            add("R-14", false, "the job came from an employment-outcome program (Ontario Bridge Training, apprenticeship); the client counts as served, but the job is not PBF-eligible.")
        } else {
            add("R-14", true, "the job did not come from an employment-outcome program.")
        }
        return PBFVerdict(findings: findings)
    }

    /// The same, for a recorded employment.
    public static func evaluate(_ employment: Employment, assessmentDate: LocalDate?, alreadyWorkingHoursPerWeek: Double = 0,
                                fromEmploymentOutcomeProgram: Bool = false) -> PBFVerdict {
        evaluate(startDate: employment.startDate, hoursPerWeek: employment.hoursPerWeek, isNewEmployer: employment.isNewEmployer,
                 assessmentDate: assessmentDate, alreadyWorkingHoursPerWeek: alreadyWorkingHoursPerWeek,
                 fromEmploymentOutcomeProgram: fromEmploymentOutcomeProgram)
    }

    /// "20", "19.5", "37.25".
    public static func hoursText(_ h: Double) -> String {
        h.isFinite && h == h.rounded() && abs(h) < 1e9 ? String(Int(h)) : String(h)
    }
}
