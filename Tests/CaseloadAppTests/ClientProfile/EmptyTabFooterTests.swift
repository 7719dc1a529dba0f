import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// A profile tab with no rows offers no key that acts on a selected row: the footer of an empty
/// Referrals, Notes or Employment tab leaves out Enter (and a, K, C, E) and still offers adding one;
/// such a key pressed anyway says why and how to add one. With rows, the footer offers them again.
@MainActor @Suite struct EmptyTabFooterTests {
    typealias U = ClientProfileUpdateTests

    /// The footer as the shell draws it: the bindings it shows, as `key help`.
    static func footer(_ model: ClientProfileModel) -> [String] {
        model.footerKeys.offeredToRole.bindings.filter(\.showInFooter).map { "\($0.footerKey) \($0.help)" }
    }

    static func footer(_ d: TestDriver<CaseloadApp>) -> String { d.lines.last ?? "" }

    // MARK: pure

    @Test func anEmptyReferralsTabOffersFButNotEnterAndEnterSaysHowToAddOne() throws {
        var empty = try ReferralsTabTests.loaded(.caseworker, tab: .referrals)
        #expect(Self.footer(empty).contains("F Referrals out (R-24)"), "\(Self.footer(empty))")
        #expect(!Self.footer(empty).contains { $0.hasPrefix("Enter") }, "nothing to change: \(Self.footer(empty))")
        // Pressed anyway, Enter is refused in words (not a silent no-op).
        #expect(empty.update(.key(.enter)).commands == [.status("no referral yet: F adds one", isError: true)])
        // The help still lists it, with the reason.
        #expect(empty.helpKeys.bindings.contains { $0.help == "Change the referral" && $0.disabledReason == "no referral yet: F adds one" })

        let one = try ReferralsTabTests.loaded(.caseworker, tab: .referrals, referrals: [ReferralsTabTests.referral(3, "Safe Homes", "Housing")])
        #expect(Self.footer(one).prefix(2) == ["F Referrals out (R-24)", "Enter Change the referral"], "\(Self.footer(one))")
    }

    @Test func anEmptyNotesTabOffersNoteButNotReadOrAmend() throws {
        var empty = try U.loaded(tab: .notes)
        #expect(Self.footer(empty).contains("n Note"), "\(Self.footer(empty))")
        #expect(!Self.footer(empty).contains("Enter Read note") && !Self.footer(empty).contains("a Amend"), "\(Self.footer(empty))")
        #expect(empty.update(.key(.enter)).commands == [.status("this client has no notes yet", isError: true)])

        let some = try U.loaded(tab: .notes, notes: [U.header(1)])
        #expect(Self.footer(some).contains("Enter Read note") && Self.footer(some).contains("a Amend"), "\(Self.footer(some))")
    }

    @Test func anEmptyEmploymentTabOffersNewJobButNotCheckpointOrJobChanges() throws {
        var empty = try JobCorrectionUpdateTests.model()
        var data = try U.data()
        data.employments = []
        _ = empty.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        #expect(Self.footer(empty).contains("J New job"), "\(Self.footer(empty))")
        for key in ["K ", "C ", "E "] {
            #expect(!Self.footer(empty).contains { $0.hasPrefix(key) }, "\(key)on no job: \(Self.footer(empty))")
        }
        #expect(empty.update(.key(.char("E"))).commands == [.status("no job to change: J records a job first", isError: true)])

        let one = try JobCorrectionUpdateTests.model()
        #expect(Self.footer(one).filter { ["J", "K", "C", "E"].contains($0.prefix(1)) }
                == ["J New job", "K Correct checkpoint", "C Correct job", "E End job"], "\(Self.footer(one))")
    }

    // MARK: headless, on a real database file

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theReferralsTabFooterWithNoneAndWithOne(size: Size) throws {
        let f = try AppFixture()
        let d = f.profile(f.wang, as: f.caseworker, size: size)
        d.press(.char("9"))
        #expect(d.screen.contains("No referrals to other services yet — F adds one."), "\(d.screen)")
        #expect(Self.footer(d).contains("F Referrals out (R-24)"), "\(d.screen)")
        #expect(!Self.footer(d).contains("Enter"), "no referral to change: \(Self.footer(d))")
        d.press(.enter)
        #expect(d.statusLine.contains("no referral yet: F adds one"), "\(d.screen)")
        d.press(.function(1))
        #expect(d.screen.contains("Change the referral (unavailable: no referral yet"), "the help says why\n\(d.screen)")
        d.press(.escape)

        _ = try f.db.saveReferralOut(ReferralOut(clientID: f.wang.id!, partner: "Safe Homes", serviceType: "Housing", madeOn: AppFixture.today),
                                     today: AppFixture.today, by: f.caseworker)
        let after = f.profile(f.wang, as: f.caseworker, size: size)
        after.press(.char("9"))
        #expect(after.screen.contains("Safe Homes"), "\(after.screen)")
        #expect(Self.footer(after).contains("F Referrals out (R-24)  Enter Change the referral"), "\(Self.footer(after))")
    }

    @Test func theNotesAndEmploymentFootersWithNoneAndWithSome() throws {
        let f = try AppFixture()
        let none = f.profile(f.wang, as: f.caseworker, tab: .notes)
        #expect(Self.footer(none).contains("n Note"), "\(none.screen)")
        #expect(!Self.footer(none).contains("Enter") && !Self.footer(none).contains("a Amend"), "\(Self.footer(none))")
        let some = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        #expect(Self.footer(some).contains("a Amend") && Self.footer(some).contains("Enter Read note"), "\(Self.footer(some))")

        // Filtered down to no row, Zoë's notes offer no row either, and Enter says what hides them.
        some.press(.char("/")); some.type("zzzqq"); some.press(.enter)
        #expect(!Self.footer(some).contains("Enter") && !Self.footer(some).contains("a Amend"), "\(some.screen)")
        some.press(.enter)
        #expect(some.statusLine == "! no note matches the filters: x clears them", "\(some.screen)")
        some.press(.char("x"))
        #expect(Self.footer(some).contains("Enter Read note"), "\(some.screen)")

        let noJob = f.profile(f.wang, as: f.caseworker, tab: .employment)
        #expect(Self.footer(noJob).contains("J New job"), "\(noJob.screen)")
        for pair in ["K Checkpoint", "C Correct job", "E End job"] {
            #expect(!Self.footer(noJob).contains(pair), "\(pair) on no job: \(Self.footer(noJob))")
        }
        let job = f.profile(f.zoe, as: f.caseworker, tab: .employment)
        #expect(Self.footer(job).contains("J New job  K Checkpoint  C Correct job  E End job"), "\(Self.footer(job))")
    }
}
