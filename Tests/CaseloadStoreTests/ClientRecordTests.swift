import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

@Suite("Client, note and employment use cases")
struct ClientRecordTests {
    @Test(arguments: ["12345", "1234567890123", "12a456", "123 45", "１２３４５６", "-123456"])
    func camsReferenceFormatIsChecked(reference: String) throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let error = storeError { _ = try fixture.db.linkCamsReference(reference, to: client, by: fixture.caseworker) }
        if reference == "123 45" {
            #expect(error == .invalidCamsReference(reference), "spaces are dropped, leaving 5 digits")
        } else {
            #expect(error == .invalidCamsReference(reference))
        }
        #expect(error?.message.contains("6 to 12 digits") == true)
    }

    @Test func camsReferenceKeepsLeadingZerosAndIsUnique() throws {
        let fixture = try Fixture()
        let ana = try fixture.client("Ana", "Silva")
        let zoe = try fixture.client("Zoë", "Côté")
        let linked = try fixture.db.linkCamsReference(" 001234567 ", to: ana, by: fixture.caseworker)
        #expect(linked.camsReference == "001234567" && linked.version == 1)

        let error = storeError { _ = try fixture.db.linkCamsReference("001234567", to: zoe, by: fixture.caseworker) }
        #expect(error == .camsReferenceTaken(reference: "001234567", clientID: ana.id!, clientName: "Silva, Ana"))
        #expect(error?.message == "CaMS reference 001234567 already belongs to Silva, Ana (#\(ana.id!)): check for a duplicate client")
        #expect(storeError { try fixture.client("Ana", "Again", cams: "001234567") } != nil)
        #expect(try fixture.db.client(id: zoe.id!, by: fixture.caseworker).camsReference == nil)
        #expect(try fixture.db.linkCamsReference("123456789012", to: zoe, by: fixture.caseworker).camsReference == "123456789012")
    }

    @Test func intakeRefusesBlankNames() throws {
        let fixture = try Fixture()
        let error = storeError { _ = try fixture.db.createClient(Client(firstName: " ", lastName: ""), by: fixture.caseworker) }
        guard case let .invalid(problems)? = error else { Issue.record("expected invalid"); return }
        #expect(problems.map(\.field) == ["firstName", "lastName"])
        // CaseloadCore's IntakeValidator runs on create and on update.
        guard case let .invalid(placeholders)? = storeError({ try fixture.client("N/A", "Silva") }) else {
            Issue.record("a placeholder name was accepted"); return
        }
        #expect(placeholders.map(\.field) == ["firstName"])
        #expect(try fixture.db.clientCount() == 0)
        var ana = try fixture.client("  Ana ", "Silva")
        #expect(ana.firstName == "Ana", "stored trimmed")
        ana.lastName = "TBD"
        guard case .invalid? = storeError({ _ = try fixture.db.updateClient(ana, by: fixture.caseworker) }) else {
            Issue.record("a placeholder was saved on update"); return
        }
        #expect(storeError { _ = try fixture.db.linkCamsReference("000000", to: ana, by: fixture.caseworker) } != nil,
                "placeholder CaMS references are refused when linking too")
    }

    @Test func notesNeedActiveCommunicationAndTypeAndAmendmentsLink() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let other = try fixture.client("Zoë", "Côté")
        #expect(storeError { _ = try fixture.db.addCaseNote(fixture.note(for: client, communication: ""), by: fixture.caseworker) }
                == .notInValueList(kind: .communication, value: ""))
        #expect(storeError { _ = try fixture.db.addCaseNote(fixture.note(for: client, type: "Gossip"), by: fixture.caseworker) }
                == .notInValueList(kind: .noteType, value: "Gossip"))
        let general = try #require(fixture.db.valueList(.noteType).first { $0.value == "General" })
        _ = try fixture.db.setValueListEntryActive(id: general.id!, isActive: false, by: fixture.admin)
        #expect(storeError { _ = try fixture.db.addCaseNote(fixture.note(for: client), by: fixture.caseworker) }
                == .notInValueList(kind: .noteType, value: "General"))
        #expect(try fixture.db.valueList(.noteType, includeInactive: true).contains { $0.value == "General" && !$0.isActive })

        let original = try fixture.db.addCaseNote(fixture.note(for: client, type: "Intake"), by: fixture.caseworker)
        #expect(original.authorID == fixture.caseworker.id)
        var amendment = fixture.note(for: client, type: "Intake", body: "Correction: the call was on Monday.")
        amendment.amends = original.id
        let saved = try fixture.db.addCaseNote(amendment, by: fixture.caseworker)
        #expect(saved.amends == original.id)
        #expect(try fixture.db.noteHeaders(clientID: client.id!, by: fixture.caseworker).first { $0.id == original.id }?.isAmended == true)
        var wrong = fixture.note(for: other, type: "Intake")
        wrong.amends = original.id
        guard case .invalid? = storeError({ _ = try fixture.db.addCaseNote(wrong, by: fixture.caseworker) }) else {
            Issue.record("an amendment across clients was accepted"); return
        }
    }

    @Test func contactAttemptsAreRecordedWithTheirNote() throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let attempt = ContactAttempt(clientID: client.id!, staffID: 0, attemptedAt: Date(), method: "Phone", result: .voicemail)
        let note = fixture.note(for: client, type: "Contact Attempt", communication: "Voicemail Left")
        let saved = try fixture.db.addContactAttempt(attempt, note: note, by: fixture.caseworker)
        #expect(saved.staffID == fixture.caseworker.id && saved.noteID != nil)
        #expect(try fixture.db.contactAttempts(clientID: client.id!) == [saved])
        #expect(try fixture.db.notes(clientID: client.id!, by: fixture.caseworker).map(\.id) == [saved.noteID])
        var badMethod = attempt
        badMethod.method = "Carrier pigeon"
        #expect(storeError { _ = try fixture.db.addContactAttempt(badMethod, by: fixture.caseworker) }
                == .notInValueList(kind: .contactMethod, value: "Carrier pigeon"))
    }

    @Test(arguments: [
        (LocalDate(year: 2024, month: 1, day: 31)!, ["2024-02-29", "2024-04-30", "2024-07-31", "2025-01-31"]),
        (LocalDate(year: 2025, month: 1, day: 31)!, ["2025-02-28", "2025-04-30", "2025-07-31", "2026-01-31"]),
        (LocalDate(year: 2025, month: 8, day: 31)!, ["2025-09-30", "2025-11-30", "2026-02-28", "2026-08-31"]),
    ])
    func employmentCreatesFourClampedCheckpoints(start: LocalDate, due: [String]) throws {
        let fixture = try Fixture()
        let client = try fixture.client("Ana", "Silva")
        let employer = try fixture.db.addEmployer(Employer(name: "Acme Foods", employeeCount: 45), by: fixture.caseworker)
        let (employment, checkpoints) = try fixture.db.recordEmployment(
            Employment(clientID: client.id!, employerID: employer.id!, jobTitle: "Line cook", startDate: start,
                       hoursPerWeek: 32, isNewEmployer: true, isPBFEligible: true),
            by: fixture.caseworker)
        #expect(checkpoints.map(\.dueOn.iso) == due)
        #expect(checkpoints.map(\.month) == [.one, .three, .six, .twelve])
        #expect(try fixture.db.checkpoints(employmentID: employment.id!) == checkpoints)
        #expect(try fixture.db.scalar("SELECT due_on FROM checkpoint WHERE month = 1") == due[0], "stored as plain YYYY-MM-DD text")
        #expect(try fixture.db.scalar("SELECT typeof(due_on) FROM checkpoint WHERE month = 1") == "text")
        #expect(try fixture.db.checkpointsDue(through: LocalDate(iso: due[1])!).map(\.month) == [.one, .three])
        #expect(try fixture.db.audit(recordType: "checkpoint", recordID: checkpoints[0].id!).count == 1)
        #expect(storeError { _ = try fixture.db.recordEmployment(employment, by: fixture.frontDesk) } == .notPermitted(.editActionPlan))
    }
}
