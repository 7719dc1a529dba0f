import CaseloadCore
import CaseloadStore
import Foundation
import Testing
import TerminalKit
@testable import CaseloadApp

@Suite(.serialized) @MainActor struct WalkInAndBookingTests {
    @Test func aKnownClientIsFoundAndCheckedInAsAWalkIn() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("w"))
        #expect(d.route == .walkIn)
        d.type("cote")                        // accents are not needed to find Côté
        #expect(d.row(containing: "Côté, Zoë")?.contains("1998-07-05    519-555-0142") == true, "\(d.screen)")
        d.press(.enter)
        #expect(d.screen.contains("Check in the 09:00 appointment instead? y/n"))   // she is booked today (#22)
        d.press(.char("n"))                    // this time she came about something else
        #expect(d.screen.contains("Caseworker: Dana Lee"))   // her own caseworker first
        d.press(.ctrl("s"))
        #expect(d.route == .frontDesk)
        #expect(d.statusLine == "Checked in Zoë Côté as a walk-in with Dana Lee at 14:00")
        #expect(d.row(containing: "14:00 Côté, Zoë")?.contains("Walk-in · Walk-in") == true)
        #expect(d.row(containing: "14:00 Côté, Zoë")?.hasSuffix("Attended 14:00") == true)
    }

    @Test func aNewClientIsRegisteredWithoutPlaceholdersThenCheckedIn() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("w"), .ctrl("n"))
        #expect(d.statusLine == "! Search first: type the client's name, so nobody is registered twice.")
        d.type("Sam Rivers")
        #expect(d.screen.contains("No client matches “Sam Rivers”: check the spelling, or ^N to register them."))
        d.press(.ctrl("n"))
        #expect(d.screen.contains("First name:    Sam"))
        #expect(d.screen.contains("Last name:     Rivers"))
        #expect(d.program.currentScreen.hasUnsavedInput == false)
        d.press(.tab)                          // skip the date of birth (focus starts there: the names are filled)
        d.type("000-000-0000")
        d.press(.ctrl("s"))
        #expect(d.route == .walkIn)
        #expect(d.screen.contains("! Enter a date (YYYY-MM-DD, today, +3)"))
        #expect(d.screen.contains("! Phone '000-000-0000'"))
        #expect(d.statusLine == "! Fix the marked fields, then ^S to check in.")
        #expect(try f.app.db.searchClients(query: "Rivers").isEmpty)

        d.type("1990-03-04")                   // the errors put the focus on the first one
        d.press(.tab, .ctrl("u"))
        d.type("519-555-0110")
        d.press(.ctrl("s"))
        #expect(d.route == .frontDesk)
        #expect(d.statusLine.hasPrefix("Checked in Sam Rivers (new client) as a walk-in with Dana Lee at 14:00"))
        #expect(d.row(containing: "Rivers, Sam")?.hasSuffix("Attended 14:00") == true)
        let found = try f.app.db.searchClients(query: "Sam Rivers")
        #expect(found.map(\.phone) == ["519-555-0110"])
    }

    @Test func bookingShowsTheCaseworkersDayAndAsksBeforeDoubleBooking() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("n"))
        #expect(d.route == .booking(clientID: nil, day: AppFixture.today))
        d.type("Haddad")
        d.press(.enter)
        #expect(d.screen.contains("Marie Roy on Thu 15 Jan 2026"))
        #expect(d.row(containing: "15:00–16:00 Haddad, Amira")?.contains("Scheduled") == true)
        d.type("15:30")
        #expect(d.row(containing: "15:00–16:00 Haddad, Amira")?.contains("~ overlaps") == true)
        d.press(.ctrl("s"))
        #expect(d.screen.contains("! Say what the appointment is for (e.g. Résumé review)."))
        d.type("Interview preparation")        // the error put the focus on Purpose
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Double-book?"))
        d.press(.char("y"))
        #expect(d.route == .frontDesk)
        #expect(d.statusLine == "Booked Amira Haddad with Marie Roy on Thu 15 Jan at 15:30")
        #expect(d.row(containing: "15:30 Haddad, Amira")?.contains("Interview preparation") == true)
    }

    @Test func bookingFromAClientProfileStartsWithTheClient() throws {
        let f = try FrontDeskFixture()
        let d = f.app.driver(as: f.app.frontDesk, start: .booking(clientID: f.app.zoe.id!))
        #expect(d.lines[1].hasPrefix(" Côté, Zoë · born 1998-07-05 · 519-555-0142"))
        #expect(d.screen.contains("Dana Lee on Thu 15 Jan 2026"))
        d.press(.tab)                          // Length: choose 30 min from the list
        d.press(.enter)
        d.type("30")
        d.press(.enter, .backTab, .backTab, .ctrl("u"))   // the choice moved on: back past Length to Start
        d.type("15:30")   // it is 14:00: a time still to come
        d.press(.tab, .tab)
        d.type("Cover letter help")
        d.press(.enter)
        let booked = try f.app.db.caseworkerDay(staffID: f.app.caseworker.id!, day: AppFixture.today, by: f.app.admin)
        #expect(booked.map { "\($0.appointment.startText) \($0.appointment.lengthMinutes)" } == ["09:00 60", "10:30 60", "15:30 30"])
    }
}

/// Issue #15 item 9: a walk-in registered again with the same name, birth date and phone asks first.
@Suite(.serialized) @MainActor struct WalkInDuplicateTests {
    @Test func aNewWalkInLikeAnExistingClientAsksBeforeCheckingIn() throws {
        let f = try FrontDeskFixture()
        let d = f.daySheet()
        d.press(.ctrl("w"))
        d.type("Zoë Côté")
        d.press(.ctrl("n"))
        d.type("1998-07-05"); d.press(.tab)
        d.type("519-555-0142")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Already registered?"))
        #expect(d.route == .walkIn)
        d.press(.escape)
        #expect(d.route == .walkIn)
        #expect(d.statusLine == DuplicateConfirmation.keptWalkIn)
        #expect(try f.app.db.searchClients(query: "Zoë Côté").count == 1)
        d.press(.ctrl("s"), .char("y"))
        #expect(d.screen.contains("Create anyway — a different person"), "yes asks why (issue #19)")
        d.press(.enter)
        #expect(d.route == .walkIn && d.statusLine.contains("say why"))
        d.type("Mother and daughter, same name; checked ID")
        d.press(.enter)
        #expect(d.route == .frontDesk)
        #expect(try f.app.db.searchClients(query: "Zoë Côté").count == 2)
    }
}
