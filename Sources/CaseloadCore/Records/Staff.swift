import Foundation

public struct Site: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    public init(id: Int64? = nil, name: String) { self.id = id; self.name = name }
}

public struct StaffMember: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    /// The login name (`caseload --user`, or the account's name in the password database).
    public var username: String
    public var fullName: String
    public var role: StaffRole
    public var siteID: Int64?
    public var isActive: Bool
    public var version: Int

    public init(id: Int64? = nil, username: String, fullName: String, role: StaffRole, siteID: Int64? = nil,
                isActive: Bool = true, version: Int = 0) {
        self.id = id; self.username = username; self.fullName = fullName; self.role = role
        self.siteID = siteID; self.isActive = isActive; self.version = version
    }
}

/// An agency closure day for one site (or every site when `siteID` is nil): not a business day.
public struct ClosureDay: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var siteID: Int64?
    public var day: LocalDate
    public var reason: String
    public init(id: Int64? = nil, siteID: Int64? = nil, day: LocalDate, reason: String) {
        self.id = id; self.siteID = siteID; self.day = day; self.reason = reason
    }
}
