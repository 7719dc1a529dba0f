/// a recorded checkpoint earns PBF when the client is employed an average of 20 or more hours a
/// week and the job is PBF-eligible. Hours from two employers are never added.
public enum CheckpointPBF {
    /// - Parameter job: the job's own verdict (its findings decide here).
    public static func verdict(stillEmployed: Bool?, hoursPerWeek: Double?, job: PBFVerdict) -> PBFVerdict {
        var findings: [PBFFinding] = []
        func add(_ rule: String, _ met: Bool, _ sentence: String) {
            findings.append(PBFFinding(rule: rule, isMet: met, sentence: "\(rule): \(sentence)"))
        }
        let minimum = PBFEligibility.hoursText(PBFEligibility.minimumHoursPerWeek)
        if stillEmployed != true {
            add("R-12", false, "the client is not employed at this checkpoint.")
        } else if let hours = hoursPerWeek, hours >= PBFEligibility.minimumHoursPerWeek {
            add("R-12", true, "employed an average of \(PBFEligibility.hoursText(hours)) hours a week (\(minimum) or more needed).")
        } else {
            let hours = hoursPerWeek.map(PBFEligibility.hoursText) ?? "no"
            add("R-12", false, "employed an average of \(hours) hours a week, under the \(minimum) needed.")
        }
        findings += job.findings.filter { $0.rule == "R-07" || $0.rule == "R-14" }
        return PBFVerdict(findings: findings)
    }

    /// The verdict of a recorded checkpoint; nil while it is not recorded.
    public static func verdict(_ checkpoint: Checkpoint, job: PBFVerdict) -> PBFVerdict? {
        guard checkpoint.recordedOn != nil else { return nil }
        return verdict(stillEmployed: checkpoint.stillEmployed, hoursPerWeek: checkpoint.hoursPerWeek, job: job)
    }
}
