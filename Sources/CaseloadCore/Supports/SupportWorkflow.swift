import Foundation

/// What each step of SOP 4's workflow needs (domain.md §3, R-18, R-26), as field problems the store
/// refuses with. Pure: the store supplies the stored support, its employer and the category list.
public enum SupportWorkflow {
    /// A draft (new or edited): an amount, a category from the recipient's list, an employer for an
    /// employer support.
    public static func draftProblems(_ s: FinancialSupport, categories: [String]) -> [FieldError] {
        var problems: [FieldError] = []
        if s.amountCents <= 0 { problems.append(.init(field: "amount", message: "Enter an amount above $0.00, such as $250.00.")) }
        if !categories.contains(s.category) {
            problems.append(.init(field: "category", message: "Choose a \(s.recipient.rawValue.lowercased()) category: \(categories.joined(separator: ", "))."))
        }
        if s.recipient == .employer, s.employerID == nil {
            problems.append(.init(field: "employer", message: "Choose the employer who receives this support."))
        }
        if s.recipient == .jobSeeker, s.employerID != nil {
            problems.append(.init(field: "employer", message: "A job seeker support is paid to the client, not to an employer; clear the employer."))
        }
        return problems
    }

    /// Only a draft changes; after that the record is what the SSM decided on.
    public static func editProblems(stored: FinancialSupport) -> [FieldError] {
        stored.status == .draft ? [] : [.init(field: "status", message:
            "This support is \(stored.status.rawValue); only a Draft can be changed. Draft a new support instead.")]
    }

    /// Submitting needs the rationale and at least one document reference (SOP 4, R-18).
    public static func submissionProblems(_ s: FinancialSupport) -> [FieldError] {
        guard s.status == .draft else {
            return [.init(field: "status", message: "This support is already \(s.status.rawValue); only a Draft is submitted.")]
        }
        return evidenceProblems(s)
    }

    /// The SSM approved: only a submitted support with rationale and document (R-18); an employer
    /// support only for an employer whose placement agreement is signed (R-26).
    public static func approvalProblems(_ s: FinancialSupport, employer: Employer?, ssmReference: String,
                                        decidedOn: LocalDate, today: LocalDate) -> [FieldError] {
        var problems = decisionProblems(s, ssmReference: ssmReference, decidedOn: decidedOn, today: today)
        guard s.status == .submitted else { return problems }
        problems += evidenceProblems(s)
        if s.recipient == .employer {
            if let employer {
                if !employer.hasSignedPlacementAgreement {
                    problems.append(.init(field: "employer", message:
                        "\(employer.name) has no signed placement agreement on file (R-26); record it on the employer first."))
                }
            } else {
                problems.append(.init(field: "employer", message: "An employer support needs its employer (R-26)."))
            }
        }
        return problems
    }

    public static func declineProblems(_ s: FinancialSupport, ssmReference: String, reason: String,
                                       decidedOn: LocalDate, today: LocalDate) -> [FieldError] {
        var problems = decisionProblems(s, ssmReference: ssmReference, decidedOn: decidedOn, today: today)
        if trimmed(reason).isEmpty { problems.append(.init(field: "reason", message: "Give the SSM's reason for declining.")) }
        return problems
    }

    public static func paymentProblems(_ s: FinancialSupport, paidOn: LocalDate, reference: String, today: LocalDate) -> [FieldError] {
        guard s.status == .approved else {
            return [.init(field: "status", message: s.status == .paid
                ? "This support is already Paid."
                : "This support is \(s.status.rawValue); only an Approved support is paid.")]
        }
        var problems: [FieldError] = []
        if trimmed(reference).isEmpty { problems.append(.init(field: "reference", message: "Enter the payment reference (cheque or transfer number).")) }
        if paidOn > today { problems.append(.init(field: "paidOn", message: "A payment date cannot be in the future.")) }
        if let decided = s.decidedOn, paidOn < decided {
            problems.append(.init(field: "paidOn", message: "The payment date cannot be before the approval (\(decided.iso))."))
        }
        return problems
    }

    /// An audit found a paid expense not allowed: the amount is deducted from the next payment.
    public static func ineligibleProblems(_ s: FinancialSupport, amountCents: Int, reason: String,
                                          on day: LocalDate, today: LocalDate) -> [FieldError] {
        guard s.status == .paid else {
            return [.init(field: "status", message: "This support is \(s.status.rawValue); only a Paid support is found ineligible.")]
        }
        var problems: [FieldError] = []
        if amountCents <= 0 || amountCents > s.amountCents {
            problems.append(.init(field: "amount", message:
                "The amount to deduct must be above $0.00 and at most the \(Money.dollars(cents: s.amountCents)) paid."))
        }
        if trimmed(reason).isEmpty { problems.append(.init(field: "reason", message: "Say what the audit found.")) }
        if day > today { problems.append(.init(field: "on", message: "The audit date cannot be in the future.")) }
        return problems
    }

    private static func decisionProblems(_ s: FinancialSupport, ssmReference: String, decidedOn: LocalDate,
                                         today: LocalDate) -> [FieldError] {
        guard s.status == .submitted else {
            return [.init(field: "status", message: s.status == .draft
                ? "This support is still a Draft; the caseworker submits it first."
                : "This support was already \(s.status.rawValue); a decision is recorded once.")]
        }
        var problems: [FieldError] = []
        if trimmed(ssmReference).isEmpty { problems.append(.init(field: "ssmReference", message: "Enter the SSM's reference for the decision.")) }
        if decidedOn > today { problems.append(.init(field: "decidedOn", message: "The decision date cannot be in the future.")) }
        if let submitted = s.submittedOn, decidedOn < submitted {
            problems.append(.init(field: "decidedOn", message: "The decision date cannot be before the submission (\(submitted.iso))."))
        }
        return problems
    }

    private static func evidenceProblems(_ s: FinancialSupport) -> [FieldError] {
        var problems: [FieldError] = []
        if !s.hasRationale { problems.append(.init(field: "rationale", message: "Write the rationale: why this support, for this plan (R-18).")) }
        if !s.hasDocument {
            problems.append(.init(field: "documents", message: "Add at least one document reference (receipt, quote or form) (R-18)."))
        }
        return problems
    }

    private static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
