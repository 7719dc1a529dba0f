import Foundation
import CaseloadCore
import CaseloadStore
import TerminalKit

/// Tab 7: each job with its 1, 3, 6 and 12-month checkpoints (R-08) and whether each was recorded.
/// `selected` is the index of the selected checkpoint across all jobs (K records it).
struct EmploymentTab {
    let data: ProfileData
    let format: ProfileFormat
    let width: Int
    var selected: Int? = nil

    /// The line the selected checkpoint is drawn on, so the view can keep it in sight.
    var selectedLine: Int? { lines().firstIndex { $0.spans.first?.text.hasPrefix(Self.marker) == true } }
    static let marker = "▸ "

    func lines() -> [StyledLine] {
        guard let jobs = data.employments, !jobs.isEmpty else {
            return [StyledLine("No employment recorded for this client.", .muted),
                    StyledLine("J records a job; it is listed here with its four checkpoints (R-08).", .muted)]
        }
        var out: [StyledLine] = []
        var row = 0
        for (i, job) in jobs.enumerated() {
            if i > 0 { out.append(.blank) }
            let e = job.employment
            out += TextWrap.wrap("\(e.jobTitle) at \(job.employerName)", width: width).map { StyledLine($0, .header) }
            var facts = ["started \(format.long(e.startDate))", "\(hours(e.hoursPerWeek)) h/week",
                         e.isNewEmployer ? "new employer" : "returning employer",
                         e.isPBFEligible ? "PBF-eligible" : "not PBF-eligible"]
            if let end = e.endDate { facts.append("ended \(format.long(end))" + (e.endReason.map { ": \($0)" } ?? "")) }
            out += TextWrap.wrap(facts.joined(separator: " · "), width: width - 2).map { StyledLine("  " + $0, .muted) }
            for c in job.checkpoints {
                out.append(checkpointLine(c, isSelected: row == selected))
                if c.recordedOn != nil { out += evidenceLines(c) }
                row += 1
            }
            for sentence in job.corrections {
                out += TextWrap.wrap(sentence, width: width - 4).map { StyledLine("    " + $0, .muted) }
            }
            if job.checkpoints.isEmpty { out.append(StyledLine("  No checkpoints on file for this job.", .warning)) }
        }
        return out
    }

    private func checkpointLine(_ c: Checkpoint, isSelected: Bool) -> StyledLine {
        let month = (c.month.rawValue == 1 ? "1 month" : "\(c.month.rawValue) months").padded(toWidth: 10)
        let due = format.long(c.dueOn).padded(toWidth: 17)
        let status: Span
        if let recorded = c.recordedOn {
            var facts: [String] = []
            if let employed = c.stillEmployed { facts.append(employed ? "still employed" : "not employed") }
            if let h = c.hoursPerWeek { facts.append("\(hours(h)) h") }
            status = Span("✓ recorded \(recorded.iso)" + (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))"), .success)
        } else if c.dueOn < format.today {
            status = Span("! overdue — not recorded", .overdue)
        } else if c.dueOn == format.today {
            status = Span("due today", .warning)
        } else {
            status = Span("not yet due", .muted)
        }
        // The marker, not colour alone, shows the selection.
        if isSelected { return StyledLine([Span(Self.marker + month, .selected), Span(due, .selected), Span(status.text, .selected)]) }
        return StyledLine([Span("  "), Span(month, .label), Span(due), status])
    }

    /// Under a recorded checkpoint: its evidence, whether it was late and its PBF verdict (R-25).
    private func evidenceLines(_ c: Checkpoint) -> [StyledLine] {
        var facts: [String] = []
        if let evidence = c.evidence { facts.append("evidence: \(evidence)" + (c.evidenceReference.map { " · \($0)" } ?? "")) }
        if c.isLate { facts.append("late") }
        if let earns = c.earnsPBF { facts.append(earns ? "earns PBF" : "no PBF") }
        guard !facts.isEmpty else { return [] }
        return TextWrap.wrap(facts.joined(separator: " · "), width: width - 14).map { StyledLine(String(repeating: " ", count: 12) + $0, .muted) }
    }

    private func hours(_ h: Double) -> String {
        h == h.rounded() ? String(Int(h)) : String(format: "%.1f", h)
    }
}
