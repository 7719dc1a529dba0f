import CaseloadCore
import Foundation
import GRDB

extension Assessment: VersionedRecord {
    public static let databaseTableName = "assessment"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", module1CompletedOn = "module1_completed_on"
        case module2CompletedOn = "module2_completed_on", submittedAt = "submitted_at"
        case submittedOn = "submitted_on"   // added by v9-assessment-submitted-on
        case commentForSA = "comment_for_sa", version
        // added by v14-case-lifecycle
        case employmentHistory = "employment_history", currentEmploymentStatus = "current_employment_status"
        case employmentGoals = "employment_goals", barriers
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID),
            module1CompletedOn: try row.at(C.module1CompletedOn),
            module2CompletedOn: try row.at(C.module2CompletedOn), submittedAt: try row.at(C.submittedAt),
            submittedOn: try row.at(C.submittedOn), commentForSA: try row.at(C.commentForSA),
            employmentHistory: try row.at(C.employmentHistory), currentEmploymentStatus: try row.at(C.currentEmploymentStatus),
            employmentGoals: try row.at(C.employmentGoals), barriers: try row.at(C.barriers), version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID
        container[C.module1CompletedOn] = module1CompletedOn
        container[C.module2CompletedOn] = module2CompletedOn; container[C.submittedAt] = submittedAt
        container[C.submittedOn] = submittedOn
        container[C.commentForSA] = commentForSA; container[C.version] = version
        container[C.employmentHistory] = employmentHistory; container[C.currentEmploymentStatus] = currentEmploymentStatus
        container[C.employmentGoals] = employmentGoals; container[C.barriers] = barriers
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ActionPlan: VersionedRecord {
    public static let databaseTableName = "action_plan"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", status, goal, openedOn = "opened_on"
        case onHoldReason = "on_hold_reason", onHoldSince = "on_hold_since", closedOn = "closed_on"
        case closureReason = "closure_reason", isEarlyExit = "is_early_exit", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), status: try row.at(C.status),
            goal: try row.at(C.goal), openedOn: try row.at(C.openedOn),
            onHoldReason: try row.at(C.onHoldReason), onHoldSince: try row.at(C.onHoldSince),
            closedOn: try row.at(C.closedOn), closureReason: try row.at(C.closureReason),
            isEarlyExit: try row.at(C.isEarlyExit), version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.status] = status
        container[C.goal] = goal; container[C.openedOn] = openedOn; container[C.onHoldReason] = onHoldReason
        container[C.onHoldSince] = onHoldSince; container[C.closedOn] = closedOn
        container[C.closureReason] = closureReason; container[C.isEarlyExit] = isEarlyExit
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension PlanItem: VersionedRecord {
    public static let databaseTableName = "plan_item"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, planID = "plan_id", type, description, expectedStart = "expected_start"
        case expectedEnd = "expected_end", actualStart = "actual_start", actualEnd = "actual_end"
        case isCancelled = "is_cancelled", outcome
        case isEmploymentOutcomeProgram = "is_employment_outcome_program", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), planID: try row.at(C.planID), type: try row.at(C.type),
            description: try row.at(C.description), expectedStart: try row.at(C.expectedStart),
            expectedEnd: try row.at(C.expectedEnd), actualStart: try row.at(C.actualStart),
            actualEnd: try row.at(C.actualEnd), isCancelled: try row.at(C.isCancelled),
            outcome: try row.at(C.outcome),
            isEmploymentOutcomeProgram: try row.at(C.isEmploymentOutcomeProgram),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.planID] = planID; container[C.type] = type
        container[C.description] = description; container[C.expectedStart] = expectedStart
        container[C.expectedEnd] = expectedEnd; container[C.actualStart] = actualStart
        container[C.actualEnd] = actualEnd; container[C.isCancelled] = isCancelled
        container[C.outcome] = outcome; container[C.isEmploymentOutcomeProgram] = isEmploymentOutcomeProgram
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
