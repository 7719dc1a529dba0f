import CaseloadCore
import Foundation
import GRDB

extension Database {
    /// Closing a referral (unable to contact, declined) closes the file: a referral has no plan as
    /// a rule, but one opened anyway (an import) closes with it, early exit computed.
    func closeOpenPlan(ofClient clientID: Int64, on day: LocalDate, reason: String, by actor: StaffMember, at now: Date) throws {
        guard let open = try ActionPlan.filter(ActionPlan.Columns.clientID == clientID && ActionPlan.Columns.status != PlanStatus.closed)
            .fetchOne(self) else { return }
        var closed = EarlyExitRule.close(open, on: day, reason: reason, checkpoints: try checkpoints(clientID: clientID))
        try updateVersioned(&closed, by: actor, at: now)
    }
}
