import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// The note form's one store call: a note with its consent record or contact attempt, all or nothing.
@Suite struct NoteWriteTests {
    static let zone = TimeZone(identifier: "America/Toronto")!
    /// 2026-01-15 14:00 in Toronto.
    static let interaction = LocalDate(iso: "2026-01-15")!.startInstant(in: zone).addingTimeInterval(14 * 3600)

    private func count(_ f: Fixture, _ table: String) throws -> Int { try f.db.scalar("SELECT count(*) FROM \(table)") ?? -1 }

    private func consentNote(_ f: Fixture, _ client: Client) -> CaseNote {
        CaseNote(clientID: client.id!, authorID: 0, interactionAt: Self.interaction, communication: "In Person",
                 type: "Consent", subject: "Consent to share", body: "Consent topic: share with OW\nGiven")
    }

    @Test func aConsentNoteCreatesTheConsentRecordLinkedToItAndAudited() throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        let note = try f.db.submitNote(consentNote(f, client), recording: .consent(topic: "  Share information with OW caseworker ", isGiven: true),
                                       zone: Self.zone, by: f.caseworker)
        let records = try f.db.profileConsents(clientID: client.id!, by: f.caseworker)
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.topic == "Share information with OW caseworker")
        #expect(record.isGiven && record.noteID == note.id)
        #expect(record.recordedOn == LocalDate(iso: "2026-01-15"))   // the interaction's day, not the entry's
        #expect(note.authorID == f.caseworker.id && note.type == "Consent")
        #expect(try f.db.audit(recordType: "consent_record", recordID: record.id!).map(\.action) == ["insert"])
        #expect(try f.db.audit(recordType: "case_note", recordID: note.id!).count == 1)

        // Withdrawing is another Consent note; the newest record comes first.
        _ = try f.db.submitNote(consentNote(f, client), recording: .consent(topic: "Share information with OW caseworker", isGiven: false),
                                zone: Self.zone, by: f.caseworker)
        let after = try f.db.profileConsents(clientID: client.id!, by: f.caseworker)
        #expect(after.count == 2 && after.first?.isGiven == false)
    }

    @Test func aConsentNoteWithoutATopicOrAConsentRecordOnAnotherTypeSavesNothing() throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        #expect(throws: StoreError.invalid([.init(field: "consentTopic", message: "Say what was consented to, e.g. sharing information with the OW caseworker.")])) {
            try f.db.submitNote(consentNote(f, client), recording: .consent(topic: "  ", isGiven: true), zone: Self.zone, by: f.caseworker)
        }
        #expect(throws: StoreError.self) { try f.db.submitNote(consentNote(f, client), zone: Self.zone, by: f.caseworker) }
        var general = consentNote(f, client); general.type = "General"
        #expect(throws: StoreError.self) {
            try f.db.submitNote(general, recording: .consent(topic: "Photo release", isGiven: true), zone: Self.zone, by: f.caseworker)
        }
        #expect(try count(f, "case_note") == 0)
        #expect(try count(f, "consent_record") == 0)
    }

    @Test func aContactAttemptAndItsNoteAreOneStepAndARetiredMethodSavesNeither() throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        var note = f.note(for: client, type: "Contact Attempt", body: "Rang twice; no answer.")
        note.interactionAt = Self.interaction
        let saved = try f.db.submitNote(note, recording: .contactAttempt(method: "Phone", result: .noAnswer), zone: Self.zone, by: f.caseworker)
        let attempts = try f.db.contactAttempts(clientID: client.id!)
        #expect(attempts.count == 1)
        #expect(attempts.first?.noteID == saved.id && attempts.first?.attemptedAt == Self.interaction && attempts.first?.result == .noAnswer)

        let phone = try #require(try f.db.valueList(.contactMethod).first { $0.value == "Phone" })
        _ = try f.db.setValueListEntryActive(id: phone.id!, isActive: false, by: f.admin)
        #expect(throws: StoreError.notInValueList(kind: .contactMethod, value: "Phone")) {
            try f.db.submitNote(note, recording: .contactAttempt(method: "Phone", result: .voicemail), zone: Self.zone, by: f.caseworker)
        }
        #expect(try count(f, "case_note") == 1)
        #expect(try f.db.contactAttempts(clientID: client.id!).count == 1)
        var general = note; general.type = "General"
        #expect(throws: StoreError.self) {
            try f.db.submitNote(general, recording: .contactAttempt(method: "Email", result: .messageSent), zone: Self.zone, by: f.caseworker)
        }
    }

    @Test(arguments: [("", "General"), ("Phone", ""), ("Carrier pigeon", "General"), ("Phone", "Gossip")])
    func communicationAndTypeMustBeActiveListEntries(_ communication: String, _ type: String) throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        let note = f.note(for: client, type: type, communication: communication)
        #expect(throws: StoreError.self) { try f.db.submitNote(note, zone: Self.zone, by: f.caseworker) }
        #expect(try count(f, "case_note") == 0)
    }

    @Test func aRetiredTypeIsRefusedWithTheListsMessage() throws {
        let f = try Fixture()
        let client = try f.client("Zoë", "Côté")
        let general = try #require(try f.db.valueList(.noteType).first { $0.value == "General" })
        _ = try f.db.setValueListEntryActive(id: general.id!, isActive: false, by: f.admin)
        #expect(throws: StoreError.notInValueList(kind: .noteType, value: "General")) {
            try f.db.submitNote(f.note(for: client), zone: Self.zone, by: f.caseworker)
        }
        #expect(StoreError.notInValueList(kind: .noteType, value: "General").message == "'General' is not an active Type entry: choose one from the list")
    }

    @Test func linksMustBeTheClientsOwnPlanItemAndAppointment() throws {
        let f = try Fixture()
        let zoe = try f.client("Zoë", "Côté"), other = try f.client("Amira", "Haddad")
        let plan = try f.db.openActionPlan(clientID: other.id!, goal: "Warehouse", on: LocalDate(iso: "2026-01-12")!, by: f.caseworker)
        let item = try f.db.addPlanItem(PlanItem(planID: plan.id!, type: "Job Search"), by: f.caseworker, today: LocalDate(iso: "2026-01-12")!)
        try f.db.execute("""
            INSERT INTO appointment(client_id, staff_id, site_id, day, start_minute, length_minutes, purpose, status)
            VALUES (?, ?, (SELECT id FROM site LIMIT 1), '2026-01-14', 600, 30, 'Intake', 'Scheduled')
            """, [other.id!, f.caseworker.id!])
        let appointment: Int64 = try #require(try f.db.scalar("SELECT id FROM appointment"))
        var note = f.note(for: zoe); note.planItemID = item.id
        #expect(throws: StoreError.self) { try f.db.submitNote(note, zone: Self.zone, by: f.caseworker) }
        note.planItemID = nil; note.appointmentID = appointment
        #expect(throws: StoreError.self) { try f.db.submitNote(note, zone: Self.zone, by: f.caseworker) }
        #expect(try count(f, "case_note") == 0)

        var own = f.note(for: other); own.planItemID = item.id; own.appointmentID = appointment
        let saved = try f.db.submitNote(own, zone: Self.zone, by: f.caseworker)
        #expect(try f.db.note(id: saved.id!, by: f.caseworker).planItemID == item.id)
        #expect(try f.db.note(id: saved.id!, by: f.caseworker).appointmentID == appointment)
    }
}
