import Foundation

public enum SupportRecipient: String, Codable, CaseIterable, Sendable { case jobSeeker = "Job Seeker", employer = "Employer" }

public enum SupportStatus: String, Codable, CaseIterable, Sendable {
    case draft = "Draft", submitted = "Submitted", approved = "Approved", declined = "Declined", paid = "Paid"
}

/// Money for a job seeker or an employer; approved only by a supervisor with rationale and document.
public struct FinancialSupport: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var recipient: SupportRecipient
    public var employerID: Int64?
    public var category: String
    /// Whole cents, so money never passes through floating point.
    public var amountCents: Int
    public var rationale: String?
    public var documentReference: String?
    public var status: SupportStatus
    public var submittedOn: LocalDate?
    public var decidedBy: Int64?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, recipient: SupportRecipient, employerID: Int64? = nil,
                category: String, amountCents: Int, rationale: String? = nil, documentReference: String? = nil,
                status: SupportStatus = .draft, submittedOn: LocalDate? = nil, decidedBy: Int64? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.recipient = recipient; self.employerID = employerID
        self.category = category; self.amountCents = amountCents; self.rationale = rationale
        self.documentReference = documentReference; self.status = status; self.submittedOn = submittedOn
        self.decidedBy = decidedBy; self.version = version
    }
}
