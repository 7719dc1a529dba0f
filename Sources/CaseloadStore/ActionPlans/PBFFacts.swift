import CaseloadCore
import Foundation
import GRDB

/// What the PBF rules need to know about a client besides the job itself. The
/// employment form shows the verdict from these facts before saving, and `recordEmployment` stores
/// the verdict from the same facts, read again inside its transaction.
public struct PBFFacts: Hashable, Sendable {
    /// The common assessment's day: its submission (agency time), else Module 2's completion.
    public var assessmentDate: LocalDate?
    /// The most hours a week of any other job the client holds on the new job's start date. Jobs are
    /// never added together, so the largest one decides.
    public var alreadyWorkingHoursPerWeek: Double
    /// An employment-outcome program plan item begun by the job's start: a hint for the job form's
    /// question; the job's own answer (`isFromOutcomeProgram`) decides R-14.
    public var outcomeProgram: PlanItem?

    public init(assessmentDate: LocalDate?, alreadyWorkingHoursPerWeek: Double = 0, outcomeProgram: PlanItem? = nil) {
        self.assessmentDate = assessmentDate; self.alreadyWorkingHoursPerWeek = alreadyWorkingHoursPerWeek
        self.outcomeProgram = outcomeProgram
    }

    /// - Parameter fromOutcomeProgram: the job form's answer (R-14 per job).
    public func verdict(startDate: LocalDate, hoursPerWeek: Double, isNewEmployer: Bool, fromOutcomeProgram: Bool) -> PBFVerdict {
        PBFEligibility.evaluate(startDate: startDate, hoursPerWeek: hoursPerWeek, isNewEmployer: isNewEmployer,
                                assessmentDate: assessmentDate, alreadyWorkingHoursPerWeek: alreadyWorkingHoursPerWeek,
                                fromEmploymentOutcomeProgram: fromOutcomeProgram)
    }
}

extension CaseloadDatabase {
    /// The facts for a job starting on `start` (not yet recorded).
    public func pbfFacts(clientID: Int64, jobStartingOn start: LocalDate, by staff: StaffMember) throws -> PBFFacts {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewActionPlan, clientID: clientID, in: db)
            return try db.pbfFacts(clientID: clientID, jobStartingOn: start)
        }
    }
}

extension Database {
    func pbfFacts(clientID: Int64, jobStartingOn start: LocalDate,
                  zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> PBFFacts {
        // The latest assessment that has a date (a re-administration under way has none yet).
        let assessed = try Assessment.filter(Assessment.Columns.clientID == clientID)
            .order(Assessment.Columns.id.desc).fetchAll(self).lazy.compactMap { $0.assessedOn(in: zone) }.first
        // Other jobs held on the start day: started by then, not ended before it.
        let other = try Double.fetchOne(self, sql: """
            SELECT max(hours_per_week) FROM employment
            WHERE client_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
            """, arguments: [clientID, start, start]) ?? 0
        // an outcome-program item that was not cancelled and had begun (or was planned to) by the
        // job's start; an item with no dates at all is a referral, which counts too.
        let programs = try PlanItem.fetchAll(self, sql: """
            SELECT i.* FROM plan_item i JOIN action_plan p ON p.id = i.plan_id
            WHERE p.client_id = ? AND i.is_employment_outcome_program = 1 AND i.is_cancelled = 0
              AND coalesce(i.actual_start, i.expected_start, ?) <= ?
            ORDER BY i.id
            """, arguments: [clientID, start, start])
        return PBFFacts(assessmentDate: assessed, alreadyWorkingHoursPerWeek: other, outcomeProgram: programs.first)
    }
}
