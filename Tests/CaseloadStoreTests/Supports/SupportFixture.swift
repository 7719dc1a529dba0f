import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The queue fixture plus an active client and helpers that walk a support through SOP 4.
final class SupportFixture {
    let queue: QueueFixture
    let client: Client
    var db: CaseloadDatabase { queue.db }
    var caseworker: StaffMember { queue.base.caseworker }
    var supervisor: StaffMember { queue.base.supervisor }
    var frontDesk: StaffMember { queue.base.frontDesk }
    static let submitted = LocalDate(iso: "2026-11-02")!
    static let decided = LocalDate(iso: "2026-11-04")!
    static let paid = LocalDate(iso: "2026-11-10")!

    init() throws {
        queue = try QueueFixture()
        client = try queue.db.createClient(Client(firstName: "Amara", lastName: "Osei", phone: "519-555-0142",
                                                  referralSource: .selfReferred, caseworkerID: queue.base.caseworker.id,
                                                  status: .active),
                                           by: queue.base.admin, today: LocalDate(iso: "2026-10-01")!)
    }

    func transportation(_ cents: Int = 25_000, documents: [String] = ["Receipt 4411"],
                        rationale: String? = "Bus pass for the first month of work.") -> FinancialSupport {
        FinancialSupport(clientID: client.id!, recipient: .jobSeeker, category: "Transportation", amountCents: cents,
                         rationale: rationale, documentReferences: documents)
    }

    func drafted(_ support: FinancialSupport? = nil) throws -> FinancialSupport {
        try db.draftSupport(support ?? transportation(), by: caseworker, today: Self.submitted)
    }

    func submitted(_ support: FinancialSupport? = nil) throws -> FinancialSupport {
        let draft = try drafted(support)
        return try db.submitSupport(id: draft.id!, version: draft.version, by: caseworker, today: Self.submitted)
    }

    func approved(_ support: FinancialSupport? = nil) throws -> FinancialSupport {
        let s = try submitted(support)
        return try db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-2026-0042", decidedOn: Self.decided,
                                     by: supervisor, today: Self.decided)
    }

    func paid(_ support: FinancialSupport? = nil) throws -> FinancialSupport {
        let s = try approved(support)
        return try db.recordSupportPayment(id: s.id!, version: s.version, paidOn: Self.paid, reference: "CHQ 10442",
                                           by: supervisor, today: Self.paid)
    }

    func employer(signed: Bool, registered: Bool) throws -> Employer {
        try db.addEmployer(Employer(name: "Forest City Logistics", contact: "Lena Park", employeeCount: 42,
                                    isRegisteredInCaMS: registered, hasRegistrationForm: true,
                                    hasSignedPlacementAgreement: signed), by: caseworker)
    }

    func incentive(for employer: Employer) -> FinancialSupport {
        FinancialSupport(clientID: client.id!, recipient: .employer, employerID: employer.id,
                         category: "Training incentive (placement)", amountCents: 300_000,
                         rationale: "Training incentive for the warehouse placement.", documentReferences: ["ESTIPA 2026-17"])
    }

    /// The field names a refusal names.
    static func fields(_ error: StoreError?) -> [String] {
        guard case .invalid(let problems)? = error else { return [] }
        return problems.map(\.field)
    }
}
