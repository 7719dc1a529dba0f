import CaseloadCore
import Foundation
import GRDB

/// What importing one valid row will write. Built while checking (nothing written yet), so an
/// all-or-nothing import can refuse the whole file before touching the database.
struct RowPlan: Sendable {
    enum Outcome: Sendable { case created, updated, unchanged }

    var line: Int
    var outcome: Outcome
    /// The client after the row is applied (id nil when it is new).
    var client: Client
    /// For an existing client: the columns the row changes, with old and new values.
    var clientChanges: [FieldChange] = []
    var assessment: AssessmentPlan?
    /// A job the client does not have yet (the same employer and start date would be unchanged).
    var job: CamsEmployment?
    var jobIsPBFEligible = false
    /// A new client's search index entry, worked out while checking (on every core).
    var searchRow: ClientSearchRow?
    /// What intake requires that the client still lacks after the row (the import's summary counts them).
    var gaps: [IntakeGap] = []
}

struct FieldChange: Sendable {
    var column: String
    var old: DatabaseValue
    var new: DatabaseValue
}

enum AssessmentPlan: Sendable {
    /// No assessment yet: record one, submitted on the extract's day.
    case insert(submittedOn: LocalDate)
    /// The latest assessment has no submission, or one on another day.
    case update(Assessment, submittedOn: LocalDate)
}

/// The client columns an extract can change, with how each is read from a `Client`. The CaMS
/// reference is the key (never changed by a row); ids, times and flags are the store's.
enum ImportedClientColumns {
    typealias C = Client.Columns
    static let all: [(column: String, value: @Sendable (Client) -> DatabaseValue)] = [
        (C.firstName.rawValue, { $0.firstName.databaseValue }),
        (C.lastName.rawValue, { $0.lastName.databaseValue }),
        (C.preferredName.rawValue, { $0.preferredName.databaseValue }),
        (C.dateOfBirth.rawValue, { $0.dateOfBirth.databaseValue }),
        (C.phone.rawValue, { $0.phone.databaseValue }),
        (C.email.rawValue, { $0.email.databaseValue }),
        (C.address.rawValue, { $0.address.databaseValue }),
        (C.preferredLanguage.rawValue, { $0.preferredLanguage.databaseValue }),
        (C.referralSource.rawValue, { $0.referralSource.databaseValue }),
        (C.referralReceivedOn.rawValue, { $0.referralReceivedOn.databaseValue }),
        (C.saCaseworkerName.rawValue, { $0.saCaseworkerName.databaseValue }),
        (C.saCaseworkerContact.rawValue, { $0.saCaseworkerContact.databaseValue }),
        (C.clientStream.rawValue, { $0.clientStream.databaseValue }),
        (C.under18Attestation.rawValue, { $0.under18Attestation.databaseValue }),
        (C.caseworkerID.rawValue, { $0.caseworkerID.databaseValue }),
        (C.siteID.rawValue, { $0.siteID.databaseValue }),
        (C.status.rawValue, { $0.status.databaseValue }),
    ]

    /// The columns whose values differ, in the order above.
    static func changes(from old: Client, to new: Client) -> [FieldChange] {
        all.compactMap { column, value in
            let before = value(old), after = value(new)
            return before == after ? nil : FieldChange(column: column, old: before, new: after)
        }
    }
}
