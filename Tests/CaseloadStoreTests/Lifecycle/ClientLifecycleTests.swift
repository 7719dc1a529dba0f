import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// R-21 (domain.md §3a): each step of the client status lifecycle, as the store applies it, with the
/// status-change row (day, reason) and its audit.
@Suite struct ClientLifecycleTests {
    static let received = "2026-03-02"   // a Monday

    func statuses(_ q: QueueFixture, _ client: Client) throws -> [ClientStatus] {
        try q.db.statusHistory(clientID: client.id!, by: q.base.caseworker).map(\.toStatus)
    }

    @Test func socialAssistanceReferralsStartReferredAndOtherIntakesActive() throws {
        let q = try QueueFixture()
        for source in [ReferralSource.ow, .odsp, .rasp, .trf] {
            let client = try q.referral("Ana", "Silva\(source.rawValue)", source, received: Self.received)
            #expect(client.status == .referred, "\(source)")
            let history = try q.db.statusHistory(clientID: client.id!, by: q.base.caseworker)
            #expect(history.count == 1 && history[0].fromStatus == nil && history[0].toStatus == .referred)
            #expect(history[0].reason.contains("\(source.rawValue) referral received Mon 2 Mar 2026"))
            #expect(history[0].changedOn == day(Self.received))
        }
        // Even when the caller asks for another status, intake decides.
        let walkIn = try q.db.createClient(Client(firstName: "Bo", lastName: "Chen", referralSource: .selfReferred, status: .referred),
                                           by: q.base.caseworker, today: day(Self.received))
        #expect(walkIn.status == .active)
        #expect(try statuses(q, walkIn) == [.active])
    }

    @Test func assessmentMakesAReferralActiveAndKeepsHistoryOnReadministering() throws {
        let q = try QueueFixture()
        let client = try q.referral("Ana", "Silva", .ow, received: Self.received)
        let first = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-03-04")),
                                            today: day("2026-03-04"), by: q.base.caseworker)
        #expect(try q.db.client(id: client.id!, by: q.base.caseworker).status == .active)
        let history = try q.db.statusHistory(clientID: client.id!, by: q.base.caseworker)
        #expect(history.map(\.toStatus) == [.referred, .active])
        #expect(history.last?.reason == "Common assessment started" && history.last?.changedOn == day("2026-03-04"))
        #expect(try q.db.audit(recordType: "client_status_change", recordID: history.last!.id!).map(\.action) == ["insert"])

        var edited = first
        edited.module2CompletedOn = day("2026-03-05")
        edited.submittedAt = day("2026-03-05").startInstant(in: QueueFixture.zone).addingTimeInterval(10 * 3600)
        edited.employmentGoals = "  Forklift operator  "
        let saved = try q.db.saveAssessment(edited, today: day("2026-03-05"), by: q.base.caseworker)
        #expect(saved.id == first.id && saved.version == 1 && saved.employmentGoals == "Forklift operator")

        // Re-administering: a new assessment; the old one stays and may no longer be edited.
        let second = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-06-15")),
                                             today: day("2026-06-15"), by: q.base.caseworker)
        #expect(try q.db.assessments(clientID: client.id!, by: q.base.caseworker).map(\.id) == [second.id, first.id])
        #expect(try q.db.profileAssessment(clientID: client.id!, by: q.base.caseworker)?.id == second.id)
        var old = saved
        old.barriers = "Transport"
        #expect(refusal { _ = try q.db.saveAssessment(old, today: day("2026-06-15"), by: q.base.caseworker) }
                    .contains("earlier assessment"))
        #expect(try statuses(q, client) == [.referred, .active], "re-administering changes no status")
    }

    @Test func assessmentValidationRefusesFutureDatesAndModuleTwoBeforeOne() throws {
        let q = try QueueFixture()
        let client = try q.referral("Ana", "Silva", .ow, received: Self.received)
        let today = day("2026-03-10")
        let future = refusal { _ = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-03-11")),
                                                           today: today, by: q.base.caseworker) }
        #expect(future == "Module 1 done 2026-03-11 is in the future: check the year.")
        let backwards = refusal { _ = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-03-09"),
                                                                         module2CompletedOn: day("2026-03-06")),
                                                              today: today, by: q.base.caseworker) }
        #expect(backwards.contains("Module 2 done 2026-03-06 is before Module 1 (2026-03-09)"))
        let empty = refusal { _ = try q.db.saveAssessment(Assessment(clientID: client.id!), today: today, by: q.base.caseworker) }
        #expect(empty.contains("Nothing to save"))
        #expect(storeError { _ = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: today),
                                                         today: today, by: q.base.frontDesk) } == .notPermitted(.editClient))
        #expect(try statuses(q, client) == [.referred], "nothing refused changed the status")
    }

    @Test func planJobClosureAndReopenWalkTheWholeLifecycle() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.referral("Ana", "Silva", .trf, received: Self.received)
        let plan = try q.db.openActionPlan(clientID: client.id!, goal: "Warehouse", on: day("2026-03-03"), by: cw)
        #expect(try q.db.client(id: client.id!, by: cw).status == .active)

        let employer = try q.db.addEmployer(Employer(name: "Acme Foods"), by: cw)
        _ = try q.db.recordEmployment(Employment(clientID: client.id!, employerID: employer.id!, jobTitle: "Picker",
                                                 startDate: day("2026-03-09"), hoursPerWeek: 25, isNewEmployer: true), by: cw)
        let monitoring = try q.db.statusHistory(clientID: client.id!, by: cw).last!
        #expect(monitoring.toStatus == .monitoring && monitoring.reason.contains("Acme Foods, started Mon 9 Mar 2026"))

        let current = try #require(try q.db.profilePlan(clientID: client.id!, by: cw)?.plan)
        let closed = try q.db.closeActionPlan(current, reason: "Client withdrew", on: day("2026-04-01"), by: cw)
        #expect(closed.isEarlyExit)
        let closure = try q.db.statusHistory(clientID: client.id!, by: cw).last!
        #expect(closure.toStatus == .closed && closure.changedOn == day("2026-04-01"))
        #expect(closure.reason == "EAP closed: Client withdrew (early exit, R-10)")

        // A closed file takes no new plan or assessment until it is reopened.
        #expect(refusal { _ = try q.db.openActionPlan(clientID: client.id!, goal: nil, on: day("2026-05-01"), by: cw) }.contains("reopen"))
        #expect(refusal { _ = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-05-01")),
                                                      today: day("2026-05-01"), by: cw) }.contains("reopen"))
        #expect(refusal { _ = try q.db.reopenClient(clientID: client.id!, goal: nil, on: day("2026-05-01"), reason: " ", by: cw) }
                    .contains("Say why"))

        let reopened = try q.db.reopenClient(clientID: client.id!, goal: "Retail", on: day("2026-05-04"), reason: "Came back", by: cw)
        #expect(reopened.id != plan.id && reopened.status == .active && reopened.openedOn == day("2026-05-04"))
        #expect(try q.db.client(id: client.id!, by: cw).status == .active)
        #expect(try statuses(q, client) == [.referred, .active, .monitoring, .closed, .active])
        #expect(try q.db.statusHistory(clientID: client.id!, by: cw).last?.reason == "Reopened: Came back")
        // Every earlier record stays: the closed plan and the job.
        #expect(try q.db.scalar("SELECT count(*) FROM action_plan WHERE client_id = ?", [client.id!]) == 2)
        #expect(try q.db.employments(clientID: client.id!).count == 1)
        // Reopening an open file is refused.
        #expect(refusal { _ = try q.db.reopenClient(clientID: client.id!, goal: nil, on: day("2026-05-05"), reason: "again", by: cw) }
                    == "The client is Active, not Closed: there is nothing to reopen.")
        #expect(storeError { _ = try q.db.reopenClient(clientID: client.id!, goal: nil, on: day("2026-05-05"), reason: "x",
                                                       by: q.base.frontDesk) } == .notPermitted(.editActionPlan))
    }

    @Test func editingTheClientRecordNeverChangesItsStatus() throws {
        let q = try QueueFixture()
        var client = try q.referral("Ana", "Silva", .ow, received: Self.received)
        client.status = .closed
        client.phone = "519-555-0199"
        let saved = try q.db.updateClient(client, by: q.base.caseworker, today: day("2026-03-03"))
        #expect(saved.status == .referred && saved.phone == "519-555-0199")
    }
}
