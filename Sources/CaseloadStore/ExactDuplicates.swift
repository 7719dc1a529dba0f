import CaseloadCore
import Foundation
import GRDB

/// The same person registered twice (issue #19's strong match): an existing client with the same date
/// of birth and the same phone (its digits), or the same normalised name (case, accents, spaces and
/// punctuation ignored) and date of birth. (The same CaMS reference is refused outright: it is unique.)
/// Without a birth date nothing says two records are one person. Checked inside the write transaction
/// that would create the client, so two terminals registering one walk-in at once cannot both do it;
/// registering anyway needs the person's reason, which is kept (`duplicate_confirmation`).
extension Database {
    /// The first existing client `client` (normalized: names trimmed) strongly matches, and how.
    func exactDuplicate(of client: Client) throws -> (client: Client, match: String)? {
        guard let born = client.dateOfBirth else { return nil }
        let candidates = try Client.fetchAll(self, sql: "SELECT * FROM client WHERE date_of_birth = ? ORDER BY id",
                                             arguments: [born])
        return ExactDuplicate.match(client, among: candidates)
    }

    /// Throws `exactDuplicate` unless the person confirmed the new client is someone else; returns the
    /// match so the caller keeps the reason with the new client (`keepDuplicateConfirmation`).
    /// - Throws: `invalid` (reason) when confirmed without a reason.
    func requireNoExactDuplicate(of client: Client, allowingDuplicate: Bool,
                                 reason: String?) throws -> (client: Client, match: String)? {
        guard let found = try exactDuplicate(of: client) else { return nil }
        guard allowingDuplicate else {
            throw StoreError.exactDuplicate(clientID: found.client.id ?? 0, clientName: found.client.sortName)
        }
        if (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StoreError.invalid([FieldError(field: "duplicateReason",
                message: "Say why \(client.firstName) \(client.lastName) is a different person from \(found.client.sortName) (#\(found.client.id ?? 0)): the reason is kept.")])
        }
        return found
    }

    /// Keeps the confirmation of a strong match (audited).
    func keepDuplicateConfirmation(clientID: Int64, matched: (client: Client, match: String)?, reason: String?,
                                   by actor: StaffMember, at now: Date) throws {
        guard let matched, let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) else { return }
        var row = DuplicateConfirmation(clientID: clientID, matchedClientID: matched.client.id, match: matched.match,
                                        reason: reason, staffID: actor.id, at: now)
        try insertAudited(&row, by: actor, at: now)
    }
}

enum ExactDuplicate {
    /// The first of `candidates` (clients born the same day, oldest first) that `client` strongly
    /// matches, and how: the one rule for intake, walk-in and the import.
    static func match(_ client: Client, among candidates: [Client]) -> (client: Client, match: String)? {
        guard let born = client.dateOfBirth else { return nil }
        let phone = phoneDigits(client.phone)
        let name = normalisedName(client)
        for other in candidates where other.dateOfBirth == born {
            if !phone.isEmpty, phoneDigits(other.phone) == phone { return (other, "same date of birth and phone") }
            if normalisedName(other) == name { return (other, "same name and date of birth") }
        }
        return nil
    }

    /// "519-555-0123" and "(519) 555 0123" are one phone; no phone at all matches no phone.
    static func phoneDigits(_ phone: String?) -> String {
        String((phone ?? "").unicodeScalars.filter { $0.properties.numericType == .decimal }.map { Character($0) })
    }

    /// "Zoë  Côté-Smith" and "zoe cote smith" are one name: accents folded (marks dropped, and the
    /// letters that have none spelled out), letters and digits only, lower case.
    static func normalisedName(_ client: Client) -> String {
        [client.firstName, client.lastName].map { part in
            SearchFolding.fold(part).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars
                .filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
        }.joined(separator: " ")
    }
}
