import CaseloadCore
import Foundation
import GRDB

/// The common assessment as a caseworker records it (item 1 of #18). A new assessment while one
/// exists is a re-administration: the earlier ones stay, and the rules count from the latest.
/// Only the latest is edited; the earlier ones are history.
extension CaseloadDatabase {
    /// Saves `assessment`: inserts it when it has no id (starting the first assessment makes a
    /// `Referred` client `Active`), else updates the client's latest one (version checked).
    /// - Throws: `invalid` (dates in the future, Module 2 before Module 1 …), `refused` (a closed
    ///   file, an earlier assessment), `staleVersion`, `notPermitted`.
    public func saveAssessment(_ assessment: Assessment, today: LocalDate, by staff: StaffMember,
                               zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> Assessment {
        var assessment = AssessmentValidator.normalized(assessment)
        let problems = AssessmentValidator.validate(assessment, today: today, zone: zone)
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        if AssessmentValidator.isEmpty(assessment) {
            throw StoreError.refused("module1CompletedOn", "Nothing to save: enter at least the day Module 1 was done.")
        }
        return try write { db in
            let actor = try actingOnClient(staff, needs: .editClient, clientID: assessment.clientID, in: db)
            let client = try db.storedClient(assessment.clientID)
            let now = Date()
            guard let id = assessment.id else {
                if client.status == .closed {
                    throw StoreError.refused("status", ClientLifecycle.closedRefusal("recording an assessment"))
                }
                assessment.version = 0
                try db.insertAudited(&assessment, by: actor, at: now)
                try db.apply(ClientLifecycle.afterAssessmentStarted(client.status), clientID: client.id!,
                             on: today, by: actor, at: now)
                return assessment
            }
            guard let stored = try Assessment.fetchOne(db, key: id), stored.clientID == assessment.clientID else {
                throw StoreError.notFound(recordType: Assessment.databaseTableName, id: id)
            }
            try db.requireVersion(stored, matches: assessment)
            let latest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM assessment WHERE client_id = ?",
                                            arguments: [assessment.clientID])
            guard latest == id else {
                throw StoreError.refused("status", "This is an earlier assessment, kept as history: change the latest one, or start a new one.")
            }
            try db.updateVersioned(&assessment, by: actor, at: now)
            return assessment
        }
    }

    /// Every assessment of the client, latest first (the latest is the one the rules count from).
    public func assessments(clientID: Int64, by staff: StaffMember) throws -> [Assessment] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewClientDetails, clientID: clientID, in: db)
            return try Assessment.filter(Assessment.Columns.clientID == clientID)
                .order(Assessment.Columns.id.desc).fetchAll(db)
        }
    }
}
