import CaseloadCore
import CaseloadStore

/// The Employment tab's corrections (issue #19): reading what the forms choose from, and the store's
/// correction calls, each of which keeps the earlier values with the reason and recomputes the verdicts.
extension Effect where Message == ClientProfileMessage {
    static func openJobCorrection(_ job: ProfileEmployment) -> Self {
        .read("open the job correction") { env in
            .jobCorrectionChoices(employers: try env.db.employers(matching: "", limit: 2000), job)
        }
    }

    static func openJobEnd(_ job: ProfileEmployment) -> Self {
        .read("open the job's end") { env in .jobEndChoices(endReasons: try env.db.valueList(.endReason).map(\.value), job) }
    }

    static func correctJob(_ job: Employment, reason: String) -> Self {
        .write("correct the job") { env in .jobCorrected(try env.db.correctEmployment(job, reason: reason, by: env.actor)) }
    }

    /// Ends the job, or corrects its end (`correction` holds the reason then).
    static func endJob(_ job: Employment, on end: LocalDate?, endReason: String?, correction: String?) -> Self {
        .write(correction == nil ? "end the job" : "correct the job's end") { env in
            guard let id = job.id else { throw StoreError.notFound(recordType: Employment.databaseTableName, id: 0) }
            let saved = try env.db.endEmployment(id: id, version: job.version, on: end, endReason: endReason,
                                                 correction: correction, by: env.actor)
            return .jobEnded(saved, wasCorrection: correction != nil)
        }
    }

    static func correctCheckpoint(_ answer: Checkpoint, on day: LocalDate, reason: String) -> Self {
        .write("correct the checkpoint") { env in
            let saved = try env.db.correctCheckpoint(answer, recordedOn: day, reason: reason, by: env.actor, today: env.today)
            return .checkpointCorrected(month: saved.month.label, isLate: saved.isLate, earnsPBF: saved.earnsPBF)
        }
    }
}
