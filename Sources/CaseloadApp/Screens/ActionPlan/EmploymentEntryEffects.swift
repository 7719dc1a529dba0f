import CaseloadCore
import CaseloadStore

/// What the job form's effects are doing, as "Could not …" says it.
enum EmploymentEntryEffects {
    static let open = "open the job form"
}

/// The job form's only store access.
extension Effect where Message == EmploymentEntryMessage {
    /// The client's name, the employers to pick from, the ones the client worked for, the end
    /// reasons and any kept draft, in one snapshot.
    static func prepareEmploymentEntry(_ state: EmploymentEntryState) -> Self {
        let clientID = state.clientID, key = state.draftKey
        return .read(EmploymentEntryEffects.open) { env in
            .prepared(EmploymentEntrySetup(
                clientName: try env.db.clientSummary(id: clientID, by: env.actor).sortName,
                employers: try env.db.employers(matching: "", limit: 2000),
                previousEmployerIDs: Set(try env.db.employments(clientID: clientID).map(\.employerID)),
                endReasons: try env.db.valueList(.endReason).map(\.value),
                draftOffer: env.draftOffer(key, what: "job")))
        }
    }

    static func readPBFFacts(clientID: Int64, start: LocalDate) -> Self {
        .read("read the client's PBF facts") { env in
            .facts(try env.db.pbfFacts(clientID: clientID, jobStartingOn: start, by: env.actor), start: start)
        }
    }

    /// Adds a typed new employer (once: `createdEmployer` from an earlier refused try is reused),
    /// then records the job with its checkpoints. A refusal comes back as `.refused`.
    static func saveJob(_ draft: EmploymentDraft, clientID: Int64, createdEmployer: Employer?) -> Self {
        .write("save the job") { env in
            var created = createdEmployer
            do {
                var employerID = draft.employerID
                if let name = draft.newEmployerName {
                    if created?.name != name { created = try env.db.addEmployer(Employer(name: name), by: env.actor) }
                    employerID = created?.id
                }
                guard let employerID else {
                    throw StoreError.invalid([FieldError(field: EmploymentForm.ID.employer, message: "Choose the employer.")])
                }
                let (job, checkpoints) = try env.db.recordEmployment(Employment(
                    clientID: clientID, employerID: employerID, jobTitle: draft.jobTitle, startDate: draft.startDate,
                    hoursPerWeek: draft.hoursPerWeek, isNewEmployer: draft.isNewEmployer, endDate: draft.endDate,
                    endReason: draft.endReason), by: env.actor)
                return .saved(job, checkpoints: checkpoints.count, createdEmployer: created)
            } catch {
                return .refused(error, createdEmployer: created)
            }
        }
    }
}
