import CaseloadCore
import Foundation
import GRDB

/// An appointment with the names a profile shows beside it.
public struct ProfileAppointment: Hashable, Sendable, Identifiable {
    public var appointment: Appointment
    public var staffName: String
    public var siteName: String
    public var id: Int64 { appointment.id ?? 0 }
}

/// A job with its employer's name and its four checkpoints, in month order.
public struct ProfileEmployment: Hashable, Sendable, Identifiable {
    public var employment: Employment
    public var employerName: String
    public var checkpoints: [Checkpoint]
    /// "job corrected on Mon 16 Mar 2026 by Dana Lee because …", oldest first (issue #19).
    public var corrections: [String] = []
    public var id: Int64 { employment.id ?? 0 }
}

/// A client's Employment Action Plan and its items, in the order they were added.
public struct ProfilePlan: Hashable, Sendable {
    public var plan: ActionPlan
    public var items: [PlanItem]
}

/// A follow-up made by hand, with its owner's name.
public struct ProfileFollowUp: Hashable, Sendable, Identifiable {
    public var followUp: ManualFollowUp
    public var ownerName: String
    public var id: Int64 { followUp.id ?? 0 }
}

/// What the client profile reads, one query per tab. Each checks the acting staff member's role,
/// so a screen that forgot to hide a tab still cannot show what the role may not see.
extension CaseloadDatabase {
    /// The latest common assessment (the last one started, as the follow-up rules count), or nil
    /// when none was started.
    public func profileAssessment(clientID: Int64, by staff: StaffMember) throws -> Assessment? {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientDetails, clientID: clientID, in: db)
            return try Assessment.filter(Assessment.Columns.clientID == clientID)
                .order(Assessment.Columns.id.desc)
                .fetchOne(db)
        }
    }

    /// The most recently opened plan with its items; nil when the client has no plan yet.
    public func profilePlan(clientID: Int64, by staff: StaffMember) throws -> ProfilePlan? {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewActionPlan, clientID: clientID, in: db)
            guard let plan = try ActionPlan.filter(ActionPlan.Columns.clientID == clientID)
                .order(ActionPlan.Columns.openedOn.desc, ActionPlan.Columns.id.desc)
                .fetchOne(db), let planID = plan.id else { return nil }
            let items = try PlanItem.filter(PlanItem.Columns.planID == planID)
                .order(PlanItem.Columns.id).fetchAll(db)
            return ProfilePlan(plan: plan, items: items)
        }
    }

    /// Appointments newest first, with staff and site names (every role may see these).
    public func profileAppointments(clientID: Int64, by staff: StaffMember) throws -> [ProfileAppointment] {
        try read { db in
            _ = try actingOnClient(staff, needs: .manageAppointments, clientID: clientID, in: db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, s.full_name AS staff_name, t.name AS site_name
                FROM appointment a JOIN staff s ON s.id = a.staff_id JOIN site t ON t.id = a.site_id
                WHERE a.client_id = ?
                ORDER BY a.day DESC, a.start_minute DESC, a.id DESC
                """, arguments: [clientID])
            return try rows.map { row in
                ProfileAppointment(appointment: try Appointment(row: row),
                                   staffName: try row.decode(String.self, forColumn: "staff_name"),
                                   siteName: try row.decode(String.self, forColumn: "site_name"))
            }
        }
    }

    /// Consent given or withdrawn, newest first.
    public func profileConsents(clientID: Int64, by staff: StaffMember) throws -> [ConsentRecord] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientDetails, clientID: clientID, in: db)
            return try ConsentRecord.filter(ConsentRecord.Columns.clientID == clientID)
                .order(ConsentRecord.Columns.recordedOn.desc, ConsentRecord.Columns.id.desc)
                .fetchAll(db)
        }
    }

    /// Jobs newest first, each with its employer's name and checkpoints.
    public func profileEmployments(clientID: Int64, by staff: StaffMember) throws -> [ProfileEmployment] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientDetails, clientID: clientID, in: db)
            let jobs = try Employment.filter(Employment.Columns.clientID == clientID)
                .order(Employment.Columns.startDate.desc, Employment.Columns.id.desc).fetchAll(db)
            return try jobs.map { job in
                let employer = try Employer.fetchOne(db, key: job.employerID)
                let checkpoints = try Checkpoint.filter(Checkpoint.Columns.employmentID == job.id)
                    .order(Checkpoint.Columns.month).fetchAll(db)
                return ProfileEmployment(employment: job, employerName: employer?.name ?? "employer #\(job.employerID)",
                                         checkpoints: checkpoints,
                                         corrections: try db.correctionSentences(job: job, checkpoints: checkpoints))
            }
        }
    }

    /// Manual follow-ups: open ones by due date first, then completed ones, latest first.
    public func profileFollowUps(clientID: Int64, by staff: StaffMember) throws -> [ProfileFollowUp] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewFollowUps, clientID: clientID, in: db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.*, s.full_name AS owner_name
                FROM manual_follow_up f JOIN staff s ON s.id = f.owner_id
                WHERE f.client_id = ?
                ORDER BY f.completed_on IS NOT NULL, f.due_on, f.id
                """, arguments: [clientID])
            let all = try rows.map { row in
                ProfileFollowUp(followUp: try ManualFollowUp(row: row), ownerName: try row.decode(String.self, forColumn: "owner_name"))
            }
            let open = all.filter { $0.followUp.completedOn == nil }
            let done = all.filter { $0.followUp.completedOn != nil }
                .sorted { ($0.followUp.completedOn!, $0.id) > ($1.followUp.completedOn!, $1.id) }
            return open + done
        }
    }
}
