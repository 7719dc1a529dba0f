import CaseloadCore
import Foundation
import GRDB

/// Recording a 1, 3, 6 or 12-month checkpoint. Setting `recordedOn` is what satisfies its
/// follow-up: the queue shows a checkpoint only until then.
extension CaseloadDatabase {
    /// Saves what the client said (`stillEmployed`, `hoursPerWeek`, `sameEmployer`, `contactMethod`,
    /// `note` from the given copy) and marks the checkpoint recorded on `day`.
    public func recordCheckpoint(_ checkpoint: Checkpoint, on day: LocalDate, by staff: StaffMember,
                                 today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> Checkpoint {
        var problems: [FieldError] = []
        if day > today {
            problems.append(FieldError(field: "recordedOn", message: "\(day.long) is in the future: record a checkpoint on or after the day you reached the client."))
        }
        if checkpoint.stillEmployed == nil {
            problems.append(FieldError(field: "stillEmployed", message: "Say whether the client is still employed."))
        }
        if let hours = checkpoint.hoursPerWeek, !(0...168).contains(hours) {
            problems.append(FieldError(field: "hoursPerWeek", message: "Hours per week must be between 0 and 168."))
        }
        if checkpoint.stillEmployed == true, checkpoint.hoursPerWeek == nil {
            problems.append(FieldError(field: "hoursPerWeek", message: "Enter the hours a week the client works now."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        let note = checkpoint.note?.trimmingCharacters(in: .whitespacesAndNewlines)

        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            guard let id = checkpoint.id, var stored = try Checkpoint.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: Checkpoint.databaseTableName, id: checkpoint.id ?? 0)
            }
            try db.requireVersion(stored, matches: checkpoint)
            if let recorded = stored.recordedOn {
                throw StoreError.refused("recordedOn", "The \(stored.month.label) checkpoint was already recorded \(recorded.long).")
            }
            try db.requireActive(.contactMethod, checkpoint.contactMethod ?? "")
            if let job = try Employment.fetchOne(db, key: stored.employmentID), day < job.startDate {
                throw StoreError.refused("recordedOn", "\(day.long) is before the job started (\(job.startDate.long)).")
            }
            stored.recordedOn = day
            stored.stillEmployed = checkpoint.stillEmployed
            stored.hoursPerWeek = checkpoint.stillEmployed == true ? checkpoint.hoursPerWeek : nil
            stored.sameEmployer = checkpoint.stillEmployed == true ? checkpoint.sameEmployer : nil
            stored.contactMethod = checkpoint.contactMethod
            stored.note = note?.isEmpty == false ? note : nil
            try db.updateVersioned(&stored, by: actor, at: Date())
            return stored
        }
    }
}
