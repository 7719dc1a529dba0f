import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// SOP 4 in the store: every transition of Draft → Submitted → Approved / Declined → Paid →
/// Ineligible, and every refusal (R-18, R-26, roles, order, edits after the fact), on a real file.
@Suite struct SupportWorkflowTests {
    typealias F = SupportFixture

    @Test func aSupportGoesFromDraftToIneligibleAndEveryStepIsAudited() throws {
        let f = try F()
        let draft = try f.drafted()
        #expect(draft.status == .draft && draft.createdOn == F.submitted && draft.amountCents == 25_000)
        let submitted = try f.db.submitSupport(id: draft.id!, version: draft.version, by: f.caseworker, today: F.submitted)
        #expect(submitted.status == .submitted && submitted.submittedOn == F.submitted)
        let approved = try f.db.approveSupport(id: submitted.id!, version: submitted.version, ssmReference: " SSM-2026-0042 ",
                                               decidedOn: F.decided, by: f.supervisor, today: F.decided)
        #expect(approved.status == .approved && approved.ssmReference == "SSM-2026-0042"
                && approved.decidedBy == f.supervisor.id && approved.decidedOn == F.decided)
        let paid = try f.db.recordSupportPayment(id: approved.id!, version: approved.version, paidOn: F.paid,
                                                 reference: "CHQ 10442", by: f.supervisor, today: F.paid)
        #expect(paid.status == .paid && paid.paidOn == F.paid && paid.paymentReference == "CHQ 10442")
        let audit = LocalDate(iso: "2027-01-15")!
        let ineligible = try f.db.markSupportIneligible(id: paid.id!, version: paid.version, amountCents: 5_000,
                                                        reason: "Pass covered a month after the job ended.", on: audit,
                                                        by: f.supervisor, today: audit)
        #expect(ineligible.status == .ineligible && ineligible.ineligibleCents == 5_000 && ineligible.ineligibleOn == audit)
        let trail = try f.db.audit(recordType: "financial_support", recordID: draft.id!)
        #expect(trail.map(\.action) == ["insert", "update", "update", "update", "update"])
        #expect(trail.map(\.staffID) == [f.caseworker.id, f.caseworker.id, f.supervisor.id, f.supervisor.id, f.supervisor.id])
        #expect(try f.db.supports(clientID: f.client.id!, by: f.caseworker) == [ineligible])
    }

    @Test func aDeclineKeepsTheSSMReferenceAndReasonAndEndsTheWorkflow() throws {
        let f = try F()
        let s = try f.submitted()
        #expect(F.fields(storeError { _ = try f.db.declineSupport(id: s.id!, version: s.version, ssmReference: "SSM-9", reason: " ",
                                                                   decidedOn: F.decided, by: f.supervisor, today: F.decided) }) == ["reason"])
        let declined = try f.db.declineSupport(id: s.id!, version: s.version, ssmReference: "SSM-9", reason: "Covered by OW.",
                                               decidedOn: F.decided, by: f.supervisor, today: F.decided)
        #expect(declined.status == .declined && declined.declineReason == "Covered by OW." && declined.ssmReference == "SSM-9")
        #expect(F.fields(storeError { _ = try f.db.approveSupport(id: s.id!, version: declined.version, ssmReference: "SSM-10",
                                                                   decidedOn: F.decided, by: f.supervisor, today: F.decided) }) == ["status"])
        #expect(F.fields(storeError { _ = try f.db.recordSupportPayment(id: s.id!, version: declined.version, paidOn: F.paid,
                                                                         reference: "X", by: f.supervisor, today: F.paid) }) == ["status"])
    }

    @Test func submittingNeedsTheRationaleAndADocumentReference() throws {
        let f = try F()
        let bare = try f.drafted(f.transportation(documents: [" "], rationale: "  "))
        let error = storeError { _ = try f.db.submitSupport(id: bare.id!, version: bare.version, by: f.caseworker, today: F.submitted) }
        #expect(F.fields(error) == ["rationale", "documents"])
        #expect(try f.db.support(id: bare.id!, by: f.caseworker).status == .draft, "nothing saved")
    }

    @Test func approvingWithoutDocumentsOrRationaleIsRefused() throws {
        let f = try F()
        let s = try f.submitted()
        // A support imported or written before this workflow: Submitted with neither.
        try f.db.execute("UPDATE financial_support SET rationale = NULL, document_references = NULL WHERE id = ?", [s.id!])
        let error = storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1",
                                                             decidedOn: F.decided, by: f.supervisor, today: F.decided) }
        #expect(F.fields(error) == ["rationale", "documents"])
        #expect(try f.db.support(id: s.id!, by: f.supervisor).status == .submitted)
    }

    @Test func onlyASupervisorRecordsADecisionAPaymentOrAFinding() throws {
        let f = try F()
        let s = try f.submitted()
        for actor in [f.caseworker, f.frontDesk, f.queue.base.admin] {
            let error = storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1",
                                                                 decidedOn: F.decided, by: actor, today: F.decided) }
            #expect(error == .notPermitted(.approveFinancialSupport))
            #expect(storeError { _ = try f.db.declineSupport(id: s.id!, version: s.version, ssmReference: "SSM-1", reason: "no",
                                                             decidedOn: F.decided, by: actor, today: F.decided) }
                    == .notPermitted(.approveFinancialSupport))
        }
        let approved = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1", decidedOn: F.decided,
                                               by: f.supervisor, today: F.decided)
        #expect(storeError { _ = try f.db.recordSupportPayment(id: s.id!, version: approved.version, paidOn: F.paid, reference: "C1",
                                                               by: f.caseworker, today: F.paid) } == .notPermitted(.approveFinancialSupport))
        #expect(storeError { _ = try f.db.supportsAwaitingDecision(by: f.caseworker) } == .notPermitted(.approveFinancialSupport))
    }

    @Test func frontDeskSeesAndRequestsNoMoney() throws {
        let f = try F()
        _ = try f.submitted()
        #expect(storeError { _ = try f.db.supports(clientID: f.client.id!, by: f.frontDesk) } == .notPermitted(.viewMoney))
        #expect(storeError { _ = try f.db.supportTotals(.month(containing: F.submitted), by: f.frontDesk) } == .notPermitted(.viewMoney))
        #expect(storeError { _ = try f.db.draftSupport(f.transportation(), by: f.frontDesk, today: F.submitted) }
                == .notPermitted(.requestFinancialSupport))
    }

    @Test func aCaseworkerOfAnotherSiteCannotDraftForTheClient() throws {
        let f = try F()
        try f.db.execute("UPDATE site SET name = 'London Central'")
        try f.db.execute("INSERT INTO site(name) VALUES ('London East')")
        let sites = try f.db.sites()
        let central = sites.first { $0.name == "London Central" }!.id!, east = sites.first { $0.name == "London East" }!.id!
        let elsewhere = try f.db.addStaff(username: "ewest", fullName: "Eve West", role: .caseworker, site: east, by: f.queue.base.admin)
        try f.db.execute("UPDATE client SET site_id = ? WHERE id = ?", [central, f.client.id!])
        let error = storeError { _ = try f.db.draftSupport(f.transportation(), by: elsewhere, today: F.submitted) }
        #expect(error == .otherSite(siteName: "London Central"))
    }

    @Test func paymentComesOnlyAfterApproval() throws {
        let f = try F()
        let s = try f.submitted()
        let error = storeError { _ = try f.db.recordSupportPayment(id: s.id!, version: s.version, paidOn: F.paid, reference: "CHQ 1",
                                                                   by: f.supervisor, today: F.paid) }
        #expect(F.fields(error) == ["status"])
        let approved = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1", decidedOn: F.decided,
                                               by: f.supervisor, today: F.decided)
        let early = storeError { _ = try f.db.recordSupportPayment(id: s.id!, version: approved.version, paidOn: F.submitted,
                                                                   reference: "CHQ 1", by: f.supervisor, today: F.paid) }
        #expect(F.fields(early) == ["paidOn"])
    }

    @Test func aSupportIsEditedOnlyAsADraft() throws {
        let f = try F()
        var draft = try f.drafted()
        draft.amountCents = 27_550
        draft.documentReferences = ["Receipt 4411", "Quote 7"]
        let edited = try f.db.updateDraftSupport(draft, by: f.caseworker)
        #expect(edited.amountCents == 27_550 && edited.documentReferences == ["Receipt 4411", "Quote 7"])

        var paid = try f.paid()
        paid.amountCents = 99_900
        let error = storeError { _ = try f.db.updateDraftSupport(paid, by: f.caseworker) }
        #expect(F.fields(error) == ["status"])
        #expect(error.map(UserSentenceProbe.text)?.contains("only a Draft can be changed") == true)
        #expect(try f.db.support(id: paid.id!, by: f.caseworker).amountCents == 25_000, "nothing saved")
    }

    @Test func aStaleCopyIsRefused() throws {
        let f = try F()
        let s = try f.submitted()
        let error = storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version - 1, ssmReference: "SSM-1",
                                                             decidedOn: F.decided, by: f.supervisor, today: F.decided) }
        guard case .staleVersion? = error else { Issue.record("expected staleVersion, got \(String(describing: error))"); return }
    }

    @Test func draftsNeedAPositiveAmountAListedCategoryAndTheRightPlanItem() throws {
        let f = try F()
        var wrong = f.transportation(0)
        wrong.category = "Training incentive (placement)"
        #expect(F.fields(storeError { _ = try f.db.draftSupport(wrong, by: f.caseworker, today: F.submitted) }) == ["amount", "category"])
        var noEmployer = f.transportation()
        noEmployer.recipient = .employer
        noEmployer.category = "Job trial"
        #expect(F.fields(storeError { _ = try f.db.draftSupport(noEmployer, by: f.caseworker, today: F.submitted) }) == ["employer"])
        var onItem = f.transportation()
        onItem.planItemID = 999
        #expect(F.fields(storeError { _ = try f.db.draftSupport(onItem, by: f.caseworker, today: F.submitted) }) == ["planItem"])
    }

    @Test func theDecisionDateFollowsTheSubmissionAndIsNotInTheFuture() throws {
        let f = try F()
        let s = try f.submitted()
        #expect(F.fields(storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1",
                                                                   decidedOn: F.paid, by: f.supervisor, today: F.decided) }) == ["decidedOn"])
        #expect(F.fields(storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: " ",
                                                                   decidedOn: F.decided, by: f.supervisor, today: F.decided) }) == ["ssmReference"])
    }

    @Test func ineligibleIsFoundOnlyOnAPaidSupportForAtMostItsAmount() throws {
        let f = try F()
        let approved = try f.approved()
        #expect(F.fields(storeError { _ = try f.db.markSupportIneligible(id: approved.id!, version: approved.version, amountCents: 100,
                                                                          reason: "x", on: F.paid, by: f.supervisor, today: F.paid) }) == ["status"])
        let paid = try f.db.recordSupportPayment(id: approved.id!, version: approved.version, paidOn: F.paid, reference: "C",
                                                 by: f.supervisor, today: F.paid)
        #expect(F.fields(storeError { _ = try f.db.markSupportIneligible(id: paid.id!, version: paid.version, amountCents: 25_001,
                                                                          reason: "x", on: F.paid, by: f.supervisor, today: F.paid) }) == ["amount"])
    }
}

/// The words a person reads for a store error.
enum UserSentenceProbe {
    static func text(_ error: StoreError) -> String {
        if case .invalid(let problems) = error { return problems.map(\.message).joined(separator: " ") }
        return error.message
    }
}
