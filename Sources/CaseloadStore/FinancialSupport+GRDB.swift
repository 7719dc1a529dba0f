import CaseloadCore
import Foundation
import GRDB

extension FinancialSupport: VersionedRecord {
    public static let databaseTableName = "financial_support"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", planItemID = "plan_item_id", recipient, employerID = "employer_id"
        case category, amountCents = "amount_cents", rationale, documentReferences = "document_references", status
        case createdOn = "created_on", submittedOn = "submitted_on", decidedOn = "decided_on", decidedBy = "decided_by"
        case ssmReference = "ssm_reference", declineReason = "decline_reason", paidOn = "paid_on"
        case paymentReference = "payment_reference", ineligibleOn = "ineligible_on"
        case ineligibleCents = "ineligible_cents", ineligibleReason = "ineligible_reason", version
    }

    /// Document references are a short list always read with the support: one per line in one column.
    static func joined(_ references: [String]) -> String? {
        let kept = references.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept.joined(separator: "\n")
    }

    public init(row: Row) throws {
        typealias C = Columns
        let documents: String? = try row.at(C.documentReferences)
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), planItemID: try row.at(C.planItemID),
            recipient: try row.at(C.recipient), employerID: try row.at(C.employerID), category: try row.at(C.category),
            amountCents: try row.at(C.amountCents), rationale: try row.at(C.rationale),
            documentReferences: documents.map { $0.split(separator: "\n").map(String.init) } ?? [],
            status: try row.at(C.status), createdOn: try row.at(C.createdOn), submittedOn: try row.at(C.submittedOn),
            decidedOn: try row.at(C.decidedOn), decidedBy: try row.at(C.decidedBy),
            ssmReference: try row.at(C.ssmReference), declineReason: try row.at(C.declineReason),
            paidOn: try row.at(C.paidOn), paymentReference: try row.at(C.paymentReference),
            ineligibleOn: try row.at(C.ineligibleOn), ineligibleCents: try row.at(C.ineligibleCents),
            ineligibleReason: try row.at(C.ineligibleReason), version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.planItemID] = planItemID
        container[C.recipient] = recipient; container[C.employerID] = employerID; container[C.category] = category
        container[C.amountCents] = amountCents; container[C.rationale] = rationale
        container[C.documentReferences] = Self.joined(documentReferences); container[C.status] = status
        container[C.createdOn] = createdOn; container[C.submittedOn] = submittedOn; container[C.decidedOn] = decidedOn
        container[C.decidedBy] = decidedBy; container[C.ssmReference] = ssmReference
        container[C.declineReason] = declineReason; container[C.paidOn] = paidOn
        container[C.paymentReference] = paymentReference; container[C.ineligibleOn] = ineligibleOn
        container[C.ineligibleCents] = ineligibleCents; container[C.ineligibleReason] = ineligibleReason
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
