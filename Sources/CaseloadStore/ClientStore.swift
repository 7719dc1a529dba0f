import CaseloadCore
import Foundation
import GRDB

/// Client use cases: each is one transaction with its audit rows, permission-checked here.
extension CaseloadDatabase {
    /// Registers a client (intake or walk-in; every role may). The store sets id, version and times.
    /// - Parameters:
    ///   - allowingDuplicate: the person confirmed that a client strongly matching an existing one
    ///     (`exactDuplicate(of:)`) is someone else; without it such a client is refused (checked in the write).
    ///   - duplicateReason: why they are someone else, required with `allowingDuplicate` when there is a match; kept.
    /// - Throws: `invalid` (field problems), `invalidCamsReference`, `camsReferenceTaken`,
    ///   `exactDuplicate`, `notPermitted`.
    public func createClient(_ client: Client, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone),
                             allowingDuplicate: Bool = false, duplicateReason: String? = nil) throws -> Client {
        var client = try Self.validatedIntake(client, today: today)
        client.id = nil
        client.version = 0
        // a social-assistance referral starts Referred, any other intake Active (§3a).
        client.status = ClientLifecycle.initialStatus(for: client.referralSource)
        return try write { db in
            let actor = try acting(staff, needs: .registerWalkIn, in: db)
            if let reference = client.camsReference { try db.requireCamsReferenceFree(reference, except: nil) }
            let matched = try db.requireNoExactDuplicate(of: client, allowingDuplicate: allowingDuplicate, reason: duplicateReason)
            let now = Date()
            client.createdAt = now
            client.updatedAt = now
            try db.insertAudited(&client, by: actor, at: now)
            try db.recordInitialStatus(of: client, on: today, by: actor, at: now)
            try db.keepDuplicateConfirmation(clientID: client.id!, matched: matched, reason: duplicateReason, by: actor, at: now)
            return client
        }
    }

    /// Saves an edited client. The copy must be the version last read, or `staleVersion` is thrown
    /// and nothing is saved. Changing the caseworker needs a supervisor; the CaMS reference is checked.
    /// - Returns: the saved client with its new version.
    public func updateClient(_ client: Client, by staff: StaffMember, today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> Client {
        var client = try Self.validatedIntake(client, today: today)
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editClient, clientID: client.id, in: db)
            let stored = try db.storedClient(client.id)
            try db.requireVersion(stored, matches: client)
            if stored.caseworkerID != client.caseworkerID, !actor.role.allows(.reassignClient) {
                throw StoreError.notPermitted(.reassignClient)
            }
            if let reference = client.camsReference, reference != stored.camsReference {
                try db.requireCamsReferenceFree(reference, except: stored.id)
            }
            client.createdAt = stored.createdAt
            client.updatedAt = stored.updatedAt
            client.status = stored.status   // changed only by the lifecycle's own steps
            if client.databaseEquals(stored) { return stored }   // nothing to save, no new version
            client.updatedAt = Date()
            try db.updateVersioned(&client, by: actor, at: client.updatedAt)
            return client
        }
    }

    /// Links the CaMS reference issued after the common assessment. Only the reference is
    /// checked (format, not taken), so an older record with incomplete intake data can still be linked.
    public func linkCamsReference(_ reference: String, to client: Client, by staff: StaffMember) throws -> Client {
        guard let reference = try Self.normalizedCamsReference(reference) else {
            throw StoreError.invalidCamsReference(reference)
        }
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editClient, clientID: client.id, in: db)
            let stored = try db.storedClient(client.id)
            try db.requireVersion(stored, matches: client)
            if stored.camsReference == reference { return stored }
            var updated = stored
            updated.camsReference = reference
            // Core's rule also refuses placeholders such as 000000.
            if let problem = IntakeValidator.camsReferenceProblem(reference) {
                throw StoreError.invalid([FieldError(field: "camsReference", message: problem)])
            }
            try db.requireCamsReferenceFree(reference, except: stored.id)
            updated.updatedAt = Date()
            try db.updateVersioned(&updated, by: actor, at: updated.updatedAt)
            return updated
        }
    }

    /// The whole client record (not for front desk: they get `clientSummary`).
    public func client(id: Int64, by staff: StaffMember) throws -> Client {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientDetails, clientID: id, in: db)
            return try db.storedClient(id)
        }
    }

    /// Name, date of birth, phone and status: what every role may see, of the clients it works on.
    public func clientSummary(id: Int64, by staff: StaffMember) throws -> ClientSummary {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientBasics, clientID: id, in: db)
            guard let summary = try ClientSummary.fetchOne(db, Client.summaries().filter(key: id)) else {
                throw StoreError.notFound(recordType: Client.databaseTableName, id: id)
            }
            return summary
        }
    }

    /// A caseworker's clients by name, optionally only those in some statuses.
    public func clients(caseworkerID: Int64, statuses: Set<ClientStatus>? = nil) throws -> [ClientSummary] {
        try read { db in
            var request = Client.summaries().filter(Client.Columns.caseworkerID == caseworkerID)
            if let statuses { request = request.filter(statuses.contains(Client.Columns.status)) }
            return try ClientSummary.fetchAll(db, request.orderedByName())
        }
    }

    public func clientCount(status: ClientStatus? = nil) throws -> Int {
        try read { db in
            var request = Client.all()
            if let status { request = request.filter(Client.Columns.status == status) }
            return try request.fetchCount(db)
        }
    }

    /// CaMS references are opaque 6–12 digit strings (`CamsReference`): spaces are dropped, leading zeros kept.
    static func normalizedCamsReference(_ reference: String) throws -> String? {
        guard let normalized = CamsReference.normalized(reference) else { return nil }
        guard CamsReference.verdict(normalized) != .notDigits else { throw StoreError.invalidCamsReference(reference) }
        return normalized
    }

    /// CaseloadCore's intake rules (R-06 placeholders, R-16 attestation, formats), on the trimmed
    /// record that is then stored; the CaMS reference is normalized first (spaces dropped).
    static func validatedIntake(_ client: Client, today: LocalDate) throws -> Client {
        var client = IntakeValidator.normalized(client)
        if let reference = client.camsReference, let normalized = try? normalizedCamsReference(reference) {
            client.camsReference = normalized
        }
        let problems = IntakeValidator.validate(client, today: today)
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        client.camsReference = try client.camsReference.flatMap(normalizedCamsReference)
        return client
    }
}

extension Client {
    static func summaries() -> QueryInterfaceRequest<Client> {
        select(ClientSummary.selection)
    }
}

extension QueryInterfaceRequest<Client> {
    func orderedByName() -> Self {
        order(Client.Columns.lastName.collating(.nocase), Client.Columns.firstName.collating(.nocase), Client.Columns.id)
    }
}

extension Database {
    func storedClient(_ id: Int64?) throws -> Client {
        guard let id, let client = try Client.fetchOne(self, key: id) else {
            throw StoreError.notFound(recordType: Client.databaseTableName, id: id ?? 0)
        }
        return client
    }

    func requireCamsReferenceFree(_ reference: String, except clientID: Int64?) throws {
        var request = Client.filter(Client.Columns.camsReference == reference)
        if let clientID { request = request.filter(Client.Columns.id != clientID) }
        if let other = try request.fetchOne(self) {
            throw StoreError.camsReferenceTaken(reference: reference, clientID: other.id ?? 0, clientName: other.sortName)
        }
    }
}
