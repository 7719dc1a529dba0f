import CaseloadCore
import Foundation
import GRDB

extension Database {
    /// After a job's end was recorded, moved or cleared: the client's status follows §3a
    /// (`ClientLifecycle.afterJobEndChanged`), audited in the status history, inside the same write.
    func followJobEnd(of job: Employment, facts: ClientOutcomeFacts, by actor: StaffMember, at now: Date) throws {
        let client = try storedClient(job.clientID)
        let employer = try Employer.fetchOne(self, key: job.employerID)?.name ?? "employer #\(job.employerID)"
        try apply(ClientLifecycle.afterJobEndChanged(client.status, changed: job, employer: employer,
                                                     jobs: facts.jobs, checkpoints: facts.checkpoints),
                  clientID: job.clientID, on: LocalDate(now, in: FollowUpEngine.agencyTimeZone), by: actor, at: now)
    }
}
