import CaseloadCore
import Foundation
import GRDB

extension Database {
    /// The business calendar of a client's site (agency closures plus the site's own).
    func businessCalendar(forClient clientID: Int64) throws -> BusinessCalendar {
        let siteID = try Int64.fetchOne(self, sql: "SELECT site_id FROM client WHERE id = ?", arguments: [clientID])
        let observes = try String.fetchOne(self, sql: "SELECT value FROM setting WHERE key = ?",
                                           arguments: [Setting.observedSubstitutes.rawValue]).map { $0 == "1" } ?? true
        let closures = try ClosureDay.fetchAll(self).filter { $0.siteID == nil || $0.siteID == siteID }
        return BusinessCalendar(observesSubstitutes: observes, closures: closures, siteID: siteID)
    }

    /// Everything the outcome rules read about one client, as stored now.
    func outcomeFacts(clientID: Int64, zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> ClientOutcomeFacts {
        let assessment = try Assessment.filter(Assessment.Columns.clientID == clientID)
            .order(Assessment.Columns.submittedAt.desc, Assessment.Columns.id.desc).fetchOne(self)
        let jobs = try Employment.filter(Employment.Columns.clientID == clientID)
            .order(Employment.Columns.startDate, Employment.Columns.id).fetchAll(self)
        let checkpoints = try Checkpoint.fetchAll(self, sql: """
            SELECT c.* FROM checkpoint c JOIN employment e ON e.id = c.employment_id
            WHERE e.client_id = ? ORDER BY c.employment_id, c.month
            """, arguments: [clientID])
        let plans = try ActionPlan.filter(ActionPlan.Columns.clientID == clientID).order(ActionPlan.Columns.id).fetchAll(self)
        return ClientOutcomeFacts(clientID: clientID, assessmentDate: assessment?.assessedOn(in: zone), jobs: jobs,
                                  checkpoints: checkpoints, plans: plans, calendar: try businessCalendar(forClient: clientID))
    }

    /// Stores every flag the rules compute differently now (job PBF eligibility, checkpoint late and
    /// PBF verdicts, early exits), each change audited. Returns the facts as stored afterwards.
    @discardableResult
    func applyOutcomeRules(clientID: Int64, by actor: StaffMember, at now: Date) throws -> ClientOutcomeFacts {
        let stored = try outcomeFacts(clientID: clientID)
        let expected = OutcomeRules.recomputed(stored)
        var after = expected
        for (i, pair) in zip(stored.jobs, expected.jobs).enumerated() where pair.0 != pair.1 {
            var job = pair.1
            try updateVersioned(&job, by: actor, at: now)
            after.jobs[i] = job
        }
        for (i, pair) in zip(stored.checkpoints, expected.checkpoints).enumerated() where pair.0 != pair.1 {
            var checkpoint = pair.1
            try updateVersioned(&checkpoint, by: actor, at: now)
            after.checkpoints[i] = checkpoint
        }
        for (i, pair) in zip(stored.plans, expected.plans).enumerated() where pair.0 != pair.1 {
            var plan = pair.1
            try updateVersioned(&plan, by: actor, at: now)
            after.plans[i] = plan
        }
        return after
    }
}
