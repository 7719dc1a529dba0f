import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Finding a client and moving around the profile, as a caseworker does all day.
@MainActor @Suite struct ProfileNavigationTests {
    @Test func openingAClientFromTheListShowsTheProfile() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.char("/"))
        d.type("cote")
        #expect(d.screen.contains("Côté, Zoë"))
        d.press(.enter)            // opens the best match straight from the search field
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .summary))
        #expect(d.headerLine.hasPrefix(" Côté, Zoë · CaMS not linked · born 1998-07-05 (age 27) · TRF · Active"))
        #expect(d.tabLine.contains("[1 Summary]"))
        #expect(d.screen.contains("SA worker   Pat Singh · 519-555-0199"))
        d.press(.escape)
        #expect(d.route == .clientList)
    }

    @Test func numberKeysOpenEveryTab() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        let expected: [(ProfileTab, String)] = [
            (.summary, "Latest notes (3 in all · tab 5)"),
            (.info, "Preferred language    French"),
            (.assessment, "No common assessment recorded for this client yet."),
            (.eap, "No Employment Action Plan for this client yet."),
            (.notes, "Job offer at Maple Foods"),
            (.appointments, "No appointments."),
            (.employment, "1 month   Sun 30 Nov 2025  ! overdue — not recorded"),
            (.followUps, "No follow-ups made by hand for this client"),
            (.referrals, "No referrals to other services yet — F adds one."),
        ]
        for (tab, text) in expected {
            d.press(.char(Character(String(tab.rawValue + 1))))
            #expect(d.tabLine.contains("[\(tab.rawValue + 1) \(tab.tightTitle)]"), "tab \(tab.title) is not marked active: \(d.tabLine)")
            #expect(d.screen.contains(text), "tab \(tab.title) lacks “\(text)”:\n\(d.screen)")
        }
    }

    @Test func arrowsAndTabMoveBetweenTabsAndWrap() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker)
        d.press(.right)
        #expect(d.tabLine.contains("[2 Info]"))
        d.press(.tab, .tab)
        #expect(d.tabLine.contains("[4 EAP]"))
        d.press(.backTab, .left, .left)
        #expect(d.tabLine.contains("[1 Summary]"))
        d.press(.left)
        #expect(d.tabLine.contains("[9 Refs]"), "moving left from the first tab wraps to the last")
    }

    @Test func enterOnANoteOpensItsBodyAndEscClosesOnlyThePager() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        d.press(.down, .enter)
        #expect(d.screen.contains("┌ Left voicemail about workshop"))
        #expect(d.screen.contains("Spoke with Zoë. Left voicemail about workshop. Next step agreed"))
        d.press(.escape)
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .notes))
        #expect(!d.screen.contains("Next step agreed"))
        #expect(d.screen.contains("> 2026-01-09"))   // the selection stayed on the note read
    }

    @Test func aChangeFromAnotherTerminalReloadsKeepingTabAndSelection() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .notes)
        d.press(.down)
        let other = try f.otherTerminal()
        _ = try other.addCaseNote(CaseNote(clientID: f.zoe.id!, authorID: 0, interactionAt: AppFixture.now.addingTimeInterval(-3600),
                                           communication: "Email", type: "General", subject: "Sent the workshop dates",
                                           body: "Emailed the dates."), by: f.otherCaseworker)
        d.tick()
        #expect(d.tabLine.contains("[5 Notes]"))
        #expect(d.screen.contains("Sent the workshop dates"))
        #expect(d.screen.contains("> 2026-01-09"))   // the same note is still selected, one row lower
    }

    @Test func eKeyOpensTheIntakeFormOnThisClientAndSavingComesBack() throws {
        let f = try AppFixture()
        let d = f.profile(f.zoe, as: f.caseworker, tab: .info)
        d.press(.char("e"))
        #expect(d.route == .intake(clientID: f.zoe.id!))
        #expect(d.screen.contains("First name:        Zoë"))
        d.press(.tab, .tab)          // to Preferred name
        d.type("Zo")
        d.press(.ctrl("s"))
        #expect(d.route == .profile(clientID: f.zoe.id!, tab: .info))
        #expect(d.screen.contains("Preferred name        Zo"))
        #expect(d.statusLine.contains("Saved"))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).preferredName == "Zo")
    }
}
