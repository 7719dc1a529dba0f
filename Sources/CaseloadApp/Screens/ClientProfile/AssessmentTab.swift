import CaseloadCore
import Foundation
import TerminalKit

/// Tab 3: the Common Assessment's module dates, submission, and the comment for the SA caseworker.
struct AssessmentTab {
    let data: ProfileData
    let format: ProfileFormat
    let width: Int
    let now: Date

    static let labelWidth = 20

    func lines() -> [StyledLine] {
        guard case let assessment?? = data.assessment else {
            return [StyledLine("No common assessment recorded for this client yet.", .muted),
                    StyledLine("Its module dates and submission appear here once they are entered (SOP 1).", .muted)]
        }
        var out: [StyledLine] = []
        func field(_ label: String, _ value: String, _ role: ThemeRole = .normal) {
            out += StyledLine.field(label, value, labelWidth: Self.labelWidth, width: width, role: role)
        }
        field("Module 1 completed", assessment.module1CompletedOn.map(format.long) ?? "not yet")
        field("Module 2 completed", assessment.module2CompletedOn.map(format.long) ?? "not yet")
        // A CaMS extract gives only the day: shown without a made-up time.
        field("Submitted", assessment.submittedAt.map(format.longDateTime)
              ?? assessment.submittedOn.map { "\(format.long($0)) (day from CaMS)" } ?? "not submitted")
        let (link, role) = linkText(assessment)
        field("CaMS link (R-05)", link, role)
        out.append(.blank)
        out.append(.heading("Comment for the SA caseworker"))
        let comment = assessment.commentForSA.flatMap { $0.isEmpty ? nil : $0 }
        out += TextWrap.wrap(comment ?? "No comment.", width: width - 2).map { StyledLine("  " + $0, comment == nil ? .muted : .normal) }
        return out
    }

    /// the reference must be linked within 24 clock hours of submission.
    private func linkText(_ a: Assessment) -> (String, ThemeRole) {
        if let reference = data.client?.camsReference { return ("linked: \(reference)", .normal) }
        guard let submitted = a.submittedAt else { return ("due within 24 hours of submission", .muted) }
        let due = submitted.addingTimeInterval(24 * 3600)
        if due < now { return ("! overdue since \(format.longDateTime(due)) — press l to link", .overdue) }
        return ("due by \(format.longDateTime(due)) — press l to link", .warning)
    }
}
