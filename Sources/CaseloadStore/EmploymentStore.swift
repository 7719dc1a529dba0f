import CaseloadCore
import Foundation
import GRDB

/// Employers, employment and the checkpoints generated from it.
extension CaseloadDatabase {
    public func addEmployer(_ employer: Employer, by staff: StaffMember) throws -> Employer {
        var employer = EmployerRules.cleaned(employer)
        employer.id = nil
        employer.version = 0
        try refuse(EmployerRules.problems(employer, today: .today(in: FollowUpEngine.agencyTimeZone)))
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            try db.insertAudited(&employer, by: actor, at: Date())
            return employer
        }
    }

    /// Employers whose name contains the text (or whose contact or sector does), by name.
    public func employers(matching text: String = "", limit: Int = 50) throws -> [Employer] {
        try read { db in try db.employers(matching: text, limit: limit) }
    }

    /// Records a job and its four checkpoints (start + 1, 3, 6, 12 months, clamped to month end)
    /// in one transaction. `isPBFEligible` is computed here from the client's facts and the job's own
    /// answers (R-07, R-12, R-14 per job: `isFromOutcomeProgram`); the caller's value is ignored. The plan
    /// is not touched: a job never closes the EAP.
    public func recordEmployment(_ employment: Employment,
                                 by staff: StaffMember) throws -> (employment: Employment, checkpoints: [Checkpoint]) {
        var employment = employment
        employment.id = nil
        employment.version = 0
        employment.jobTitle = employment.jobTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [StoreError.FieldProblem] = []
        if employment.jobTitle.isEmpty { problems.append(.init(field: "jobTitle", message: "Enter the job title.")) }
        if !(0...168).contains(employment.hoursPerWeek) {
            problems.append(.init(field: "hoursPerWeek", message: "Hours per week must be between 0 and 168."))
        }
        if let end = employment.endDate, end < employment.startDate {
            problems.append(.init(field: "endDate", message: "The job cannot end before it starts."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }

        return try write { db in
            let actor = try actingOnClient(staff, needs: .editActionPlan, clientID: employment.clientID, in: db)
            let client = try db.storedClient(employment.clientID)
            guard let employer = try Employer.fetchOne(db, key: employment.employerID) else {
                throw StoreError.notFound(recordType: Employer.databaseTableName, id: employment.employerID)
            }
            let facts = try db.pbfFacts(clientID: employment.clientID, jobStartingOn: employment.startDate)
            employment.isPBFEligible = facts.verdict(startDate: employment.startDate, hoursPerWeek: employment.hoursPerWeek,
                                                     isNewEmployer: employment.isNewEmployer,
                                                     fromOutcomeProgram: employment.isFromOutcomeProgram).isEligible
            let now = Date()
            try db.insertAudited(&employment, by: actor, at: now)
            var checkpoints: [Checkpoint] = []
            for month in CheckpointMonth.allCases {
                var checkpoint = Checkpoint(employmentID: employment.id!, month: month,
                                            dueOn: employment.startDate.adding(months: month.rawValue))
                try db.insertAudited(&checkpoint, by: actor, at: now)
                checkpoints.append(checkpoint)
            }
            // A job with an earlier start can change what later jobs count against.
            let after = try db.applyOutcomeRules(clientID: employment.clientID, by: actor, at: now)
            employment = after.jobs.first { $0.id == employment.id } ?? employment
            // A job moves the file to Monitoring while its checkpoints run (§3a, R-09).
            if employment.endDate == nil {
                try db.apply(ClientLifecycle.afterJobRecorded(client.status, employer: employer.name, start: employment.startDate),
                             clientID: client.id!, on: LocalDate(now, in: FollowUpEngine.agencyTimeZone), by: actor, at: now)
            }
            return (employment, checkpoints)
        }
    }

    public func employments(clientID: Int64) throws -> [Employment] {
        try read { db in
            try Employment.filter(Employment.Columns.clientID == clientID)
                .order(Employment.Columns.startDate, Employment.Columns.id).fetchAll(db)
        }
    }

    public func checkpoints(employmentID: Int64) throws -> [Checkpoint] {
        try read { db in
            try Checkpoint.filter(Checkpoint.Columns.employmentID == employmentID)
                .order(Checkpoint.Columns.month).fetchAll(db)
        }
    }

    /// Checkpoints not yet recorded that are due on or before a day (the follow-up queue's input).
    public func checkpointsDue(through day: LocalDate) throws -> [Checkpoint] {
        try read { db in
            try Checkpoint.filter(Checkpoint.Columns.recordedOn == nil && Checkpoint.Columns.dueOn <= day)
                .order(Checkpoint.Columns.dueOn, Checkpoint.Columns.id).fetchAll(db)
        }
    }
}
