import Foundation

/// Two files of one person made one: every record of the retired file moved to the kept one; the
/// retired file stays as a read-only pointer ("merged into …") that search still finds.
public struct ClientMerge: Codable, Hashable, Sendable {
    public var retiredClientID: Int64
    public var keptClientID: Int64
    public var reason: String
    public var mergedBy: Int64
    public var mergedAt: Date
    /// Rows moved per table ("case_note": 12 …), as JSON.
    public var moved: String

    public init(retiredClientID: Int64, keptClientID: Int64, reason: String, mergedBy: Int64, mergedAt: Date, moved: String) {
        self.retiredClientID = retiredClientID; self.keptClientID = keptClientID; self.reason = reason
        self.mergedBy = mergedBy; self.mergedAt = mergedAt; self.moved = moved
    }
}

extension Permission {
    /// Permissions that change a client's file; a merged (retired) file refuses them.
    public var changesClientFile: Bool {
        switch self {
        case .editClient, .writeNotes, .editActionPlan, .manageAppointments, .requestFinancialSupport,
             .approveFinancialSupport, .reassignClient, .registerWalkIn, .grantClientAccess, .mergeClients:
            return true
        default:
            return false
        }
    }
}
