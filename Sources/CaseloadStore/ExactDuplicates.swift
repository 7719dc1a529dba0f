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
    /// What the rule compares of a client, worked out once per client: the import compares each new
    /// row with every client born the same day, and folding a name is the costly part.
    struct Key: Equatable, Sendable {
        var born: LocalDate?
        var phone: String
        var name: String

        init(_ client: Client) {
            born = client.dateOfBirth
            phone = ExactDuplicate.phoneDigits(client.phone)
            name = ExactDuplicate.normalisedName(client)
        }

        /// How `self` strongly matches `other`, if it does.
        func match(_ other: Key) -> String? {
            guard let born, other.born == born else { return nil }
            if !phone.isEmpty, other.phone == phone { return "same date of birth and phone" }
            if other.name == name { return "same name and date of birth" }
            return nil
        }
    }

    /// The first of `candidates` (clients born the same day, oldest first) that `client` strongly
    /// matches, and how: the one rule for intake, walk-in and the import.
    static func match(_ client: Client, among candidates: [Client]) -> (client: Client, match: String)? {
        match(Key(client), among: candidates.lazy.map { ($0, Key($0)) })
    }

    /// The same with the candidates' keys already worked out.
    static func match<Candidates: Sequence>(_ key: Key, among candidates: Candidates) -> (client: Client, match: String)?
    where Candidates.Element == (Client, Key) {
        guard key.born != nil else { return nil }
        for (other, otherKey) in candidates { if let how = key.match(otherKey) { return (other, how) } }
        return nil
    }

    /// "519-555-0123" and "(519) 555 0123" are one phone; no phone at all matches no phone.
    static func phoneDigits(_ phone: String?) -> String {
        guard let phone else { return "" }
        return isASCII(phone) ? asciiDigits(phone) : unicodeDigits(phone)
    }

    /// "Zoë  Côté-Smith" and "zoe cote smith" are one name: accents folded (marks dropped, and the
    /// letters that have none spelled out), letters and digits only, lower case.
    static func normalisedName(_ client: Client) -> String {
        [client.firstName, client.lastName].map { isASCII($0) ? asciiNormalised($0) : unicodeNormalised($0) }.joined(separator: " ")
    }

    // Most names and phones are ASCII, where folding is lower-casing and letters and digits are
    // a-z and 0-9: a byte loop instead of Foundation's folding (a test holds the two paths equal).

    static func isASCII(_ text: String) -> Bool { !text.utf8.contains { $0 >= 0x80 } }

    static func asciiNormalised(_ part: String) -> String {
        String(decoding: part.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case 0x41...0x5A: return byte + 0x20   // A-Z
            case 0x61...0x7A, 0x30...0x39: return byte
            default: return nil
            }
        }, as: UTF8.self)
    }

    static func unicodeNormalised(_ part: String) -> String {
        SearchFolding.fold(part).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars
            .filter { CharacterSet.alphanumerics.contains($0) }.map(String.init).joined()
    }

    static func asciiDigits(_ phone: String) -> String { String(decoding: phone.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self) }

    static func unicodeDigits(_ phone: String) -> String {
        String(phone.unicodeScalars.filter { $0.properties.numericType == .decimal }.map { Character($0) })
    }
}
