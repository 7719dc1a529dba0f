import Foundation
import Testing
import CaseloadCore

/// Issue #15 item 7: SA-WORKER and R-16 ask for what an imported record lacks, explain
/// themselves, and leave once the fact is recorded.
@Suite struct IntakeGapRuleTests {
    static func facts(source: ReferralSource = .ow, saName: String? = nil, born: String? = nil, attested: Bool = false,
                      created: String = "2025-12-24", status: ClientStatus = .active) -> FollowUpFacts {
        FollowUpFacts(clients: [ClientFact(id: 1, name: "Tremblay, Luc", caseworkerID: 7, referralSource: source,
                                           status: status, saCaseworkerName: saName)],
                      intakeGaps: [IntakeGapFact(clientID: 1, recordCreatedOn: FU.day(created), dateOfBirth: born.map(FU.day),
                                                 isAttested: attested)])
    }

    @Test func missingSACaseworkerExplainsItself() throws {
        let item = try #require(FU.item(.saCaseworker, Self.facts(), asOf: "2025-12-24"))
        #expect(item.key == "SA-WORKER:client:1")
        #expect(item.title == "Record the SA caseworker (OW referral)")
        #expect(item.due == FU.day("2025-12-29"))
        #expect(item.ownerID == 7)
        #expect(item.explanation == "SA-WORKER · OW referral · record created Wed 24 Dec 2025 without the SA caseworker's name"
                + " (intake requires it for OW, ODSP, RASP and TRF referrals: the SA caseworker is told at milestones, R-22)"
                + " · record it from the referral by end of next business day (Thu 25 Dec Christmas Day; Fri 26 Dec Boxing Day; weekend)"
                + " · Mon 29 Dec 2025")
    }

    @Test(arguments: [ReferralSource.ow, .odsp, .rasp, .trf])
    func everySocialAssistanceSourceNeedsTheName(_ source: ReferralSource) {
        #expect(FU.item(.saCaseworker, Self.facts(source: source), asOf: "2026-01-05") != nil)
        #expect(FU.item(.saCaseworker, Self.facts(source: source, saName: "Dana Roe"), asOf: "2026-01-05") == nil)
        #expect(FU.item(.saCaseworker, Self.facts(source: source, saName: "  "), asOf: "2026-01-05") != nil)
    }

    @Test func selfReferralsAndClosedClientsRaiseNothing() {
        #expect(FU.item(.saCaseworker, Self.facts(source: .selfReferred), asOf: "2026-01-05") == nil)
        #expect(FU.item(.saCaseworker, Self.facts(source: .other), asOf: "2026-01-05") == nil)
        #expect(FU.item(.saCaseworker, Self.facts(status: .closed), asOf: "2026-01-05") == nil)
    }

    @Test func missingAttestationExplainsItself() throws {
        let facts = Self.facts(source: .selfReferred, born: "2009-03-15", created: "2026-02-13")
        let item = try #require(FU.item(.r16, facts, asOf: "2026-02-20"))
        #expect(item.key == "R-16:client:1")
        #expect(item.title == "Record the under-18 attestation")
        #expect(item.due == FU.day("2026-02-17"))
        #expect(item.status == .overdue(businessDays: 3))
        #expect(item.explanation == "R-16 · born Sun 15 Mar 2009, 16 when the record was created Fri 13 Feb 2026"
                + " · case-managed service needs an attestation that the client is excused from school or has finished high school"
                + " · record it by end of next business day (Mon 16 Feb Family Day; weekend) · Tue 17 Feb 2026")
    }

    @Test func attestationIsAboutTheAgeAtIntake() {
        // 18 on the day the record was created: nothing to attest.
        #expect(FU.item(.r16, Self.facts(source: .selfReferred, born: "2008-02-13", created: "2026-02-13"), asOf: "2026-02-20") == nil)
        // 17 then, 18 now: still owed (R-16 is about intake).
        #expect(FU.item(.r16, Self.facts(source: .selfReferred, born: "2008-02-14", created: "2026-02-13"), asOf: "2026-03-20") != nil)
        #expect(FU.item(.r16, Self.facts(source: .selfReferred, born: "2009-03-15", attested: true, created: "2026-02-13"),
                        asOf: "2026-02-20") == nil)
        #expect(FU.item(.r16, Self.facts(source: .selfReferred, born: nil, created: "2026-02-13"), asOf: "2026-02-20") == nil)
    }

    @Test func bothGapsAreTwoItems() {
        let items = FollowUpEngine(asOf: FU.day("2026-02-20"), now: FU.instant("2026-02-20 12:00"))
            .items(from: Self.facts(source: .trf, born: "2009-03-15", created: "2026-02-13"))
        #expect(Set(items.map(\.rule)) == [.saCaseworker, .r16])
    }

    @Test func sharedPredicatesMatchTheIntakeRefusals() {
        let today = FU.day("2026-02-13")
        var client = Client(firstName: "Luc", lastName: "Tremblay", dateOfBirth: FU.day("2009-03-15"), referralSource: .ow,
                            referralReceivedOn: today)
        #expect(IntakeGap.gaps(of: client, on: today) == [.saCaseworkerName, .under18Attestation])
        #expect(Set(IntakeValidator.validate(client, today: today).map(\.field)) == ["saCaseworkerName", "under18Attestation"])
        #expect(IntakeValidator.validate(client, today: today, allowingGaps: true).isEmpty)
        client.saCaseworkerName = "N/A"
        #expect(IntakeValidator.validate(client, today: today, allowingGaps: true).map(\.field) == ["saCaseworkerName"],
                "a placeholder is still refused")
    }
}
