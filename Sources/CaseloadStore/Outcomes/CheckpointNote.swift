import CaseloadCore
import Foundation

/// The case note of Type Checkpoint written when a checkpoint is recorded: what was found, the evidence,
/// whether it was on time and its PBF verdict with the reasons, then the caseworker's own words.
enum CheckpointNote {
    static func make(_ c: Checkpoint, job: Employment, employerName: String, facts: ClientOutcomeFacts,
                     by actor: StaffMember, zone: TimeZone) -> CaseNote {
        let day = c.recordedOn!
        let verdict = CheckpointPBF.verdict(c, job: OutcomeRules.jobVerdict(job, in: facts))
        var lines = ["The \(c.month.label) checkpoint of \(job.jobTitle) at \(employerName) (started \(job.startDate.long)), recorded \(day.long)."]
        if c.stillEmployed == true {
            let hours = c.hoursPerWeek.map(PBFEligibility.hoursText) ?? "?"
            lines.append("Still employed, \(hours) hours a week on average, \(c.sameEmployer == false ? "with another employer" : "same employer").")
        } else {
            lines.append("No longer employed.")
        }
        lines.append("Evidence: \(c.evidence ?? "") · \(c.evidenceReference ?? "").")
        lines.append(CheckpointWindow.explanation(recordedOn: day, dueOn: c.dueOn, calendar: facts.calendar))
        if let verdict { lines.append(verdict.isEligible ? "Earns PBF. " + verdict.reasons.joined(separator: " ")
                                                         : "Does not earn PBF. " + verdict.reasons.joined(separator: " ")) }
        if let own = c.note { lines.append(""); lines.append(own) }
        let method = c.contactMethod ?? "Internal"
        return CaseNote(clientID: job.clientID, authorID: actor.id ?? 0, interactionAt: day.startInstant(in: zone).addingTimeInterval(12 * 3600),
                        communication: method, type: "Checkpoint",
                        subject: "\(c.month.label) checkpoint recorded\(c.isLate ? " (late)" : "")",
                        body: lines.joined(separator: "\n"))
    }
}
