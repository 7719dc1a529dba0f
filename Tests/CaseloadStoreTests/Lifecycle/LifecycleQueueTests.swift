import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The follow-up rules the lifecycle changes (#18): for referrals entered in the app,
/// R-03's close as unable to contact, R-22's SA milestones, R-23's narrower R-15, R-24's referrals out,
/// and a closed client raising nothing.
@Suite struct LifecycleQueueTests {
    let zone = QueueFixture.zone

    func noon(_ iso: String) -> Date { day(iso).startInstant(in: zone).addingTimeInterval(12 * 3600) }

    func attempt(_ q: QueueFixture, _ client: Client, _ iso: String, _ result: ContactResult = .noAnswer) throws {
        _ = try q.db.addContactAttempt(ContactAttempt(clientID: client.id!, staffID: 0, attemptedAt: noon(iso), method: "Phone",
                                                      result: result), by: q.base.caseworker)
    }

    func saNote(_ q: QueueFixture, _ client: Client, _ iso: String) throws {
        _ = try q.db.addCaseNote(CaseNote(clientID: client.id!, authorID: 0, interactionAt: noon(iso), communication: "Phone",
                                          type: "SA Communication", subject: "Told OW", body: "Told the SA caseworker."),
                                 by: q.base.caseworker)
    }

    func rules(_ q: QueueFixture, _ client: Client, asOf: String) throws -> [FollowUpRule] {
        try q.queue(asOf).filter { $0.clientID == client.id }.map(\.rule)
    }

    @Test func appEnteredTRFReferralGetsItsDeadlinesAndClosesAsUnableToContactAtTenBusinessDays() throws {
        let q = try QueueFixture()
        // Received Mon 2 Mar 2026: R-01 due Tue 3 Mar, R-02 and R-03 at +10 business days, Mon 16 Mar.
        let client = try q.referral("Tia", "Moss", .trf, received: "2026-03-02")
        let first = try #require(try q.item(.r01, client, asOf: "2026-03-03"))
        #expect(first.due == day("2026-03-03") && first.status == .dueToday)
        #expect(try q.item(.r02, client, asOf: "2026-03-03")?.due == day("2026-03-16"))

        try attempt(q, client, "2026-03-03")
        // One attempt: refused, with the rule's reason, even after 10 business days.
        let oneAttempt = refusal { _ = try q.db.closeAsUnableToContact(clientID: client.id!, on: day("2026-03-16"), by: q.base.caseworker) }
        #expect(oneAttempt.hasPrefix("Refused (R-03): only 1 unsuccessful contact attempt is recorded"))
        try attempt(q, client, "2026-03-09", .voicemail)
        // Two attempts but 9 business days (Fri 13 Mar): refused.
        let nineDays = refusal { _ = try q.db.closeAsUnableToContact(clientID: client.id!, on: day("2026-03-13"), by: q.base.caseworker) }
        #expect(nineDays.hasPrefix("Refused (R-03): only 9 business days have passed"))
        #expect(try q.db.unableToContactDecision(clientID: client.id!, on: day("2026-03-13"), by: q.base.caseworker).isAllowed == false)
        #expect(try rules(q, client, asOf: "2026-03-16").contains(.r03))

        let closed = try q.db.closeAsUnableToContact(clientID: client.id!, on: day("2026-03-16"), by: q.base.caseworker)
        #expect(closed.status == .closed)
        let change = try #require(try q.db.statusHistory(clientID: client.id!, by: q.base.caseworker).last)
        #expect(change.toStatus == .closed && change.changedOn == day("2026-03-16") && change.reason.hasPrefix("Unable to contact (R-03)"))
        #expect(try rules(q, client, asOf: "2026-03-16").isEmpty, "a closed client raises no rule follow-ups")
        #expect(try rules(q, client, asOf: "2026-09-16").isEmpty)
        // Closing twice is refused: the client is no longer a referral.
        #expect(refusal { _ = try q.db.closeAsUnableToContact(clientID: client.id!, on: day("2026-03-17"), by: q.base.caseworker) }
                    .contains("not a referral waiting for first contact"))
    }

    @Test func closeAsUnableToContactIsRefusedWhenTheClientWasReachedOrIsNotRASPOrTRF() throws {
        let q = try QueueFixture()
        let reached = try q.referral("Ron", "Hale", .rasp, received: "2026-03-02")
        try attempt(q, reached, "2026-03-03")
        try attempt(q, reached, "2026-03-04", .reached)
        try attempt(q, reached, "2026-03-05")
        #expect(refusal { _ = try q.db.closeAsUnableToContact(clientID: reached.id!, on: day("2026-03-20"), by: q.base.caseworker) }
                    .contains("reached the client"))
        let ow = try q.referral("Oli", "Ward", .ow, received: "2026-03-02")
        #expect(refusal { _ = try q.db.closeAsUnableToContact(clientID: ow.id!, on: day("2026-03-20"), by: q.base.caseworker) }
                    .contains("only a RASP or TRF referral"))
        #expect(storeError { _ = try q.db.closeAsUnableToContact(clientID: ow.id!, on: day("2026-03-20"), by: q.base.frontDesk) }
                    == .notPermitted(.editClient))
    }

    @Test func owReferralShowsR04AsUpcomingFromReceiptUntilAnSACommunication() throws {
        let q = try QueueFixture()
        let client = try q.referral("Oli", "Ward", .ow, received: "2026-03-02")
        let item = try #require(try q.item(.r04, client, asOf: "2026-03-02"))
        #expect(item.status == .upcoming && item.due == day("2026-03-09"))
        try saNote(q, client, "2026-03-04")
        #expect(try q.item(.r04, client, asOf: "2026-03-04") == nil)
    }

    @Test func r15OnlyForActiveAndMonitoringClientsWithoutAPBFJobSinceTheLatestAssessment() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        // A Referred client with an assessment (as an import can leave one): no R-15.
        let referred = try q.referral("Ria", "Fern", .odsp, received: "2026-01-05")
        try q.db.execute("INSERT INTO assessment(client_id, module2_completed_on) VALUES (?, '2026-01-06')", [referred.id!])
        #expect(try q.item(.r15, referred, asOf: "2026-04-20") == nil)

        let client = try q.referral("Ana", "Silva", .ow, received: "2026-01-05")
        _ = try q.db.saveAssessment(Assessment(clientID: client.id!, module1CompletedOn: day("2026-01-06"),
                                               module2CompletedOn: day("2026-01-07")), today: day("2026-01-07"), by: cw)
        #expect(try q.item(.r15, client, asOf: "2026-04-20")?.due == day("2026-04-17"))
        _ = try q.db.openActionPlan(clientID: client.id!, goal: nil, on: day("2026-01-08"), by: cw)
        let employer = try q.db.addEmployer(Employer(name: "Old Shop"), by: cw)
        // A 12-hour job is not PBF-eligible: R-15 stays.
        let part = try q.db.recordEmployment(Employment(clientID: client.id!, employerID: employer.id!, jobTitle: "Clerk",
                                                        startDate: day("2026-02-02"), hoursPerWeek: 12, isNewEmployer: true), by: cw)
        #expect(!part.employment.isPBFEligible)
        #expect(try q.db.client(id: client.id!, by: cw).status == .monitoring)
        #expect(try q.item(.r15, client, asOf: "2026-04-20") != nil)
        // A 25-hour job with a new employer is: R-15 goes.
        let newEmployer = try q.db.addEmployer(Employer(name: "New Co"), by: cw)
        let full = try q.db.recordEmployment(Employment(clientID: client.id!, employerID: newEmployer.id!, jobTitle: "Picker",
                                                        startDate: day("2026-03-02"), hoursPerWeek: 25, isNewEmployer: true), by: cw)
        #expect(full.employment.isPBFEligible)
        #expect(try q.item(.r15, client, asOf: "2026-04-20") == nil)
    }

    @Test func saMilestonesRaiseTellTheSACaseworkerUntilAnSACommunicationNote() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.referral("Ana", "Silva", .ow, received: "2026-01-05")
        _ = try q.db.openActionPlan(clientID: client.id!, goal: nil, on: day("2026-01-08"), by: cw)
        try saNote(q, client, "2026-01-09")   // satisfies R-04, before any milestone
        let employer = try q.db.addEmployer(Employer(name: "Acme Foods"), by: cw)
        let job = try q.db.recordEmployment(Employment(clientID: client.id!, employerID: employer.id!, jobTitle: "Picker",
                                                       startDate: day("2026-03-06"), hoursPerWeek: 25, isNewEmployer: true), by: cw)
        let item = try #require(try q.item(.r22, client, asOf: "2026-03-09"))
        #expect(item.itemKey == .jobMilestone(employmentID: job.employment.id!))
        #expect(item.due == day("2026-03-09") && item.title == "Tell the SA caseworker (Pat Singh): job found")
        #expect(item.explanation.contains("started a job with Acme Foods Fri 6 Mar 2026"))
        // A support submitted later is its own milestone.
        try q.db.execute("""
            INSERT INTO financial_support(client_id, recipient, category, amount_cents, status, submitted_on)
            VALUES (?, 'Job Seeker', 'Transportation', 12000, 'Submitted', '2026-03-20')
            """, [client.id!])
        #expect(try q.queue("2026-03-23").filter { $0.clientID == client.id && $0.rule == .r22 }.count == 2)
        try saNote(q, client, "2026-03-10")
        let left = try q.queue("2026-03-23").filter { $0.clientID == client.id && $0.rule == .r22 }
        #expect(left.map(\.title) == ["Tell the SA caseworker (Pat Singh): funding requested"])
        try saNote(q, client, "2026-03-23")
        #expect(try q.item(.r22, client, asOf: "2026-03-23") == nil)
        // A self-referred client's job tells nobody.
        let walkIn = try q.db.createClient(Client(firstName: "Bo", lastName: "Chen", phone: "519-555-0142", caseworkerID: cw.id),
                                           by: cw, today: day("2026-01-05"))
        _ = try q.db.recordEmployment(Employment(clientID: walkIn.id!, employerID: employer.id!, jobTitle: "Picker",
                                                 startDate: day("2026-03-06"), hoursPerWeek: 25, isNewEmployer: true), by: cw)
        #expect(try q.item(.r22, walkIn, asOf: "2026-03-09") == nil)
    }

    @Test func referralOutFollowUpIsDueOnItsDateUntilSettled() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.db.createClient(Client(firstName: "Bo", lastName: "Chen", phone: "519-555-0142", caseworkerID: cw.id),
                                           by: cw, today: day("2026-03-02"))
        var referral = try q.db.saveReferralOut(ReferralOut(clientID: client.id!, partner: " Safe Homes ", serviceType: "Housing",
                                                            madeOn: day("2026-03-02"), followUpOn: day("2026-03-16")),
                                                today: day("2026-03-02"), by: cw)
        #expect(referral.partner == "Safe Homes" && referral.isLifeStabilization)
        let item = try #require(try q.item(.r24, client, asOf: "2026-03-16"))
        #expect(item.status == .dueToday && item.title == "Follow up the housing referral to Safe Homes")
        referral.status = .connected
        referral.outcomeNote = "Has a room from April."
        referral = try q.db.saveReferralOut(referral, today: day("2026-03-16"), by: cw)
        #expect(referral.version == 1)
        #expect(try q.item(.r24, client, asOf: "2026-03-16") == nil)
        #expect(try q.db.referralsOut(clientID: client.id!, by: cw).map(\.status) == [.connected])
    }

    @Test func referralOutRefusals() throws {
        let q = try QueueFixture()
        let cw = q.base.caseworker
        let client = try q.db.createClient(Client(firstName: "Bo", lastName: "Chen", phone: "519-555-0142", caseworkerID: cw.id),
                                           by: cw, today: day("2026-03-02"))
        let today = day("2026-03-10")
        let bad = refusal { _ = try q.db.saveReferralOut(ReferralOut(clientID: client.id!, partner: "", serviceType: "Housing",
                                                                     madeOn: day("2026-03-11"), followUpOn: day("2026-03-09")),
                                                         today: today, by: cw) }
        #expect(bad.contains("Name the partner organisation") && bad.contains("Referral date 2026-03-11 is in the future"))
        #expect(bad.contains("Follow-up date 2026-03-09 is before the referral"))
        let unknownType = storeError { _ = try q.db.saveReferralOut(ReferralOut(clientID: client.id!, partner: "Legal Aid",
                                                                                serviceType: "Astrology", madeOn: today),
                                                                    today: today, by: cw) }
        #expect(unknownType == .notInValueList(kind: .referralServiceType, value: "Astrology"))
        #expect(storeError { _ = try q.db.referralsOut(clientID: client.id!, by: q.base.frontDesk) } == .notPermitted(.viewActionPlan))
        #expect(storeError { _ = try q.db.saveReferralOut(ReferralOut(clientID: client.id!, partner: "Legal Aid", serviceType: "Legal",
                                                                      madeOn: today), today: today, by: q.base.frontDesk) }
                    == .notPermitted(.editActionPlan))
        #expect(try q.db.valueList(.referralServiceType).map(\.value)
                    == ["Housing", "Mental health and addictions", "Identification", "Legal", "Child care", "Training", "Other"])
    }
}
