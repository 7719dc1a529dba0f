import CaseloadCore
import CaseloadStore
import TerminalKit

/// The live panel beside (or under) the employment form: the PBF verdict with its reasons (R-07,
/// ) and the four checkpoint dates, recomputed on every keystroke from what is typed.
struct EmploymentPanel {
    let start: LocalDate?
    let hours: Double?
    let isNewEmployer: Bool
    let isFromOutcomeProgram: Bool
    /// The client's facts for `start` (nil while they are read, or without a start date).
    let facts: PBFFacts?
    let width: Int

    func lines() -> [StyledLine] {
        var out: [StyledLine] = []
        guard let start else {
            return [StyledLine("PBF and checkpoints", .header),
                    StyledLine("Enter the start date and hours: the PBF verdict (R-07, R-12, R-14)", .muted),
                    StyledLine("and the 1, 3, 6 and 12-month checkpoints (R-08) show here.", .muted)]
        }
        var verdict: PBFVerdict?
        if let hours, let facts { verdict = facts.verdict(startDate: start, hoursPerWeek: hours, isNewEmployer: isNewEmployer,
                                                                 fromOutcomeProgram: isFromOutcomeProgram) }
        switch verdict?.isEligible {
        case true?: out.append(StyledLine("✓ PBF-eligible", .success))
        case false?:
            let rules = Array(Set(verdict!.findings.filter { !$0.isMet }.map(\.rule))).sorted().joined(separator: ", ")
            out.append(StyledLine([Span("✗ Not PBF-eligible (\(rules))", .warning), Span(" · still monitored at every checkpoint", .muted)]))
        case nil: out.append(StyledLine(hours == nil ? "PBF: enter the hours per week for the verdict." : "PBF: reading the client's facts…", .muted))
        }
        out.append(StyledLine("Checkpoints (R-08), created as follow-ups on saving:", .header))
        for due in Checkpoints.schedule(startingOn: start) {
            let n = due.month.rawValue
            let how = "+\(n) calendar month" + (n == 1 ? "" : "s")
                + (due.isClamped ? ", clamped to the end of \(LocalDate.monthShort[due.date.month - 1]) \(due.date.year)" : "")
            out.append(StyledLine([Span("  " + due.month.label.padded(toWidth: 9), .label), Span(due.date.long.padded(toWidth: 16)),
                                   Span(how, .muted)]))
        }
        if let verdict {
            out.append(StyledLine("Why:", .header))
            for reason in verdict.reasons {
                out += TextWrap.wrap(reason, width: max(10, width - 2)).enumerated().map { i, row in StyledLine((i == 0 ? "• " : "  ") + row) }
            }
            if let program = facts?.outcomeProgram, !isFromOutcomeProgram {
                out += TextWrap.wrap("The plan has a \(program.type) item begun by then: if this job came from it, answer Yes to From a program (R-14).",
                                     width: max(10, width - 2)).map { StyledLine("  " + $0, .muted) }
            }
        }
        return out
    }
}
