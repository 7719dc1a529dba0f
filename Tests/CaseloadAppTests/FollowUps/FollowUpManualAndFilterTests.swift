import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Follow-ups made by hand, the filters, and the administrators' calendar panel.
@MainActor @Suite struct FollowUpManualAndFilterTests {
    @Test func aCaseworkerAddsAFollowUpForTheSelectedClient() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        d.press(.char("m"))
        #expect(d.screen.contains("New follow-up") && d.screen.contains("Côté, Zoë"))
        d.type("Bring the signed consent form")
        d.press(.enter, .enter)                            // due: the default, in a week
        #expect(d.statusLine == "Added “Bring the signed consent form” for Côté, Zoë, due Thu 22 Jan 2026.")
        #expect(d.lines.contains { $0.contains("MANUAL") && $0.contains("Bring the signed consent form") })
    }

    @Test func theClientSearchFindsAnotherClient() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor, start: .followUps(caseworkerID: f.otherCaseworker.id))
        d.press(.char("m"))
        d.press(.backTab)                                  // back from the title to the client
        d.press(.ctrl("u")); d.type("wang")
        #expect(!d.screen.contains("王, 秀英"))            // "wang" is not how 王秀英 is written
        d.press(.ctrl("u")); d.type("haddad")
        #expect(d.screen.contains("> Haddad, Amira"))
        d.press(.enter)
        d.type("Call Lee Wong about the missed start")
        d.press(.enter, .enter, .enter)                    // title → due → owner (Marie Roy) → save
        #expect(d.statusLine.hasPrefix("Added “Call Lee Wong about the missed start” for Haddad, Amira"))
        #expect(d.lines.contains { $0.contains("MANUAL") && $0.contains("Haddad, Amira") })
    }

    @Test func filtersNarrowByClientAndRuleAndSayHowToClear() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.supervisor, start: .followUps(caseworkerID: nil))
        #expect(d.lines[1].contains("Everyone's follow-ups"), "a supervisor's F3 opens on everyone's items (#22)")
        d.press(.char("w")); d.type("Everyone"); d.press(.enter)
        #expect(d.lines[1].contains("Everyone's follow-ups"))
        #expect(d.lines[3].contains("Owner"))
        d.press(.char("/")); d.type("cote"); d.press(.enter)
        #expect(d.lines.dropFirst(4).allSatisfy { !$0.contains("Gagné") })
        #expect(d.lines.contains { $0.contains("Côté, Zoë") })
        d.press(.char("f")); d.type("R-04"); d.press(.enter)
        #expect(d.screen.contains("No item matches these filters. Press x to clear them."))
        d.press(.char("x"))
        #expect(d.lines.contains { $0.contains("Gagné, Hélène") } && d.lines.contains { $0.contains("Côté, Zoë") })
    }

    @Test func administratorsEditTheCalendarAndOthersAreToldWhy() throws {
        let f = try AppFixture()
        let cw = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        cw.press(.char("C"))
        #expect(cw.statusLine.contains(Permission.manageCalendar.refusal))

        let d = f.driver(as: f.admin, start: .followUps(caseworkerID: nil))
        d.press(.char("C"))
        #expect(d.screen.contains("Observed substitutes: ON"))
        d.press(.char("s"))
        #expect(d.screen.contains("Observed substitutes: OFF") && d.statusLine.hasPrefix("Observed substitutes off"))
        #expect(try f.db.observedSubstitutes() == false)
        d.press(.char("a"))
        d.type("2026-01-16"); d.press(.tab, .tab); d.type("Staff training")
        d.press(.enter)
        #expect(d.screen.contains("2026-01-16 Fri all sites") && d.screen.contains("Staff training"))
        let closures = try f.db.closureDays(from: AppFixture.today, through: AppFixture.today.adding(days: 5))
        #expect(closures.map(\.reason) == ["Staff training"])
        d.press(.char("d")); d.press(.char("y"))
        #expect(d.statusLine.hasPrefix("Reopened Fri 16 Jan 2026"))
        d.press(.escape)
        #expect(!d.screen.contains("Observed substitutes"))
    }

    @Test func frontDeskHasNoQueue() throws {
        let f = try AppFixture()
        let desk = f.driver(as: f.frontDesk)
        desk.press(.function(3))
        #expect(desk.statusLine.contains("Front desk has no follow-up queue."))
    }
}
