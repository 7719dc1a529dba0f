import CaseloadCore
import Foundation
import GRDB

/// How to reach a client: the two fields the front desk may correct (a new number is usually
/// heard at the desk first). Everything else of the record stays the caseworker's.
public struct ClientContact: Hashable, Sendable {
    public var clientID: Int64
    public var phone: String?
    public var email: String?
    /// The client record's version when read: a correction over someone else's save is refused.
    public var version: Int

    public init(clientID: Int64, phone: String?, email: String?, version: Int) {
        self.clientID = clientID; self.phone = phone; self.email = email; self.version = version
    }
}

extension CaseloadDatabase {
    public func clientContact(id: Int64, by staff: StaffMember) throws -> ClientContact {
        try read { db in
            _ = try actingOnClient(staff, needs: .correctClientContact, clientID: id, in: db)
            let client = try db.storedClient(id)
            return ClientContact(clientID: id, phone: client.phone, email: client.email, version: client.version)
        }
    }

    /// Saves a corrected phone and email (audited like any client change; other fields untouched).
    /// - Throws: `invalid` (phone, email), `staleVersion`, `notPermitted`, `otherSite`.
    public func correctContact(_ contact: ClientContact, now: Date = Date(), by staff: StaffMember) throws -> ClientContact {
        func clean(_ s: String?) -> String? { s.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
        let phone = clean(contact.phone), email = clean(contact.email)
        var problems: [FieldError] = []
        if let phone, let problem = PhoneNumber.problem(with: phone) { problems.append(.init(field: "phone", message: problem)) }
        if let email, let problem = EmailAddress.problem(with: email) { problems.append(.init(field: "email", message: problem)) }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return try write { db in
            let actor = try actingOnClient(staff, needs: .correctClientContact, clientID: contact.clientID, in: db)
            var client = try db.storedClient(contact.clientID)
            guard client.version == contact.version else {
                var stale = client; stale.version = contact.version
                try db.requireVersion(client, matches: stale)
                return contact
            }
            client.phone = phone; client.email = email; client.updatedAt = now
            try db.updateVersioned(&client, by: actor, at: now)
            return ClientContact(clientID: contact.clientID, phone: client.phone, email: client.email, version: client.version)
        }
    }
}
