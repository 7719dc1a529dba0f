import CaseloadCore
import Foundation
import GRDB

extension Employer: VersionedRecord {
    public static let databaseTableName = "employer"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, name, contact, phone, email, address, sector, employeeCount = "employee_count"
        case isRegisteredInCaMS = "is_registered_in_cams", camsRegisteredOn = "cams_registered_on"
        case hasRegistrationForm = "has_registration_form", registrationFormOn = "registration_form_on"
        case hasSignedPlacementAgreement = "has_signed_placement_agreement"
        case placementAgreementSignedOn = "placement_agreement_signed_on", notes, version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), name: try row.at(C.name), contact: try row.at(C.contact),
            phone: try row.at(C.phone), email: try row.at(C.email), address: try row.at(C.address),
            sector: try row.at(C.sector), employeeCount: try row.at(C.employeeCount),
            isRegisteredInCaMS: try row.at(C.isRegisteredInCaMS), camsRegisteredOn: try row.at(C.camsRegisteredOn),
            hasRegistrationForm: try row.at(C.hasRegistrationForm), registrationFormOn: try row.at(C.registrationFormOn),
            hasSignedPlacementAgreement: try row.at(C.hasSignedPlacementAgreement),
            placementAgreementSignedOn: try row.at(C.placementAgreementSignedOn), notes: try row.at(C.notes),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.name] = name; container[C.contact] = contact
        container[C.phone] = phone; container[C.email] = email; container[C.address] = address
        container[C.sector] = sector; container[C.employeeCount] = employeeCount
        container[C.isRegisteredInCaMS] = isRegisteredInCaMS; container[C.camsRegisteredOn] = camsRegisteredOn
        container[C.hasRegistrationForm] = hasRegistrationForm; container[C.registrationFormOn] = registrationFormOn
        container[C.hasSignedPlacementAgreement] = hasSignedPlacementAgreement
        container[C.placementAgreementSignedOn] = placementAgreementSignedOn; container[C.notes] = notes
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Employment: VersionedRecord {
    public static let databaseTableName = "employment"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, clientID = "client_id", employerID = "employer_id", jobTitle = "job_title"
        case startDate = "start_date", hoursPerWeek = "hours_per_week", isNewEmployer = "is_new_employer"
        case endDate = "end_date", endReason = "end_reason", isPBFEligible = "is_pbf_eligible"
        case isFromOutcomeProgram = "is_from_outcome_program", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), clientID: try row.at(C.clientID), employerID: try row.at(C.employerID),
            jobTitle: try row.at(C.jobTitle), startDate: try row.at(C.startDate),
            hoursPerWeek: try row.at(C.hoursPerWeek), isNewEmployer: try row.at(C.isNewEmployer),
            endDate: try row.at(C.endDate), endReason: try row.at(C.endReason),
            isPBFEligible: try row.at(C.isPBFEligible), isFromOutcomeProgram: try row.at(C.isFromOutcomeProgram),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.clientID] = clientID; container[C.employerID] = employerID
        container[C.jobTitle] = jobTitle; container[C.startDate] = startDate
        container[C.hoursPerWeek] = hoursPerWeek; container[C.isNewEmployer] = isNewEmployer
        container[C.endDate] = endDate; container[C.endReason] = endReason
        container[C.isPBFEligible] = isPBFEligible; container[C.isFromOutcomeProgram] = isFromOutcomeProgram
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Checkpoint: VersionedRecord {
    public static let databaseTableName = "checkpoint"

    public enum Columns: String, ColumnExpression, Sendable {
        case id, employmentID = "employment_id", month, dueOn = "due_on", recordedOn = "recorded_on"
        case stillEmployed = "still_employed", hoursPerWeek = "hours_per_week"
        case sameEmployer = "same_employer", contactMethod = "contact_method", note
        case evidence, evidenceReference = "evidence_reference", isLate = "is_late", earnsPBF = "earns_pbf"
        case noteID = "note_id", version
    }

    public init(row: Row) throws {
        typealias C = Columns
        self.init(
            id: try row.at(C.id), employmentID: try row.at(C.employmentID), month: try row.at(C.month),
            dueOn: try row.at(C.dueOn), recordedOn: try row.at(C.recordedOn),
            stillEmployed: try row.at(C.stillEmployed), hoursPerWeek: try row.at(C.hoursPerWeek),
            sameEmployer: try row.at(C.sameEmployer), contactMethod: try row.at(C.contactMethod),
            note: try row.at(C.note), evidence: try row.at(C.evidence), evidenceReference: try row.at(C.evidenceReference),
            isLate: try row.at(C.isLate), earnsPBF: try row.at(C.earnsPBF), noteID: try row.at(C.noteID),
            version: try row.at(C.version))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        typealias C = Columns
        container[C.id] = id; container[C.employmentID] = employmentID; container[C.month] = month
        container[C.dueOn] = dueOn; container[C.recordedOn] = recordedOn
        container[C.stillEmployed] = stillEmployed; container[C.hoursPerWeek] = hoursPerWeek
        container[C.sameEmployer] = sameEmployer; container[C.contactMethod] = contactMethod
        container[C.note] = note; container[C.evidence] = evidence; container[C.evidenceReference] = evidenceReference
        container[C.isLate] = isLate; container[C.earnsPBF] = earnsPBF; container[C.noteID] = noteID
        container[C.version] = version
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
