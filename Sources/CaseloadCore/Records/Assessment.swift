import Foundation

/// The Common Assessment (CAT Modules 1 and 2). Submitting it creates the client in CaMS,
/// which issues the reference number that must be linked within 24 hours.
public struct Assessment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var module1CompletedOn: LocalDate?
    public var module2CompletedOn: LocalDate?
    /// When it was submitted, to the second, if Caseload saw it happen (R-05 counts clock hours from it).
    public var submittedAt: Date?
    /// The day CaMS says it was submitted, when only the day is known (a CaMS extract's
    /// `ca_submitted_on`). Kept as a date: made into an instant it would need a made-up time and
    /// zone, and read back in another zone it would fall on the day before.
    public var submittedOn: LocalDate?
    public var commentForSA: String?
    // SOP 3: what the assessment found (added by v14-case-lifecycle).
    public var employmentHistory: String?
    public var currentEmploymentStatus: String?
    public var employmentGoals: String?
    public var barriers: String?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, module1CompletedOn: LocalDate? = nil,
                module2CompletedOn: LocalDate? = nil, submittedAt: Date? = nil, submittedOn: LocalDate? = nil,
                commentForSA: String? = nil, employmentHistory: String? = nil, currentEmploymentStatus: String? = nil,
                employmentGoals: String? = nil, barriers: String? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.module1CompletedOn = module1CompletedOn
        self.module2CompletedOn = module2CompletedOn; self.submittedAt = submittedAt; self.submittedOn = submittedOn
        self.commentForSA = commentForSA; self.employmentHistory = employmentHistory
        self.currentEmploymentStatus = currentEmploymentStatus; self.employmentGoals = employmentGoals
        self.barriers = barriers; self.version = version
    }

    /// The day it was submitted: the agency-local day of `submittedAt`, else the CaMS day.
    public func submissionDay(in zone: TimeZone) -> LocalDate? {
        submittedAt.map { LocalDate($0, in: zone) } ?? submittedOn
    }

    /// The day the assessment counts from: its submission, else Module 2's completion.
    public func assessedOn(in zone: TimeZone) -> LocalDate? { submissionDay(in: zone) ?? module2CompletedOn }
}
