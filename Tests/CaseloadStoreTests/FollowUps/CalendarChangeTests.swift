import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The queue reads the calendar each time: closure days and the substitutes switch move due dates
/// at once, and a site's closure moves only that site's clients.
@Suite struct CalendarChangeTests {
    @Test func substitutesAndClosureDaysMoveDueDatesAtOnce() throws {
        let f = try QueueFixture()
        // Fri 24 Dec 2027 + 1: Christmas (Sat) and Boxing Day (Sun) close Mon 27 and Tue 28 when observed.
        let client = try f.referral("Zoë", "Côté", .trf, received: "2027-12-24")
        #expect(try f.item(.r01, client, asOf: "2027-12-24")?.due == LocalDate(iso: "2027-12-29"))

        try f.db.setObservedSubstitutes(false, by: f.base.admin)
        #expect(try f.item(.r01, client, asOf: "2027-12-24")?.due == LocalDate(iso: "2027-12-27"))

        let closure = try f.db.addClosureDay(ClosureDay(day: LocalDate(iso: "2027-12-27")!, reason: "Staff training"), by: f.base.admin)
        let moved = try #require(try f.item(.r01, client, asOf: "2027-12-24"))
        #expect(moved.due == LocalDate(iso: "2027-12-28"))
        #expect(moved.explanation.contains("Staff training"))

        try f.db.removeClosureDay(id: closure.id!, by: f.base.admin)
        #expect(try f.item(.r01, client, asOf: "2027-12-24")?.due == LocalDate(iso: "2027-12-27"))
    }

    @Test func aSiteClosureMovesOnlyThatSitesClients() throws {
        let f = try QueueFixture()
        let main = try #require(try f.db.sites().first?.id)
        let other = try f.db.write { db -> Int64 in
            try db.execute(sql: "INSERT INTO site(name) VALUES ('St. Thomas')")
            return db.lastInsertedRowID
        }
        let here = try f.referral("Zoë", "Côté", .trf, received: "2026-03-04", site: main)      // Wed → Thu 5 Mar
        let there = try f.referral("Amira", "Haddad", .trf, received: "2026-03-04", site: other)
        _ = try f.db.addClosureDay(ClosureDay(siteID: other, day: LocalDate(iso: "2026-03-05")!, reason: "Office move"), by: f.base.admin)
        #expect(try f.item(.r01, here, asOf: "2026-03-04")?.due == LocalDate(iso: "2026-03-05"))
        #expect(try f.item(.r01, there, asOf: "2026-03-04")?.due == LocalDate(iso: "2026-03-06"))
    }

    @Test func onlyAdministratorsChangeTheCalendar() throws {
        let f = try QueueFixture()
        #expect(throws: StoreError.notPermitted(.manageCalendar)) {
            try f.db.setObservedSubstitutes(false, by: f.base.supervisor)
        }
        #expect(throws: StoreError.notPermitted(.manageCalendar)) {
            _ = try f.db.addClosureDay(ClosureDay(day: LocalDate(iso: "2026-03-05")!, reason: "x"), by: f.base.caseworker)
        }
    }
}
