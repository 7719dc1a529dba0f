import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// Issue #15 item 7: a CaMS extract of existing clients without the SA caseworker's name or the
/// under-18 attestation is imported (not refused), counted, and each gap is a follow-up until recorded.
@Suite struct ImportIntakeGapTests {
    /// Born 2010: under 18 both on `importToday` and on the day the test runs (the record's creation).
    static let extract = """
        cams_reference,first_name,last_name,date_of_birth,referral_source,referral_received_on,caseworker,under18_attestation
        300000001,Ana,Silva,1990-01-01,OW,2025-05-01,dlee,
        300000002,Ben,Okafor,2010-01-01,Self,,dlee,
        300000003,Cleo,Park,2010-01-01,Self,,dlee,yes
        300000004,Dev,Rao,2010-01-01,ODSP,2025-05-01,dlee,no

        """

    private func queue(_ f: Fixture, scope: FollowUpScope = .everyone) throws -> [DueItem] {
        let today = LocalDate(Date(), in: FollowUpEngine.agencyTimeZone)
        return try f.db.followUpQueue(asOf: today, now: Date(), scope: scope)
    }

    @Test func gapsAreImportedCountedAndFollowedUp() throws {
        let f = try Fixture()
        let report = try f.importFile(text: Self.extract)
        #expect(report.problems.isEmpty)
        #expect(report.wasWritten)
        #expect(report.created == 4)
        #expect(report.missingSACaseworker == 2)
        #expect(report.missingAttestation == 2)
        #expect(try f.clientByReference("300000003")?.under18Attestation == true)
        #expect(try f.clientByReference("300000004")?.under18Attestation == false)

        let ids = try ["300000001", "300000002", "300000003", "300000004"].map { try #require(try f.clientByReference($0)?.id) }
        for scope in [FollowUpScope.everyone, FollowUpScope(caseworkerID: f.caseworker.id), FollowUpScope(clientIDs: ids)] {
            let items = try queue(f, scope: scope).filter { $0.rule == .saCaseworker || $0.rule == .r16 }
            #expect(Set(items.map { "\($0.rule.rawValue) \($0.clientID)" }) == [
                "SA-WORKER \(ids[0])", "R-16 \(ids[1])", "SA-WORKER \(ids[3])", "R-16 \(ids[3])",
            ], "\(scope)")
            #expect(items.allSatisfy { $0.ownerID == f.caseworker.id && $0.explanation.hasPrefix($0.rule.rawValue + " · ") })
        }

        // Recording the facts makes the items leave by themselves.
        var ana = try #require(try f.clientByReference("300000001"))
        ana.saCaseworkerName = "Pat Smith"
        _ = try f.db.updateClient(ana, by: f.caseworker, today: importToday)
        var ben = try #require(try f.clientByReference("300000002"))
        ben.under18Attestation = true
        _ = try f.db.updateClient(ben, by: f.caseworker, today: importToday)
        let left = try queue(f).filter { $0.rule == .saCaseworker || $0.rule == .r16 }
        #expect(Set(left.map { "\($0.rule.rawValue) \($0.clientID)" }) == ["SA-WORKER \(ids[3])", "R-16 \(ids[3])"])

        // A later extract that carries them clears the rest.
        let again = try f.importFile(text: """
            cams_reference,sa_caseworker_name,under18_attestation
            300000004,Jo Bloggs,yes

            """)
        #expect(again.updated == 1)
        #expect(again.missingSACaseworker == 0 && again.missingAttestation == 0)
        #expect(try queue(f).filter { $0.rule == .saCaseworker || $0.rule == .r16 }.isEmpty)
    }

    @Test func aPlaceholderNameOrABadAttestationCellIsStillAProblem() throws {
        let f = try Fixture()
        let report = try f.importFile(text: """
            cams_reference,first_name,last_name,referral_source,referral_received_on,sa_caseworker_name,under18_attestation
            300000011,Ana,Silva,OW,2025-05-01,N/A,
            300000012,Ben,Okafor,Self,,,maybe

            """)
        #expect(!report.wasWritten)
        #expect(report.problems.map(\.description) == [
            "line 2: sa_caseworker_name: SA caseworker name 'N/A' is a placeholder: enter the caseworker's name from the referral.",
            "line 3: under18_attestation: 'maybe' must be yes or no",
        ])
    }

    @Test func anExtractNeverTakesBackARecordedAttestation() throws {
        let f = try Fixture()
        _ = try f.importFile(text: "cams_reference,first_name,last_name,date_of_birth,under18_attestation\n300000021,Cleo,Park,2010-01-01,yes\n")
        let report = try f.importFile(text: "cams_reference,under18_attestation\n300000021,no\n")
        #expect(report.unchanged == 1)
        #expect(try f.clientByReference("300000021")?.under18Attestation == true)
    }
}
