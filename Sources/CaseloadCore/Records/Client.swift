import Foundation

public enum ClientStatus: String, Codable, CaseIterable, Sendable {
    case referred = "Referred", active = "Active", monitoring = "Monitoring", closed = "Closed"
}

public enum ReferralSource: String, Codable, CaseIterable, Sendable {
    case selfReferred = "Self", ow = "OW", odsp = "ODSP", rasp = "RASP", trf = "TRF", other = "Other"

    /// RASP and TRF referrals carry the strict contact deadlines of.
    public var hasContactDeadlines: Bool { self == .rasp || self == .trf }
    /// Referred by social assistance: the SA caseworker is told at milestones.
    public var isSocialAssistance: Bool { self == .ow || self == .odsp || self == .rasp || self == .trf }
}

/// A job seeker. `version` guards against two people saving over each other.
public struct Client: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// CaMS client reference: an opaque string of 6 to 12 digits (leading zeros matter); nil until linked.
    public var camsReference: String?
    public var firstName: String
    public var lastName: String
    public var preferredName: String?
    public var dateOfBirth: LocalDate?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var preferredLanguage: String?
    public var referralSource: ReferralSource
    public var referralReceivedOn: LocalDate?
    public var saCaseworkerName: String?
    public var saCaseworkerContact: String?
    public var clientStream: String?
    public var caseworkerID: Int64?
    public var siteID: Int64?
    public var status: ClientStatus
    public var isLegacy: Bool
    /// attestation that an under-18 client is excused from school or has finished high school.
    public var under18Attestation: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var version: Int

    public init(id: Int64? = nil, camsReference: String? = nil, firstName: String, lastName: String,
                preferredName: String? = nil, dateOfBirth: LocalDate? = nil, phone: String? = nil,
                email: String? = nil, address: String? = nil, preferredLanguage: String? = nil,
                referralSource: ReferralSource = .selfReferred, referralReceivedOn: LocalDate? = nil,
                saCaseworkerName: String? = nil, saCaseworkerContact: String? = nil,
                clientStream: String? = nil, caseworkerID: Int64? = nil, siteID: Int64? = nil,
                status: ClientStatus = .active, isLegacy: Bool = false, under18Attestation: Bool = false,
                createdAt: Date = Date(), updatedAt: Date = Date(), version: Int = 0) {
        self.id = id; self.camsReference = camsReference; self.firstName = firstName; self.lastName = lastName
        self.preferredName = preferredName; self.dateOfBirth = dateOfBirth; self.phone = phone; self.email = email
        self.address = address; self.preferredLanguage = preferredLanguage; self.referralSource = referralSource
        self.referralReceivedOn = referralReceivedOn; self.saCaseworkerName = saCaseworkerName
        self.saCaseworkerContact = saCaseworkerContact; self.clientStream = clientStream
        self.caseworkerID = caseworkerID; self.siteID = siteID; self.status = status; self.isLegacy = isLegacy
        self.under18Attestation = under18Attestation;
        self.createdAt = createdAt; self.updatedAt = updatedAt; self.version = version
    }

    /// "Côté, Zoë" — how lists show a client.
    public var sortName: String { "\(lastName), \(preferredName ?? firstName)" }
    public var displayName: String { "\(preferredName ?? firstName) \(lastName)" }
}
