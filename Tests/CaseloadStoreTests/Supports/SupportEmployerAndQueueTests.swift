import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// for employer incentives, the FS-APPROVAL item cleared by the decision, the
/// supervisor's queue, and the employer list.
@Suite struct SupportEmployerAndQueueTests {
    typealias F = SupportFixture

    @Test func anEmployerIncentiveNeedsASignedPlacementAgreement() throws {
        let f = try F()
        let unsigned = try f.employer(signed: false, registered: true)
        let s = try f.submitted(f.incentive(for: unsigned))
        let error = storeError { _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-7",
                                                             decidedOn: F.decided, by: f.supervisor, today: F.decided) }
        #expect(F.fields(error) == ["employer"])
        #expect(error.map(UserSentenceProbe.text)?.contains("no signed placement agreement") == true)

        var signed = unsigned
        signed.placementAgreementSignedOn = LocalDate(iso: "2026-11-03")
        _ = try f.db.updateEmployer(signed, by: f.caseworker, today: F.decided)
        let approved = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-7", decidedOn: F.decided,
                                               by: f.supervisor, today: F.decided)
        #expect(approved.status == .approved)
        #expect(try f.db.scalar("SELECT count(*) FROM employer_registration_follow_up") == 0,
                "a registered employer raises no R-17 follow-up")
    }

    @Test func approvingForAnEmployerNotInCaMSRaisesR17UntilItIsRegistered() throws {
        let f = try F()
        let employer = try f.employer(signed: true, registered: false)
        _ = try f.approved(f.incentive(for: employer))
        _ = try f.approved(f.incentive(for: employer))
        let open = try f.queue.queue("2026-11-04").filter { $0.rule == .manual && $0.title.hasPrefix("R-17") }
        #expect(open.count == 1, "one follow-up per employer, however many incentives")
        #expect(open.first?.title == "R-17 · Register Forest City Logistics in CaMS (incentive approved)")
        #expect(open.first?.ownerID == f.caseworker.id)

        var registered = try f.db.employer(id: employer.id!, by: f.caseworker)
        registered.camsRegisteredOn = LocalDate(iso: "2026-11-05")
        let saved = try f.db.updateEmployer(registered, by: f.caseworker, today: LocalDate(iso: "2026-11-05")!)
        #expect(saved.isRegisteredInCaMS, "a registration date says it is registered")
        #expect(try f.queue.queue("2026-11-05").filter { $0.rule == .manual && $0.title.hasPrefix("R-17") }.isEmpty)
    }

    @Test func theDecisionItselfClearsFSApprovalWhichCannotBeCompleted() throws {
        let f = try F()
        let s = try f.submitted()
        let item = try #require(try f.queue.item(.financialSupportApproval, f.client, asOf: "2026-11-03"))
        let error = storeError { try f.db.completeFollowUp(item, note: "Looked at it", by: f.supervisor) }
        #expect(F.fields(error) == ["rule"])
        #expect(try f.queue.item(.financialSupportApproval, f.client, asOf: "2026-11-03") != nil, "completing changed nothing")
        _ = try f.db.approveSupport(id: s.id!, version: s.version, ssmReference: "SSM-1", decidedOn: F.decided,
                                    by: f.supervisor, today: F.decided)
        #expect(try f.queue.item(.financialSupportApproval, f.client, asOf: "2026-11-04") == nil)
    }

    @Test func theApprovalQueueIsOldestFirstWithClientAndCaseworker() throws {
        let f = try F()
        let later = try f.drafted(f.transportation(9_000))
        _ = try f.db.submitSupport(id: later.id!, version: later.version, by: f.caseworker, today: LocalDate(iso: "2026-11-03")!)
        let earlier = try f.submitted(f.transportation(12_500))
        _ = try f.drafted()   // a draft waits for nobody
        let queue = try f.db.supportsAwaitingDecision(by: f.supervisor)
        #expect(queue.map(\.support.id) == [earlier.id, later.id])
        #expect(queue.first?.clientName == "Osei, Amara" && queue.first?.caseworkerName == "Dana Lee")
        #expect(queue.first?.support.documentReferences == ["Receipt 4411"])
    }

    @Test func employersKeepEveryFieldAndAreFoundByAnyWord() throws {
        let f = try F()
        let added = try f.db.addEmployer(Employer(name: "  Tim Hortons, Dundas St ", contact: "Raj Patel", phone: "519-555-0199",
                                                  email: "raj@example.ca", address: "100 Dundas St", sector: "Food service",
                                                  employeeCount: 30, registrationFormOn: LocalDate(iso: "2026-10-01"),
                                                  notes: "Hires for mornings"), by: f.caseworker)
        #expect(added.name == "Tim Hortons, Dundas St" && added.isMajor && added.hasRegistrationForm && !added.isRegisteredInCaMS)
        #expect(try f.db.employer(id: added.id!, by: f.caseworker) == added)
        #expect(try f.db.employers(matching: "hort dundas").map(\.id) == [added.id])
        #expect(try f.db.employers(matching: "food").map(\.id) == [added.id])
        #expect(try f.db.employers(matching: "100%").isEmpty, "a typed % is matched literally")
        #expect(F.fields(storeError { _ = try f.db.addEmployer(Employer(name: "X", email: "nope"), by: f.caseworker) }) == ["email"])
        #expect(storeError { _ = try f.db.addEmployer(Employer(name: "Y"), by: f.frontDesk) } == .notPermitted(.editActionPlan))
        var small = added
        small.employeeCount = 29
        #expect(!(try f.db.updateEmployer(small, by: f.caseworker)).isMajor)
    }
}
