import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The client list: the next-due column and its overdue marker, the orders each role has, and
/// search and filters counted together.
@MainActor @Suite struct ClientListTests {
    /// Adds Luc Tremblay, referred by RASP today and not yet contacted: R-01 is upcoming.
    private func addFreshReferral(_ f: AppFixture) throws {
        _ = try f.db.createClient(Client(
            firstName: "Luc", lastName: "Tremblay", dateOfBirth: LocalDate(year: 1985, month: 4, day: 9), phone: "519-555-0123",
            referralSource: .rasp, referralReceivedOn: AppFixture.today, saCaseworkerName: "Ana Diaz", caseworkerID: f.caseworker.id, status: .referred),
            by: f.caseworker, today: AppFixture.today)
    }

    private func row(_ d: TestDriver<CaseloadApp>, _ name: String) -> String {
        let line = d.lines.first { $0.contains(name) } ?? "no row for \(name)"
        return String(line.reversed().drop { $0 == " " }.reversed())   // trailing padding only
    }

    @Test func nextDueColumnShowsTheMostPressingItemAndMarksOverdueRows() throws {
        let f = try AppFixture()
        try addFreshReferral(f)
        let d = f.driver(as: f.supervisor, size: Size(width: 132, height: 40))
        #expect(d.lines[3].contains("Next due"))
        // Zoë's one-month checkpoint (job from 31 Oct) is long past: marker, rule and business days late.
        #expect(row(d, "Côté, Zoë").hasSuffix("R-08 overdue 31d"))
        #expect(row(d, "Côté, Zoë").hasPrefix("> ! "))
        // Luc's first contact is due within the rule's business days: upcoming, no marker.
        let luc = row(d, "Tremblay, Luc")
        #expect(luc.hasPrefix("    Tremblay"), "\(luc)")
        #expect(luc.contains("R-01 "))
        #expect(!luc.contains("overdue"))
        // Amira is Active, so her OW referral raises nothing: a dash.
        #expect(row(d, "Haddad, Amira").hasSuffix("—"))
    }

    @Test func nextDueFollowsChangesMadeInAnotherTerminal() throws {
        let f = try AppFixture()
        try addFreshReferral(f)
        let d = f.driver(as: f.supervisor, size: Size(width: 132, height: 40))
        #expect(row(d, "Tremblay, Luc").contains("R-01 "))
        // Luc is reached by phone from another terminal: R-01 is satisfied there and then.
        let other = try f.otherTerminal()
        let luc = try #require(other.searchClients(query: "tremblay luc").first)
        _ = try other.addContactAttempt(ContactAttempt(clientID: luc.id, staffID: 0, attemptedAt: AppFixture.now,
                                                       method: "Phone", result: .reached), by: f.caseworker)
        d.tick()
        #expect(!row(d, "Tremblay, Luc").contains("R-01 "), "\(row(d, "Tremblay, Luc"))")
    }

    @Test func typingNeverWaitsForDueItemsTheyFillInAtThePause() throws {
        let f = try AppFixture()
        try addFreshReferral(f)
        // 70 clients sorting before everyone: Luc is far past the first screenful when the list opens.
        for i in 0..<70 {
            _ = try f.db.createClient(Client(firstName: "Anne", lastName: "Aaberg-\(String(UnicodeScalar(UInt8(65 + i / 26))))\(String(UnicodeScalar(UInt8(65 + i % 26))))",
                                             referralSource: .selfReferred, caseworkerID: f.caseworker.id), by: f.caseworker, today: AppFixture.today)
        }
        let d = f.driver(as: f.supervisor, size: Size(width: 132, height: 40))
        d.press(.char("/")); d.type("tremblay")
        #expect(row(d, "Tremblay, Luc").hasSuffix("…"), "\(row(d, "Tremblay, Luc"))")
        d.tick()
        #expect(row(d, "Tremblay, Luc").contains("R-01 "), "\(row(d, "Tremblay, Luc"))")
        // Luc again by another word: already looked up, so shown at once, no pause needed.
        d.press(.ctrl("u")); d.type("luc")
        #expect(row(d, "Tremblay, Luc").contains("R-01 "), "\(row(d, "Tremblay, Luc"))")
    }

    @Test func nextDueOrderListsOverdueFirstThenUpcomingThenTheRestByName() throws {
        let f = try AppFixture()
        try addFreshReferral(f)
        let d = f.driver(as: f.supervisor, size: Size(width: 132, height: 40))
        d.press(.char("o"))
        #expect(d.lines[2].contains("by last activity"))
        d.press(.char("o"))
        #expect(d.lines[2].contains("by next due"))
        let names = d.lines.dropFirst(4).prefix(4).map { String($0.dropFirst(4).prefix(20)).trimmingCharacters(in: .whitespaces) }
        #expect(names == ["Côté, Zoë", "Tremblay, Luc", "Haddad, Amira", "王, 秀英"])
    }

    @Test func frontDeskHasNoFollowUpsSoNoNextDueColumnOrOrder() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.frontDesk, size: Size(width: 132, height: 40))
        #expect(!d.screen.contains("Next due"))
        #expect(d.lines[3].contains("Phone"))
        var orders: [String] = []
        for _ in 0..<4 {
            d.press(.char("o"))
            orders.append(String(d.lines[2].split(separator: "·").last ?? "").trimmingCharacters(in: .whitespaces))
        }
        #expect(orders == ["by last activity", "by CaMS ref", "by name", "by last activity"])
    }

    @Test func narrowTerminalsKeepNameStatusAndNextDue() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.supervisor)
        let header = d.lines[3]
        for title in ["!", "Name", "CaMS ref", "Status", "Next due"] { #expect(header.contains(title), "\(header)") }
        #expect(d.lines.allSatisfy { $0.terminalWidth <= 80 })
    }

    @Test func searchAndStatusFilterNarrowTogether() throws {
        let f = try AppFixture()
        try addFreshReferral(f)
        let d = f.driver(as: f.supervisor)
        #expect(d.screen.contains("4 clients"))
        d.press(.char("/")); d.type("519")
        #expect(d.screen.contains("2 clients"))         // Zoë and Luc have 519 numbers
        d.press(.escape)
        #expect(d.screen.contains("4 clients"))
        d.press(.char("/")); d.type("5")
        #expect(d.screen.contains("4 clients"))         // every phone has a 5 somewhere at a token start
        d.press(.tab)                                    // keep "5", back to the list
        d.press(.char("s"))                              // status: first value
        #expect(d.screen.contains("status Referred"))
        #expect(d.screen.contains("1 client"))
        #expect(row(d, "Tremblay, Luc").contains("Referred"))
    }
}
