import Foundation

/// Why a recorded checkpoint, a job or a job's end was corrected. The earlier values are in the audit
/// trail (the record's update row written in the same transaction); the profile shows
/// "corrected on … by … because …".
public struct OutcomeCorrection: Codable, Hashable, Sendable, Identifiable {
    public enum RecordType: String, Codable, Sendable { case employment, checkpoint }

    public var id: Int64?
    public var clientID: Int64
    public var recordType: RecordType
    public var recordID: Int64
    /// "job", "job end", "1-month checkpoint" …
    public var what: String
    public var reason: String
    public var staffID: Int64
    public var at: Date

    public init(id: Int64? = nil, clientID: Int64, recordType: RecordType, recordID: Int64, what: String,
                reason: String, staffID: Int64, at: Date) {
        self.id = id; self.clientID = clientID; self.recordType = recordType; self.recordID = recordID
        self.what = what; self.reason = reason; self.staffID = staffID; self.at = at
    }

    /// "corrected on Mon 16 Mar 2026 by Ana Rahman because the pay stub showed 18 hours"
    public func sentence(staffName: String, zone: TimeZone) -> String {
        "corrected on \(LocalDate(at, in: zone).long) by \(staffName) because \(reason)"
    }
}
