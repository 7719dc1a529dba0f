import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The intake form: SOP 3's fields, IntakeValidator's errors on their fields, and no lost typing.
@MainActor @Suite struct IntakeFormTests {
    @Test func aNewClientWithAPlaceholderAndAnImpossibleDateIsFixedAndSaved() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.char("a"))
        #expect(d.route == .intake(clientID: nil))
        d.type("N/A")
        d.press(.tab)
        d.type("Tremblay")
        d.press(.tab, .tab)
        d.type("2025-02-30")
        d.press(.ctrl("s"))

        #expect(d.statusLine.hasPrefix("! 2 fields need attention"))
        #expect(d.screen.contains("! First name 'N/A' is a placeholder"))
        #expect(d.screen.contains("! Feb 2025 has 28 days"))
        // Too long for the row beside the label, the message takes the whole row, once and in full.
        #expect(d.screen.contains("! First name 'N/A' is a placeholder: enter the client's real name."), "\(d.screen)")
        #expect(d.screen.components(separatedBy: "is a placeholder").count == 2, "once\n\(d.screen)")
        #expect(d.route == .intake(clientID: nil))
        #expect(try f.db.searchClients(query: "Tremblay").isEmpty, "nothing may be saved while errors remain")

        // Focus went to the first field in error.
        d.press(.ctrl("u"))
        d.type("Marie")
        d.press(.tab, .tab, .tab, .ctrl("u"))
        d.type("1990-02-28")
        d.press(.ctrl("s"))

        let saved = try #require(f.db.searchClients(query: "Tremblay").first)
        #expect(d.route == .profile(clientID: saved.id, tab: .summary))
        #expect(d.statusLine == "Saved: Tremblay, Marie added.")
        #expect(d.headerLine.hasPrefix(" Tremblay, Marie · CaMS not linked · born 1990-02-28 (age 35) · Self · Active"))
        #expect(saved.dateOfBirth == LocalDate(year: 1990, month: 2, day: 28))
        #expect(try f.db.client(id: saved.id, by: f.admin).caseworkerID == f.caseworker.id, "defaults to the acting caseworker")
    }

    @Test func anSAReferralNeedsTheSACaseworkerOnItsField() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("Hélène"); d.press(.tab); d.type("Gagné")
        d.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)   // to Referral source
        d.press(.enter); d.type("RASP"); d.press(.enter)
        d.press(.ctrl("s"))
        #expect(d.statusLine.hasPrefix("! 2 fields need attention"))
        #expect(d.screen.contains("Referral received date is required for RASP referrals"))
        d.press(.tab)   // the detail line follows focus to the SA caseworker field
        #expect(d.screen.contains("SA caseworker: SA caseworker name is required for RASP referrals"))
    }

    @Test func anUnder18BirthDateAddsTheAttestationField() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("Tesfay"); d.press(.tab); d.type("Gebremedhin"); d.press(.tab, .tab)
        #expect(!d.screen.contains("Under 18: school"))
        d.type("2009-03-01")     // 16 on 15 Jan 2026
        #expect(d.screen.contains("Under 18: school:"))
        d.press(.ctrl("s"))
        #expect(d.screen.contains("attestation that the client is excused from school"))
        #expect(d.intakeScreen?.state.form.focusedID == "under18Attestation")
        d.press(.enter, .enter)   // focus went to the field in error: open it, choose "Yes"
        d.press(.ctrl("s"))
        let saved = try #require(f.db.searchClients(query: "Gebremedhin").first)
        #expect(try f.db.client(id: saved.id, by: f.admin).under18Attestation)
        #expect(d.screen.contains("under 18: school attestation recorded (R-16)"))
    }

    @Test func theAttestationFieldGoesAwayWhenTheDateIsCorrected() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.press(.tab, .tab, .tab)
        d.type("2009-03-01")
        #expect(d.screen.contains("Under 18: school:"))
        d.press(.ctrl("u"))
        d.type("1989-03-01")
        #expect(!d.screen.contains("Under 18: school:"))
        #expect(d.intakeScreen?.state.form.focusedID == "dateOfBirth")
    }

    @Test func escOnADirtyFormAsksFirst() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.char("a"))
        d.type("Zo")
        d.press(.escape)
        #expect(d.screen.contains("Discard this new client?"))
        d.press(.char("n"))
        #expect(d.route == .intake(clientID: nil))
        #expect(d.screen.contains("First name:        Zo"))
        d.press(.escape, .char("y"))
        #expect(d.route == .clientList)
    }

    @Test func escOnAnUntouchedFormLeavesAtOnce() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker)
        d.press(.char("a"), .escape)
        #expect(d.route == .clientList)
    }

    @Test func theDraftSurvivesAResize() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("Zoë"); d.press(.tab); d.type("Côté-Tremblay")
        d.resize(to: Size(width: 60, height: 20))
        #expect(d.screen.contains("Terminal too small"))
        d.resize(to: Size(width: 132, height: 40))
        #expect(d.screen.contains("Last name:         Côté-Tremblay"))
        d.resize(to: Size(width: 80, height: 24))
        #expect(d.screen.contains("First name:        Zoë"))
        #expect(d.intakeScreen?.state.form.focusedID == "lastName")
    }

    @Test func editingAsACaseworkerCannotMoveTheClientToAnotherCaseworker() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: f.zoe.id!))
        for _ in 0..<13 { d.press(.tab) }   // to Caseworker
        d.press(.enter); d.type("Marie"); d.press(.enter)
        d.press(.ctrl("s"))
        #expect(d.statusLine == "! Not saved: \(Permission.reassignClient.refusal)")
        #expect(d.screen.contains("Only a supervisor reassigns clients."))
        #expect(try f.db.client(id: f.zoe.id!, by: f.admin).caseworkerID == f.caseworker.id)
    }
}

/// Issue #15 item 9: the intake form asks before registering an exact duplicate.
@MainActor @Suite struct IntakeDuplicateConfirmationTests {
    @Test func anExactDuplicateAsksForConfirmationAndNoKeepsTheForm() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("Amira"); d.press(.tab); d.type("Haddad"); d.press(.tab, .tab)
        d.type("1994-10-02"); d.press(.tab)
        d.type("(226) 555 0175")
        d.press(.ctrl("s"))
        #expect(d.screen.contains("Already registered?"))
        #expect(d.screen.contains("Haddad, Amira (#\(f.amira.id!)) has this birth date and phone, or this name and"))
        #expect(d.route == .intake(clientID: nil))
        #expect(try f.db.searchClients(query: "Amira Haddad").count == 1, "nothing saved while the question is open")

        d.press(.char("n"))
        #expect(!d.screen.contains("Already registered?"))
        #expect(d.statusLine == DuplicateConfirmation.keptForm)
        #expect(d.route == .intake(clientID: nil))
        #expect(d.intakeScreen?.state.form.values["phone"] == "(226) 555 0175", "the typing is kept")

        d.press(.ctrl("s"))
        d.press(.char("y"))
        // Issue #19: "Create anyway — this is a different person" needs the reason, which is kept.
        #expect(d.screen.contains("Create anyway — a different person"))
        #expect(try f.db.searchClients(query: "Amira Haddad").count == 1)
        d.press(.escape)
        #expect(d.statusLine == DuplicateConfirmation.keptForm && d.route == .intake(clientID: nil))
        d.press(.ctrl("s"), .char("y"))
        d.type("Cousins with the same name; different health card")
        d.press(.enter)
        #expect(try f.db.searchClients(query: "Amira Haddad").count == 2)
        #expect(d.statusLine == "Saved: Haddad, Amira added.")
        let saved = try #require(try f.db.searchClients(query: "Amira Haddad").map(\.id).max())
        #expect(try f.db.duplicateConfirmations(clientID: saved).map(\.reason) == ["Cousins with the same name; different health card"])
    }
}

/// Issue #15 item 21: the intake form's free-text fields stop at the domain's limits.
@MainActor @Suite struct IntakeFieldLimitTests {
    @Test func typingStopsAtTheAddressLimit() throws {
        let f = try AppFixture()
        let d = f.driver(as: f.caseworker, start: .intake(clientID: nil))
        d.type("Ana"); d.press(.tab); d.type("Silva")
        d.press(.tab, .tab, .tab, .tab, .tab)   // preferred name, birth date, phone, email: to Address
        #expect(d.intakeScreen?.state.form.focusedID == "address")
        d.type(String(repeating: "k", count: FieldLimits.address + 50))
        #expect(d.intakeScreen?.state.form.values["address"]?.count == FieldLimits.address)
    }
}
