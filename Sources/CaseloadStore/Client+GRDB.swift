import CaseloadCore
import Foundation
import GRDB

extension Client: VersionedRecord {
    public static let databaseTableName = "client"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, camsReference = "cams_reference", firstName = "first_name", lastName = "last_name"
        case preferredName = "preferred_name", dateOfBirth = "date_of_birth", phone, email, address
        case preferredLanguage = "preferred_language", referralSource = "referral_source"
        case referralReceivedOn = "referral_received_on", saCaseworkerName = "sa_caseworker_name"
        case saCaseworkerContact = "sa_caseworker_contact", clientStream = "client_stream"
        case caseworkerID = "caseworker_id", siteID = "site_id", status, isLegacy = "is_legacy"
        case under18Attestation = "under18_attestation", createdAt = "created_at", updatedAt = "updated_at", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), camsReference: try row.at(C.camsReference),
            firstName: try row.at(C.firstName), lastName: try row.at(C.lastName),
            preferredName: try row.at(C.preferredName), dateOfBirth: try row.at(C.dateOfBirth),
            phone: try row.at(C.phone), email: try row.at(C.email), address: try row.at(C.address),
            preferredLanguage: try row.at(C.preferredLanguage), referralSource: try row.at(C.referralSource),
            referralReceivedOn: try row.at(C.referralReceivedOn), saCaseworkerName: try row.at(C.saCaseworkerName),
            saCaseworkerContact: try row.at(C.saCaseworkerContact), clientStream: try row.at(C.clientStream),
            caseworkerID: try row.at(C.caseworkerID), siteID: try row.at(C.siteID), status: try row.at(C.status),
            isLegacy: try row.at(C.isLegacy), under18Attestation: try row.at(C.under18Attestation),
            createdAt: try row.at(C.createdAt), updatedAt: try row.at(C.updatedAt), version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.camsReference] = camsReference
        container[C.firstName] = firstName; container[C.lastName] = lastName
        container[C.preferredName] = preferredName; container[C.dateOfBirth] = dateOfBirth
        container[C.phone] = phone; container[C.email] = email; container[C.address] = address
        container[C.preferredLanguage] = preferredLanguage; container[C.referralSource] = referralSource
        container[C.referralReceivedOn] = referralReceivedOn; container[C.saCaseworkerName] = saCaseworkerName
        container[C.saCaseworkerContact] = saCaseworkerContact; container[C.clientStream] = clientStream
        container[C.caseworkerID] = caseworkerID; container[C.siteID] = siteID; container[C.status] = status
        container[C.isLegacy] = isLegacy; container[C.under18Attestation] = under18Attestation
        container[C.createdAt] = createdAt; container[C.updatedAt] = updatedAt; container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// What every role may see of a client (front desk included): enough to find and greet them.
public struct ClientSummary: Hashable, Sendable, Identifiable, FetchableRecord {
    public var id: Int64
    public var camsReference: String?
    public var firstName: String
    public var lastName: String
    public var preferredName: String?
    public var dateOfBirth: LocalDate?
    public var phone: String?
    public var status: ClientStatus
    public var caseworkerID: Int64?
    public var siteID: Int64?

    public init(row: Row) throws {
        typealias C = Client.Columns
        id = try row.at(C.id); camsReference = try row.at(C.camsReference)
        firstName = try row.at(C.firstName); lastName = try row.at(C.lastName)
        preferredName = try row.at(C.preferredName); dateOfBirth = try row.at(C.dateOfBirth)
        phone = try row.at(C.phone); status = try row.at(C.status)
        caseworkerID = try row.at(C.caseworkerID); siteID = try row.at(C.siteID)
    }

    static let selection: [Client.Columns] = [
        .id, .camsReference, .firstName, .lastName, .preferredName, .dateOfBirth, .phone, .status, .caseworkerID, .siteID,
    ]

    /// "Côté, Zoë" — how lists show a client.
    public var sortName: String { "\(lastName), \(preferredName ?? firstName)" }
    public var displayName: String { "\(preferredName ?? firstName) \(lastName)" }
}
