import CaseloadCore
import Foundation
import GRDB

/// Recording a 1, 3, 6 or 12-month checkpoint. Setting `recordedOn` is what satisfies its
/// follow-up: the queue shows a checkpoint only until then. Recording keeps the evidence, marks the
/// checkpoint late when it is, computes its PBF verdict and writes a Checkpoint case note.
extension CaseloadDatabase {
    /// Saves what the client said (`stillEmployed`, `hoursPerWeek`, `sameEmployer`, `contactMethod`,
    /// `evidence`, `evidenceReference`, `note` from the given copy) and marks the checkpoint recorded on `day`.
    /// - Throws: `invalid` (answers), `refused` (before its due date, R-25; already recorded), `notPermitted`.
    public func recordCheckpoint(_ checkpoint: Checkpoint, on day: LocalDate, by staff: StaffMember,
                                 today: LocalDate = .today(in: FollowUpEngine.agencyTimeZone)) throws -> Checkpoint {
        let answer = try Self.checkedAnswer(checkpoint, on: day, today: today)
        return try write { db in
            let actor = try acting(staff, needs: .editActionPlan, in: db)
            guard let id = checkpoint.id, var stored = try Checkpoint.fetchOne(db, key: id) else {
                throw StoreError.notFound(recordType: Checkpoint.databaseTableName, id: checkpoint.id ?? 0)
            }
            try db.requireVersion(stored, matches: checkpoint)
            if let recorded = stored.recordedOn {
                throw StoreError.refused("recordedOn", "The \(stored.month.label) checkpoint was already recorded \(recorded.long); correct it instead (with a reason).")
            }
            guard let job = try Employment.fetchOne(db, key: stored.employmentID) else {
                throw StoreError.notFound(recordType: Employment.databaseTableName, id: stored.employmentID)
            }
            _ = try actingOnClient(actor, needs: .editActionPlan, clientID: job.clientID, in: db)
            try db.requireAnswerValues(answer)
            if let why = CheckpointWindow.refusal(recordingOn: day, month: stored.month, dueOn: stored.dueOn) {
                throw StoreError.refused("recordedOn", why)
            }
            let now = Date()
            stored.recordedOn = day
            stored.copyAnswers(from: answer)
            // Late flag and PBF verdict from the rules, then the note that explains them: one update.
            var facts = try db.outcomeFacts(clientID: job.clientID)
            facts.checkpoints = facts.checkpoints.map { $0.id == id ? stored : $0 }
            let ruled = OutcomeRules.recomputed(facts)
            stored = ruled.checkpoints.first { $0.id == id } ?? stored
            var note = CheckpointNote.make(stored, job: job, employerName: try db.employerName(job.employerID),
                                           facts: ruled, by: actor, zone: FollowUpEngine.agencyTimeZone)
            note.interactionAt = min(note.interactionAt, now)
            if (try? db.requireActive(.communication, note.communication)) == nil { note.communication = "Internal" }
            try db.insertCheckedNote(&note, by: actor)
            stored.noteID = note.id
            try db.updateVersioned(&stored, by: actor, at: now)
            try db.applyOutcomeRules(clientID: job.clientID, by: actor, at: now)
            return stored
        }
    }

    /// The field checks that need no database, shared by recording and correcting.
    static func checkedAnswer(_ checkpoint: Checkpoint, on day: LocalDate, today: LocalDate) throws -> Checkpoint {
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
        if (checkpoint.evidence ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(FieldError(field: "evidence", message: "Choose the evidence (pay stub, employer confirmation, client attestation …)."))
        }
        let reference = (checkpoint.evidenceReference ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reference.isEmpty {
            problems.append(FieldError(field: "evidenceReference", message: "Enter the evidence's document reference (file name, scan number …)."))
        } else if let p = UnsafeCharacters.problem(in: reference, field: "The document reference") {
            problems.append(FieldError(field: "evidenceReference", message: p))
        }
        if !problems.isEmpty { throw StoreError.invalid(problems) }
        var c = checkpoint
        c.evidence = checkpoint.evidence?.trimmingCharacters(in: .whitespaces)
        c.evidenceReference = reference
        let note = checkpoint.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        c.note = note?.isEmpty == false ? note : nil
        return c
    }
}

extension Checkpoint {
    /// The answers of a recording or a correction; hours and employer only while employed.
    mutating func copyAnswers(from answer: Checkpoint) {
        stillEmployed = answer.stillEmployed
        hoursPerWeek = answer.stillEmployed == true ? answer.hoursPerWeek : nil
        sameEmployer = answer.stillEmployed == true ? answer.sameEmployer : nil
        contactMethod = answer.contactMethod
        evidence = answer.evidence
        evidenceReference = answer.evidenceReference
        note = answer.note
    }
}

extension Database {
    func requireAnswerValues(_ answer: Checkpoint) throws {
        try requireActive(.contactMethod, answer.contactMethod ?? "")
        try requireActive(.checkpointEvidence, answer.evidence ?? "")
    }

    func employerName(_ id: Int64) throws -> String {
        try String.fetchOne(self, sql: "SELECT name FROM employer WHERE id = ?", arguments: [id]) ?? "employer #\(id)"
    }
}
