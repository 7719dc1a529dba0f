import CaseloadCore
import CaseloadStore
import Foundation
import TerminalKit
import Testing
@testable import CaseloadApp

/// Referrals out on their own profile tab: number keys (0 for a tenth tab), a tab row that
/// fits 80 columns with the selected tab in sight, the list read with the profile, and F / Enter
/// opening the referrals-out screen.
@MainActor @Suite struct ReferralsTabTests {
    typealias U = ClientProfileUpdateTests

    static func referral(_ id: Int64, _ partner: String, _ type: String, status: ReferralOutStatus = .made) -> ReferralOut {
        ReferralOut(id: id, clientID: U.zoeID, partner: partner, serviceType: type, madeOn: AppFixture.today, status: status,
                    outcomeNote: "Called them", followUpOn: AppFixture.today.adding(days: 7))
    }

    static func loaded(_ role: StaffRole, tab: ProfileTab = .summary, referrals: [ReferralOut]? = []) throws -> ClientProfileModel {
        var model = ClientProfileModel(context: U.context(role), clientID: U.zoeID, tab: tab)
        _ = model.update(.reload)
        var data = try U.data()
        data.referralsOut = role.allows(.viewActionPlan) ? referrals : nil
        _ = model.update(.loaded(.profile(data, noteMatches: nil, knownNotes: nil)))
        return model
    }

    // MARK: pure

    @Test func nineIsReferralsAndZeroIsTheTenthTab() throws {
        var model = try Self.loaded(.supervisor)
        #expect(model.update(.key(.char("9"))).isHandled)
        #expect(model.state.tab == .referrals)
        _ = model.update(.key(.char("0")))
        #expect(model.state.tab == .history)
        _ = model.update(.key(.char("4")))
        #expect(model.state.tab == .eap)
        #expect(model.helpKeys.bindings.contains { $0.help == "Go to tab 1–9, 0" })
        // A caseworker has nine tabs: 0 is not a tab key.
        var caseworker = try Self.loaded(.caseworker)
        _ = caseworker.update(.key(.char("9")))
        #expect(caseworker.state.tab == .referrals)
        #expect(caseworker.update(.key(.char("0"))).isEmpty)
        #expect(caseworker.state.tab == .referrals)
        #expect(caseworker.helpKeys.bindings.contains { $0.help == "Go to tab 1–9" })
        // Moving past the last tab wraps to the first.
        _ = caseworker.update(.key(.right))
        #expect(caseworker.state.tab == .summary)
        _ = caseworker.update(.key(.left))
        #expect(caseworker.state.tab == .referrals)
    }

    @Test func frontDeskIsOfferedNoReferralsTabAndFIsRefused() throws {
        #expect(!ProfileTab.offered(to: .frontDesk).contains(.referrals))
        var model = try Self.loaded(.frontDesk, referrals: nil)
        #expect(model.update(.key(.char("9"))).isEmpty, "eight tabs: 9 is no tab key")
        #expect(model.state.tab == .summary)
        #expect(model.update(.key(.char("F"))).commands == [.status(Permission.viewActionPlan.refusal, isError: true)])
        // A route straight to the tab opens the Summary instead.
        let routed = try Self.loaded(.frontDesk, tab: .referrals, referrals: nil)
        #expect(routed.state.tab == .summary)
    }

    @Test func enterChangesTheSelectedReferralAndFOpensTheList() throws {
        var model = try Self.loaded(.caseworker, tab: .referrals,
                                    referrals: [Self.referral(3, "Safe Homes", "Housing"), Self.referral(2, "Legal Aid", "Legal")])
        _ = model.update(.key(.down))
        #expect(model.update(.key(.enter)).commands == [.open(.referralsOut(clientID: U.zoeID, changing: 2))])
        #expect(model.update(.key(.char("F"))).commands == [.open(.referralsOut(clientID: U.zoeID))])
        #expect(model.footerKeys.bindings.contains { $0.help == "Change the referral" && $0.showInFooter })
        // None yet: Enter says how to add one.
        var empty = try Self.loaded(.caseworker, tab: .referrals)
        #expect(empty.update(.key(.enter)).commands == [.status("no referral yet: F adds one", isError: true)])
        // Elsewhere Enter still reads a note.
        var notes = try Self.loaded(.caseworker, tab: .notes)
        #expect(notes.update(.key(.enter)).commands != [.status("no referral yet: F adds one", isError: true)])
    }

    @Test func theReferralsOutScreenOpensTheChosenReferralsFormAndGoesBackAfterIt() {
        let ctx = U.context(.caseworker)
        var model = ReferralsOutModel(context: ctx, clientID: U.zoeID, changing: 2)
        _ = model.update(.reload)
        _ = model.update(.loaded(.loaded(clientName: "Côté, Zoë", referrals: [Self.referral(3, "Safe Homes", "Housing"),
                                                                                Self.referral(2, "Legal Aid", "Legal")],
                                         serviceTypes: ["Housing", "Legal"])))
        #expect(model.editing?.id == 2)
        #expect(model.update(.key(.escape)).commands == [.back], "nothing typed: straight back to the profile")
        var saving = ReferralsOutModel(context: ctx, clientID: U.zoeID, changing: 2)
        _ = saving.update(.loaded(.loaded(clientName: "Côté, Zoë", referrals: [Self.referral(2, "Legal Aid", "Legal")], serviceTypes: ["Legal"])))
        #expect(saving.update(.loaded(.saved(Self.referral(2, "Legal Aid", "Legal", status: .connected)))).commands
                == [.status("Referral to Legal Aid saved: Connected.", isError: false), .back])
        // Opened with F (no referral chosen) it stays a list after a save.
        var list = ReferralsOutModel(context: ctx, clientID: U.zoeID)
        _ = list.update(.loaded(.loaded(clientName: "Côté, Zoë", referrals: [], serviceTypes: ["Legal"])))
        #expect(list.editing == nil)
    }

    @Test func theTabRowKeepsTheSelectedTabInSight() {
        for role in StaffRole.allCases {
            let offered = ProfileTab.offered(to: role)
            for (i, tab) in offered.enumerated() {
                let tabs = ProfileTab.tabs(for: role, active: tab, short: true, tight: true)
                let range = ProfileTabBar.visibleRange(tabs, width: 80)
                #expect(range?.contains(i) == true, "\(role) \(tab)")
                if let range { #expect(ProfileTabBar.compactWidth(tabs, range) <= 80) }
            }
        }
    }

    // MARK: headless, on a real database file

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func theTabListsReferralsAndFAddsOne(size: Size) throws {
        let f = try AppFixture()
        let d = f.profile(f.wang, as: f.caseworker, size: size)
        d.press(.char("9"))
        let title = size.width == 80 ? "[9 Refs]" : "[9 Referrals]"
        #expect(d.tabLine.contains(title), "\(d.tabLine)")
        #expect(!d.tabLine.contains("‹") && !d.tabLine.contains("›"), "a caseworker's nine tabs all fit: \(d.tabLine)")
        #expect(d.tabLine.trimmingCharacters(in: .whitespaces).terminalWidth <= size.width)
        #expect(d.screen.contains("No referrals to other services yet — F adds one."), "\(d.screen)")
        #expect(d.screen.contains("Life-stabilization referrals (*): 0 of 0"))
        #expect(d.lines[size.height - 1].contains("F Referrals out (R-24)"), "the footer offers F first: \(d.lines[size.height - 1])")
        d.press(.char("F"))
        d.recordReferralOut(partner: "Safe Homes", service: "hous", followUp: "2026-01-29")
        #expect(d.statusLine == "Referral to Safe Homes recorded.", "\(d.screen)")
        d.press(.escape)
        #expect(d.tabLine.contains(title), "back on the tab: \(d.screen)")
        let row = try #require(d.lines.first { $0.contains("Safe Homes") }, "\(d.screen)")
        #expect(row.contains("2026-01-15") && row.contains("Housing *") && row.contains("Made") && row.contains("2026-01-29"), "\(row)")
        #expect(d.screen.contains("Life-stabilization referrals (*): 1 of 1"))
        #expect(d.screen.contains("Outcome  no outcome note yet"), "\(d.screen)")
        // Enter opens that referral's form; Esc with nothing typed is back on the tab.
        d.press(.enter)
        #expect(d.screen.contains("Change the referral"), "\(d.screen)")
        d.press(.escape)
        #expect(d.tabLine.contains(title), "\(d.screen)")
    }

    @Test func aSupervisorSeesTheTenthTabAt80And200Columns() throws {
        let f = try AppFixture()
        for width in [80, 200] {
            let d = f.profile(f.zoe, as: f.supervisor, size: Size(width: width, height: width == 80 ? 24 : 60))
            d.press(.char("9"))
            #expect(d.tabLine.contains(width == 80 ? "[9 Refs]" : "[9 Referrals]"), "\(width): \(d.tabLine)")
            d.press(.char("0"))
            #expect(d.tabLine.contains("[0 History]"), "\(width): \(d.tabLine)")
            #expect(d.tabLine.trimmingCharacters(in: .whitespaces).terminalWidth <= width)
            if width == 200 { #expect(d.tabLine.contains("1 Summary") && !d.tabLine.contains("‹"), "all ten, full titles: \(d.tabLine)") }
        }
    }

    @Test func frontDeskSeesNoReferralsOnTheProfile() throws {
        let f = try AppFixture()
        _ = try f.db.saveReferralOut(ReferralOut(clientID: f.wang.id!, partner: "Safe Homes", serviceType: "Housing", madeOn: AppFixture.today),
                                     today: AppFixture.today, by: f.caseworker)
        let d = f.profile(f.wang, as: f.frontDesk, size: Size(width: 200, height: 60))
        #expect(!d.tabLine.contains("Referrals"), "\(d.tabLine)")
        #expect(d.profileScreen?.state.data?.referralsOut == nil, "not even loaded")
        #expect(!d.screen.contains("Safe Homes"))
    }
}
