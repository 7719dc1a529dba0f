import CaseloadCore
import Foundation
import GRDB

/// The import's own column lists for the records it inserts by the hundred thousand. GRDB's generic
/// `databaseDictionary` (and its `DateFormatter` for every timestamp) costs more per row than
/// SQLite's insert; these lists cost next to nothing. `ImportWriter` checks each list against
/// `databaseDictionary` once per import and falls back to the generic path if they ever disagree,
/// so a column added to a record later can slow the import down but never lose a value.
protocol ImportInsertable: AuditedRecord {
    static var importColumns: [String] { get }
    func importValues(_ dates: DateValues) -> [DatabaseValue]
}

/// Database values of instants, formatted once each: an import stamps thousands of rows with the
/// same `now`.
final class DateValues {
    private var cache: [Date: DatabaseValue]

    /// - Parameter known: values already worked out (by another `DateValues`: see `known`).
    init(known: [Date: DatabaseValue] = [:]) { cache = known }

    /// Every value worked out so far, to start another thread's `DateValues` with.
    var known: [Date: DatabaseValue] { cache }

    func callAsFunction(_ date: Date?) -> DatabaseValue {
        guard let date else { return .null }
        if let value = cache[date] { return value }
        let value = date.databaseValue
        cache[date] = value
        return value
    }
}

extension Client: ImportInsertable {
    static let importColumns = [
        "cams_reference", "first_name", "last_name", "preferred_name", "date_of_birth", "phone", "email", "address",
        "preferred_language", "referral_source", "referral_received_on", "sa_caseworker_name", "sa_caseworker_contact",
        "client_stream", "caseworker_id", "site_id", "status", "is_legacy", "under18_attestation", "created_at",
        "updated_at", "version",
    ]
    func importValues(_ dates: DateValues) -> [DatabaseValue] {
        [camsReference.databaseValue, firstName.databaseValue, lastName.databaseValue, preferredName.databaseValue,
         dateOfBirth.databaseValue, phone.databaseValue, email.databaseValue, address.databaseValue,
         preferredLanguage.databaseValue, referralSource.databaseValue, referralReceivedOn.databaseValue,
         saCaseworkerName.databaseValue, saCaseworkerContact.databaseValue, clientStream.databaseValue,
         caseworkerID.databaseValue, siteID.databaseValue, status.databaseValue, isLegacy.databaseValue,
         under18Attestation.databaseValue, dates(createdAt), dates(updatedAt), version.databaseValue]
    }
}

extension Assessment: ImportInsertable {
    static let importColumns = ["client_id", "module1_completed_on", "module2_completed_on", "submitted_at", "submitted_on",
                                "comment_for_sa", "employment_history", "current_employment_status", "employment_goals",
                                "barriers", "version"]
    func importValues(_ dates: DateValues) -> [DatabaseValue] {
        [clientID.databaseValue, module1CompletedOn.databaseValue, module2CompletedOn.databaseValue, dates(submittedAt),
         submittedOn.databaseValue, commentForSA.databaseValue, employmentHistory.databaseValue,
         currentEmploymentStatus.databaseValue, employmentGoals.databaseValue, barriers.databaseValue, version.databaseValue]
    }
}

extension Employment: ImportInsertable {
    static let importColumns = ["client_id", "employer_id", "job_title", "start_date", "hours_per_week", "is_new_employer",
                                "end_date", "end_reason", "is_pbf_eligible", "is_from_outcome_program", "version"]
    func importValues(_ dates: DateValues) -> [DatabaseValue] {
        [clientID.databaseValue, employerID.databaseValue, jobTitle.databaseValue, startDate.databaseValue,
         hoursPerWeek.databaseValue, isNewEmployer.databaseValue, endDate.databaseValue, endReason.databaseValue,
         isPBFEligible.databaseValue, isFromOutcomeProgram.databaseValue, version.databaseValue]
    }
}

extension Checkpoint: ImportInsertable {
    static let importColumns = ["employment_id", "month", "due_on", "recorded_on", "still_employed", "hours_per_week",
                                "same_employer", "contact_method", "note", "evidence", "evidence_reference", "is_late",
                                "earns_pbf", "note_id", "version"]
    func importValues(_ dates: DateValues) -> [DatabaseValue] {
        [employmentID.databaseValue, month.databaseValue, dueOn.databaseValue, recordedOn.databaseValue,
         stillEmployed.databaseValue, hoursPerWeek.databaseValue, sameEmployer.databaseValue,
         contactMethod.databaseValue, note.databaseValue, evidence.databaseValue, evidenceReference.databaseValue,
         isLate.databaseValue, earnsPBF.databaseValue, noteID.databaseValue, version.databaseValue]
    }
}

extension Employer: ImportInsertable {
    static let importColumns = ["name", "contact", "phone", "email", "address", "sector", "employee_count",
                                "is_registered_in_cams", "cams_registered_on", "has_registration_form", "registration_form_on",
                                "has_signed_placement_agreement", "placement_agreement_signed_on", "notes", "version"]
    func importValues(_ dates: DateValues) -> [DatabaseValue] {
        [name.databaseValue, contact.databaseValue, phone.databaseValue, email.databaseValue, address.databaseValue,
         sector.databaseValue, employeeCount.databaseValue, isRegisteredInCaMS.databaseValue, camsRegisteredOn.databaseValue,
         hasRegistrationForm.databaseValue, registrationFormOn.databaseValue, hasSignedPlacementAgreement.databaseValue,
         placementAgreementSignedOn.databaseValue, notes.databaseValue, version.databaseValue]
    }
}
