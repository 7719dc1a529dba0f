import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// Search before add: typing a new client's names lists existing clients, same birth date first.
@MainActor @Suite struct SearchBeforeAddTests {
    @Test func typingCoteShowsTheExistingCote() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        #expect(d.screen.contains("Type a name: existing clients with similar names show here."))
        d.press(.tab)
        d.type("Cote")
        #expect(d.screen.contains("Possible duplicates: 1 · F5 opens"))
        #expect(d.screen.contains("> Côté, Zoë"))
        d.press(.backTab)
        d.type("Xavier")
        #expect(d.screen.contains("No existing client matches “Xavier Cote”."))
    }

    @Test func anExactBirthDateIsMarkedAndListedFirst() throws {
        let f = try AppFixture()
        _ = try f.db.createClient(Client(firstName: "Zoé", lastName: "Côté", dateOfBirth: LocalDate(year: 2001, month: 3, day: 9)),
                                  by: f.caseworker, today: AppFixture.today)
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("zoe"); d.press(.tab); d.type("cote"); d.press(.tab, .tab)
        d.type("1998-07-05")
        let row = try #require(d.lines.first { $0.contains("1998-07-05") && $0.contains("Côté") })
        #expect(row.contains("= same birth"))
        let first = try #require(d.lines.firstIndex { $0.contains("Côté, Zoë") })
        let second = try #require(d.lines.firstIndex { $0.contains("Côté, Zoé") })
        #expect(first < second)
    }

    @Test func f5OpensTheChosenDuplicateInsteadOfAdding() throws {
        let f = try AppFixture()
        let before = try f.db.clientCount()
        let d = f.driver(as: f.caseworker)
        d.press(.char("a"))
        d.type("秀英")
        #expect(d.screen.contains("> 王, 秀英"))
        #expect(d.lines.allSatisfy { $0.terminalWidth == 80 }, "wide characters keep the panel's border in place")
        let row = try #require(d.lines.first { $0.contains("王, 秀英") })
        #expect(row.hasSuffix("│ "), "the row ends at the panel's right border")
        d.press(.function(5))
        #expect(d.route == .profile(clientID: f.wang.id!, tab: .summary))
        #expect(d.headerLine.hasPrefix(" 王, 秀英 · CaMS 004417236 · born 1979-12-15 (age 46) · Self · Active"))
        #expect(try f.db.clientCount() == before)
        d.press(.escape)
        #expect(d.route == .clientList, "the form was replaced, not stacked under the profile")
    }

    @Test func f5WithNoMatchSaysWhy() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.press(.function(5))
        #expect(d.statusLine == "! no possible duplicate is listed")
    }
}
