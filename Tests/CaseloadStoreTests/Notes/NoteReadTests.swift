import CaseloadCore
import Foundation
import Testing
@testable import CaseloadStore

/// Amendments stay linked to what they correct, and no read that returns note text serves front desk.
@Suite struct NoteReadTests {
    static let zone = TimeZone(identifier: "America/Toronto")!
    static let body = "Zoë agreed to a mock interview on Friday."

    private func noteWithAmendments(_ f: Fixture) throws -> (client: Client, original: CaseNote, first: CaseNote, second: CaseNote) {
        let client = try f.client("Zoë", "Côté")
        let original = try f.db.submitNote(f.note(for: client, body: Self.body), zone: Self.zone, by: f.caseworker)
        var fix = f.note(for: client, body: "Correction: the mock interview is on Thursday."); fix.amends = original.id
        let first = try f.db.submitNote(fix, zone: Self.zone, by: f.caseworker)
        var again = f.note(for: client, body: "Correction of the correction: Thursday at 10."); again.amends = first.id
        let second = try f.db.submitNote(again, zone: Self.zone, by: f.supervisor)
        return (client, original, first, second)
    }

    @Test func anAmendmentIsANewNoteLinkedToTheOriginalWhichStaysAsItWas() throws {
        let f = try Fixture()
        let t = try noteWithAmendments(f)
        #expect(t.first.amends == t.original.id && t.second.amends == t.first.id)
        #expect(try f.db.note(id: t.original.id!, by: f.caseworker).body == Self.body)
        // Whichever note of the chain is asked for, the whole chain comes back, original first.
        for id in [t.original.id!, t.first.id!, t.second.id!] {
            #expect(try f.db.noteThread(id: id, by: f.caseworker).map(\.id) == [t.original.id, t.first.id, t.second.id])
        }
        let headers = try f.db.noteHeaders(clientID: t.client.id!, by: f.caseworker)
        #expect(headers.first { $0.id == t.original.id }?.isAmended == true)
        #expect(headers.first { $0.id == t.second.id }?.isAmended == false)
        // Notes are never edited in place, whatever path a write takes.
        #expect(throws: (any Error).self) { try f.db.execute("UPDATE case_note SET body = 'changed' WHERE id = ?", [t.original.id!]) }
    }

    @Test func anAmendmentCorrectsTextOnlyAndRecordsNoAttemptOrConsent() throws {
        let f = try Fixture()
        let t = try noteWithAmendments(f)
        var fix = f.note(for: t.client, type: "Contact Attempt"); fix.amends = t.original.id
        #expect(throws: StoreError.self) {
            try f.db.submitNote(fix, recording: .contactAttempt(method: "Phone", result: .reached), zone: Self.zone, by: f.caseworker)
        }
        fix.type = "Consent"
        #expect(throws: StoreError.self) {
            try f.db.submitNote(fix, recording: .consent(topic: "Photo release", isGiven: true), zone: Self.zone, by: f.caseworker)
        }
        _ = try f.db.submitNote(fix, zone: Self.zone, by: f.caseworker)   // a Consent amendment needs no new record
        #expect(try f.db.contactAttempts(clientID: t.client.id!).isEmpty)
        #expect(try f.db.profileConsents(clientID: t.client.id!, by: f.caseworker).isEmpty)
    }

    @Test func anAmendmentOfAnotherClientsNoteIsRefused() throws {
        let f = try Fixture()
        let t = try noteWithAmendments(f)
        let other = try f.client("Amira", "Haddad")
        var wrong = f.note(for: other); wrong.amends = t.original.id
        #expect(throws: StoreError.invalid([.init(field: "amends", message: "The note being amended is not one of this client's notes.")])) {
            try f.db.submitNote(wrong, zone: Self.zone, by: f.caseworker)
        }
    }

    @Test func frontDeskIsRefusedEveryReadThatReturnsNoteText() throws {
        let f = try Fixture()
        let t = try noteWithAmendments(f)
        let refused = StoreError.notPermitted(.readNoteBodies)
        #expect(throws: refused) { try f.db.note(id: t.original.id!, by: f.frontDesk) }
        #expect(throws: refused) { try f.db.notes(clientID: t.client.id!, by: f.frontDesk) }
        #expect(throws: refused) { try f.db.noteThread(id: t.original.id!, by: f.frontDesk) }
        #expect(throws: refused) { try f.db.noteIDs(clientID: t.client.id!, matching: "mock", by: f.frontDesk) }
        #expect(throws: StoreError.notPermitted(.writeNotes)) {
            try f.db.submitNote(f.note(for: t.client), zone: Self.zone, by: f.frontDesk)
        }
        // Headers (who, when, how) are fine for the front desk; subjects are not.
        let headers = try f.db.noteHeaders(clientID: t.client.id!, by: f.frontDesk)
        #expect(headers.count == 3 && headers.allSatisfy { $0.subject == nil })
        // The role in the file decides, not the session's copy: a promoted account reads at once.
        try f.db.execute("UPDATE staff SET role = 'caseworker' WHERE id = ?", [f.frontDesk.id!])
        #expect(try f.db.note(id: t.original.id!, by: f.frontDesk).body == Self.body)
    }

    @Test func textSearchIgnoresCaseAndAccentsAndNeedsEveryWord() throws {
        let f = try Fixture()
        let t = try noteWithAmendments(f)
        let c = t.client.id!
        #expect(try f.db.noteIDs(clientID: c, matching: "ZOE mock", by: f.caseworker) == [t.original.id!])
        #expect(try f.db.noteIDs(clientID: c, matching: "thursday", by: f.caseworker) == [t.first.id!, t.second.id!])
        #expect(try f.db.noteIDs(clientID: c, matching: "call", by: f.caseworker).count == 3)   // every subject is "Call"
        #expect(try f.db.noteIDs(clientID: c, matching: "thursday friday", by: f.caseworker).isEmpty)
        #expect(try f.db.noteIDs(clientID: c, matching: "  ", by: f.caseworker).count == 3)
    }
}
