import Foundation

public enum SupportRecipient: String, Codable, CaseIterable, Sendable {
    case jobSeeker = "Job Seeker", employer = "Employer"

    /// Each recipient has its own configurable category list (domain.md §3).
    public var categoryList: ValueListKind { self == .employer ? .employerSupportCategory : .supportCategory }
}

/// Draft → Submitted (caseworker) → Approved / Declined (a supervisor records the SSM's decision)
/// → Paid; later Ineligible when an audit finds the expense was not allowed.
public enum SupportStatus: String, Codable, CaseIterable, Sendable {
    case draft = "Draft", submitted = "Submitted", approved = "Approved", declined = "Declined", paid = "Paid"
    case ineligible = "Ineligible"
}

/// Money for a job seeker or an employer; approved only by a supervisor with rationale and document.
public struct FinancialSupport: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    /// The EAP item (type Financial Support or Job Placement) the money serves, when one is named.
    public var planItemID: Int64?
    public var recipient: SupportRecipient
    public var employerID: Int64?
    public var category: String
    /// Whole cents, so money never passes through floating point.
    public var amountCents: Int
    public var rationale: String?
    /// Where the receipts, quotes or forms are filed; at least one before submitting.
    public var documentReferences: [String]
    public var status: SupportStatus
    public var createdOn: LocalDate?
    public var submittedOn: LocalDate?
    public var decidedOn: LocalDate?
    public var decidedBy: Int64?
    /// The SSM's reference for its decision (approval or decline).
    public var ssmReference: String?
    public var declineReason: String?
    public var paidOn: LocalDate?
    public var paymentReference: String?
    public var ineligibleOn: LocalDate?
    /// Found in an audit: deducted from the provider's next payment.
    public var ineligibleCents: Int?
    public var ineligibleReason: String?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, planItemID: Int64? = nil, recipient: SupportRecipient,
                employerID: Int64? = nil, category: String, amountCents: Int, rationale: String? = nil,
                documentReferences: [String] = [], status: SupportStatus = .draft, createdOn: LocalDate? = nil,
                submittedOn: LocalDate? = nil, decidedOn: LocalDate? = nil, decidedBy: Int64? = nil,
                ssmReference: String? = nil, declineReason: String? = nil, paidOn: LocalDate? = nil,
                paymentReference: String? = nil, ineligibleOn: LocalDate? = nil, ineligibleCents: Int? = nil,
                ineligibleReason: String? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.planItemID = planItemID; self.recipient = recipient
        self.employerID = employerID; self.category = category; self.amountCents = amountCents
        self.rationale = rationale; self.documentReferences = documentReferences; self.status = status
        self.createdOn = createdOn; self.submittedOn = submittedOn; self.decidedOn = decidedOn
        self.decidedBy = decidedBy; self.ssmReference = ssmReference; self.declineReason = declineReason
        self.paidOn = paidOn; self.paymentReference = paymentReference; self.ineligibleOn = ineligibleOn
        self.ineligibleCents = ineligibleCents; self.ineligibleReason = ineligibleReason; self.version = version
    }

    public var hasRationale: Bool { !(rationale ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    public var hasDocument: Bool {
        documentReferences.contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
