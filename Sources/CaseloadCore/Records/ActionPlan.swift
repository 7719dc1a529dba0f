import Foundation

public enum PlanStatus: String, Codable, CaseIterable, Sendable {
    case active = "Active", onHold = "Active - On Hold", closed = "Closed"
}

/// The Employment Action Plan (EAP).
public struct ActionPlan: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var status: PlanStatus
    public var goal: String?
    public var openedOn: LocalDate
    public var onHoldReason: String?
    public var onHoldSince: LocalDate?
    public var closedOn: LocalDate?
    /// From the configurable closure-reason list.
    public var closureReason: String?
    /// closed before the 12-month checkpoint was recorded. Computed at closing, then stored.
    public var isEarlyExit: Bool
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, status: PlanStatus = .active, goal: String? = nil,
                openedOn: LocalDate, onHoldReason: String? = nil, onHoldSince: LocalDate? = nil,
                closedOn: LocalDate? = nil, closureReason: String? = nil, isEarlyExit: Bool = false, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.status = status; self.goal = goal; self.openedOn = openedOn
        self.onHoldReason = onHoldReason; self.onHoldSince = onHoldSince; self.closedOn = closedOn
        self.closureReason = closureReason; self.isEarlyExit = isEarlyExit; self.version = version
    }
}

public enum PlanItemStatus: String, Codable, CaseIterable, Sendable {
    case notStarted = "Not Started", inProgress = "In Progress", completed = "Completed", cancelled = "Cancelled"
}

public enum PlanItemOutcome: String, Codable, CaseIterable, Sendable {
    case attained = "Attained", notAttained = "Not Attained", cancelled = "Cancelled"
}

public struct PlanItem: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var planID: Int64
    /// From the configurable plan-item type list (Job Search, Training, Workshop …).
    public var type: String
    public var description: String?
    public var expectedStart: LocalDate?
    public var expectedEnd: LocalDate?
    public var actualStart: LocalDate?
    public var actualEnd: LocalDate?
    public var isCancelled: Bool
    public var outcome: PlanItemOutcome?
    /// an employment-outcome program (Ontario Bridge Training, apprenticeship): its jobs are not PBF-eligible.
    public var isEmploymentOutcomeProgram: Bool
    public var version: Int

    public init(id: Int64? = nil, planID: Int64, type: String, description: String? = nil,
                expectedStart: LocalDate? = nil, expectedEnd: LocalDate? = nil, actualStart: LocalDate? = nil,
                actualEnd: LocalDate? = nil, isCancelled: Bool = false, outcome: PlanItemOutcome? = nil,
                isEmploymentOutcomeProgram: Bool = false, version: Int = 0) {
        self.id = id; self.planID = planID; self.type = type; self.description = description
        self.expectedStart = expectedStart; self.expectedEnd = expectedEnd; self.actualStart = actualStart
        self.actualEnd = actualEnd; self.isCancelled = isCancelled; self.outcome = outcome
        self.isEmploymentOutcomeProgram = isEmploymentOutcomeProgram; self.version = version
    }

    /// Status follows the actual dates, so the two can never disagree.
    public var status: PlanItemStatus {
        if isCancelled { return .cancelled }
        if actualEnd != nil { return .completed }
        if actualStart != nil { return .inProgress }
        return .notStarted
    }
}
