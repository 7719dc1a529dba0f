import CaseloadCore
import Foundation
import GRDB

extension Database {
    /// The consent record a Consent note documents, dated by the interaction's calendar day
    /// and linked to the note, audited with it.
    func recordConsent(for note: CaseNote, topic: String, isGiven: Bool, zone: TimeZone,
                       by actor: StaffMember) throws -> ConsentRecord {
        let topic = topic.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !topic.isEmpty else {
            throw StoreError.invalid([.init(field: "consentTopic", message: "Say what was consented to, e.g. sharing information with the OW caseworker.")])
        }
        var record = ConsentRecord(clientID: note.clientID, recordedOn: LocalDate(note.interactionAt, in: zone),
                                   topic: topic, isGiven: isGiven, noteID: note.id)
        try insertAudited(&record, by: actor, at: note.enteredAt)
        return record
    }
}
