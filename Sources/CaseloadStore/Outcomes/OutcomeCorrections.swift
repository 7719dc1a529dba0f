import CaseloadCore
import Foundation
import GRDB

/// Corrections of recorded outcomes: a checkpoint, a job (title, employer, hours, start, new employer,
/// outcome program) and a job's end. Each asks for a reason, which is kept beside the audit row that
/// holds the earlier values; PBF verdicts and early-exit flags are then recomputed (`applyOutcomeRules`).
extension CaseloadDatabase {
    /// Corrects a recorded checkpoint's answers and recorded day (`corrected` carries the new values and
    /// the version the person saw).
    public func correctCheckpoint(_ corrected: Checkpoint, recordedOn day: LocalDate, reason: String, by staff: StaffMember,
                                  today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> Checkpoint {
        let reason = try Self.correctionReason(reason)
        let answer = try Self.checkedAnswer(corrected, on: day, today: today)
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            guard let id = corrected.id, var stored = try Checkpoint.fetchOne(db, key: id),
                  let job = try Employment.fetchOne(db, key: stored.employmentID) else {
                throw StoreError.notFound(recordType: Checkpoint.databaseTableName, id: corrected.id ?? 0)
            }
            _ = try actingOnClient(actor, needs: .editActionPlan, clientID: job.clientID, in: db)
            try db.requireVersion(stored, matches: corrected)
            guard stored.recordedOn != nil else {
                throw StoreError.refused("recordedOn", "The \(stored.month.label) checkpoint is not recorded yet: record it instead.")
            }
            try db.requireAnswerValues(answer)
            if let why = CheckpointWindow.refusal(recordingOn: day, month: stored.month, dueOn: stored.dueOn) {
                throw StoreError.refused("recordedOn", why)
            }
            let now = Date()
            stored.recordedOn = day
            stored.copyAnswers(from: answer)
            try db.updateVersioned(&stored, by: actor, at: now)
            try db.insertCorrection(clientID: job.clientID, .checkpoint, id, what: "\(stored.month.label) checkpoint",
                                    reason: reason, by: actor, at: now)
            let facts = try db.applyOutcomeRules(clientID: job.clientID, by: actor, at: now)
            return facts.checkpoints.first { $0.id == id } ?? stored
        }
    }

    /// Corrects a job's title, employer, hours, start, new-employer and outcome-program answers. A new
    /// start moves the checkpoints' due dates; it is refused when a recorded checkpoint would then
    /// have been recorded before its due date.
    public func correctEmployment(_ corrected: Employment, reason: String, by staff: StaffMember) throws -> Employment {
        let reason = try Self.correctionReason(reason)
        var corrected = corrected
        corrected.jobTitle = corrected.jobTitle.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [FieldError] = []
        if corrected.jobTitle.isEmpty { problems.append(.init(field: "jobTitle", message: "Enter the job title.")) }
        if !(0...168).contains(corrected.hoursPerWeek) {
            problems.append(.init(field: "hoursPerWeek", message: "Hours per week must be between 0 and 168."))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            guard let id = corrected.id, var stored = try Employment.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: Employment.databaseTableName, id: corrected.id ?? 0)
            }
            _ = try actingOnClient(actor, needs: .editActionPlan, clientID: stored.clientID, in: db)
            try db.requireVersion(stored, matches: corrected)
            guard try Employer.exists(db, key: corrected.employerID) else {
                throw StoreError.notFound(recordType: Employer.databaseTableName, id: corrected.employerID)
            }
            if let end = stored.endDate, end < corrected.startDate {
                throw StoreError.invalid([.init(field: "startDate", message: "The job ended \(end.long); it cannot start after that.")])
            }
            let now = Date()
            if corrected.startDate != stored.startDate {
                for var checkpoint in try Checkpoint.filter(Checkpoint.Columns.employmentID == id).fetchAll(db) {
                    let due = Checkpoints.due(checkpoint.month, startingOn: corrected.startDate).date
                    if let recorded = checkpoint.recordedOn, recorded < due {
                        throw StoreError.refused("startDate", "The \(checkpoint.month.label) checkpoint was recorded \(recorded.long), before it would be due (\(due.long)) with this start (R-25): check the start date.")
                    }
                    checkpoint.dueOn = due
                    try db.updateVersioned(&checkpoint, by: actor, at: now)
                }
            }
            stored.jobTitle = corrected.jobTitle
            stored.employerID = corrected.employerID
            stored.hoursPerWeek = corrected.hoursPerWeek
            stored.startDate = corrected.startDate
            stored.isNewEmployer = corrected.isNewEmployer
            stored.isFromOutcomeProgram = corrected.isFromOutcomeProgram
            try db.updateVersioned(&stored, by: actor, at: now)
            try db.insertCorrection(clientID: stored.clientID, .employment, id, what: "job", reason: reason, by: actor, at: now)
            let facts = try db.applyOutcomeRules(clientID: stored.clientID, by: actor, at: now)
            return facts.jobs.first { $0.id == id } ?? stored
        }
    }

    /// Ends a job (any time after the fact), or corrects its end. Ending needs the end date and an end
    /// reason from the list; changing or clearing an end already entered is a correction and needs `correction`.
    public func endEmployment(id: Int64, version: Int, on end: LocalDate?, endReason: String?, correction: String? = nil,
                              by staff: StaffMember) throws -> Employment {
        let endReason = endReason?.trimmingCharacters(in: .whitespaces)
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            guard var stored = try Employment.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: Employment.databaseTableName, id: id)
            }
            _ = try actingOnClient(actor, needs: .editActionPlan, clientID: stored.clientID, in: db)
            var seen = stored
            seen.version = version
            try db.requireVersion(stored, matches: seen)
            let isCorrection = stored.endDate != nil
            let reason = isCorrection ? try Self.correctionReason(correction ?? "") : nil
            var problems: [FieldError] = []
            if let end {
                if end < stored.startDate { problems.append(.init(field: "endDate", message: "The job cannot end before it starts (\(stored.startDate.long)).")) }
                if (endReason ?? "").isEmpty { problems.append(.init(field: "endReason", message: "Choose why the job ended.")) }
            } else if !isCorrection {
                problems.append(.init(field: "endDate", message: "Enter the day the job ended."))
            }
            if !problems.isEmpty { throw StoreError.invalid(problems) }
            if end != nil { try db.requireActive(.endReason, endReason ?? "") }
            let now = Date()
            stored.endDate = end
            stored.endReason = end == nil ? nil : endReason
            try db.updateVersioned(&stored, by: actor, at: now)
            if let reason {
                try db.insertCorrection(clientID: stored.clientID, .employment, id, what: "job end", reason: reason, by: actor, at: now)
            }
            let facts = try db.applyOutcomeRules(clientID: stored.clientID, by: actor, at: now)
            try db.followJobEnd(of: stored, facts: facts, by: actor, at: now)
            return facts.jobs.first { $0.id == id } ?? stored
        }
    }

    /// The corrections of a client's outcomes, oldest first, with the corrector's name.
    public func outcomeCorrections(clientID: Int64, by staff: StaffMember) throws -> [(correction: OutcomeCorrection, staffName: String)] {
        try read { db in
            _ = try actingOnClient(staff, needs: .viewActionPlan, clientID: clientID, in: db)
            let rows = try OutcomeCorrection.filter(OutcomeCorrection.Columns.clientID == clientID)
                .order(OutcomeCorrection.Columns.id).fetchAll(db)
            return try rows.map { ($0, try String.fetchOne(db, sql: "SELECT full_name FROM staff WHERE id = ?", arguments: [$0.staffID]) ?? "staff #\($0.staffID)") }
        }
    }

    static func correctionReason(_ reason: String) throws -> String {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            throw StoreError.invalid([.init(field: "reason", message: "Say why this is corrected: the reason is kept with the earlier values.")])
        }
        if let p = UnsafeCharacters.problem(in: reason, field: "The reason") {
            throw StoreError.invalid([.init(field: "reason", message: p)])
        }
        return reason
    }
}

extension Database {
    func insertCorrection(clientID: Int64, _ type: OutcomeCorrection.RecordType, _ id: Int64, what: String, reason: String,
                          by actor: StaffMember, at now: Date) throws {
        var row = OutcomeCorrection(clientID: clientID, recordType: type, recordID: id, what: what, reason: reason,
                                    staffID: actor.id!, at: now)
        try insertAudited(&row, by: actor, at: now)
    }
}

extension Database {
    /// The corrections of a job and its checkpoints as the profile shows them, oldest first.
    func correctionSentences(job: Employment, checkpoints: [Checkpoint], zone: TimeZone = FollowUpEngine.agencyTimeZone) throws -> [String] {
        let ids = checkpoints.compactMap(\.id)
        let rows = try OutcomeCorrection.filter(
            (OutcomeCorrection.Columns.recordType == OutcomeCorrection.RecordType.employment.rawValue && OutcomeCorrection.Columns.recordID == job.id)
                || (OutcomeCorrection.Columns.recordType == OutcomeCorrection.RecordType.checkpoint.rawValue && ids.contains(OutcomeCorrection.Columns.recordID)))
            .order(OutcomeCorrection.Columns.id).fetchAll(self)
        return try rows.map { c in
            let name = try String.fetchOne(self, sql: "SELECT full_name FROM staff WHERE id = ?", arguments: [c.staffID]) ?? "staff #\(c.staffID)"
            return "\(c.what) \(c.sentence(staffName: name, zone: zone))"
        }
    }
}
