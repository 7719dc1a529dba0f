import CaseloadCore
import GRDB

/// The same person registered twice: a client with the same first and last name (ignoring case and
/// surrounding spaces), date of birth and phone (its digits). Without a birth date nothing says two
/// records are one person. Checked inside the write transaction that would create the client, so two
/// terminals registering one walk-in at once cannot both do it.
extension Database {
    /// An existing client `client` (normalized: names trimmed) would duplicate exactly, if any. Reads `client_by_name`.
    func exactDuplicate(of client: Client) throws -> Client? {
        guard client.dateOfBirth != nil else { return nil }
        let candidates = try Client.fetchAll(self, sql: """
            SELECT * FROM client
            WHERE last_name = ? COLLATE NOCASE AND first_name = ? COLLATE NOCASE AND date_of_birth = ?
            ORDER BY id
            """, arguments: [client.lastName, client.firstName, client.dateOfBirth])
        let phone = ExactDuplicate.phoneDigits(client.phone)
        return candidates.first { ExactDuplicate.phoneDigits($0.phone) == phone }
    }

    /// Throws `exactDuplicate` unless the person confirmed the new client is someone else.
    func requireNoExactDuplicate(of client: Client, allowingDuplicate: Bool) throws {
        guard !allowingDuplicate, let other = try exactDuplicate(of: client) else { return }
        throw StoreError.exactDuplicate(clientID: other.id ?? 0, clientName: other.sortName)
    }
}

enum ExactDuplicate {
    /// "519-555-0123" and "(519) 555 0123" are one phone; no phone at all matches no phone.
    static func phoneDigits(_ phone: String?) -> String {
        String((phone ?? "").unicodeScalars.filter { $0.properties.numericType == .decimal }.map { Character($0) })
    }
}
