import Foundation

public struct Employer: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    /// The contact person.
    public var contact: String?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var sector: String?
    public var employeeCount: Int?
    /// needed only once the employer receives a financial incentive.
    public var isRegisteredInCaMS: Bool
    public var camsRegisteredOn: LocalDate?
    /// The Employer Registration Form every placement needs.
    public var hasRegistrationForm: Bool
    public var registrationFormOn: LocalDate?
    /// The signed Employment Service Training Incentive Placement Agreement.
    public var hasSignedPlacementAgreement: Bool
    public var placementAgreementSignedOn: LocalDate?
    public var notes: String?
    public var version: Int

    public init(id: Int64? = nil, name: String, contact: String? = nil, phone: String? = nil, email: String? = nil,
                address: String? = nil, sector: String? = nil, employeeCount: Int? = nil,
                isRegisteredInCaMS: Bool = false, camsRegisteredOn: LocalDate? = nil,
                hasRegistrationForm: Bool = false, registrationFormOn: LocalDate? = nil,
                hasSignedPlacementAgreement: Bool = false, placementAgreementSignedOn: LocalDate? = nil,
                notes: String? = nil, version: Int = 0) {
        self.id = id; self.name = name; self.contact = contact; self.phone = phone; self.email = email
        self.address = address; self.sector = sector; self.employeeCount = employeeCount
        self.isRegisteredInCaMS = isRegisteredInCaMS; self.camsRegisteredOn = camsRegisteredOn
        self.hasRegistrationForm = hasRegistrationForm; self.registrationFormOn = registrationFormOn
        self.hasSignedPlacementAgreement = hasSignedPlacementAgreement
        self.placementAgreementSignedOn = placementAgreementSignedOn; self.notes = notes; self.version = version
    }

    /// A major employer has 30 or more employees.
    public var isMajor: Bool { (employeeCount ?? 0) >= 30 }
}

/// A job a client started. Recording it creates the four checkpoints.
public struct Employment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var employerID: Int64
    public var jobTitle: String
    public var startDate: LocalDate
    public var hoursPerWeek: Double
    /// whether the employer is new to the client.
    public var isNewEmployer: Bool
    public var endDate: LocalDate?
    public var endReason: String?
    /// The PBF verdict, recomputed whenever the job or its facts are corrected.
    public var isPBFEligible: Bool
    /// the job came from an employment-outcome program (Ontario Bridge Training, apprenticeship).
    public var isFromOutcomeProgram: Bool
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, employerID: Int64, jobTitle: String, startDate: LocalDate,
                hoursPerWeek: Double, isNewEmployer: Bool, endDate: LocalDate? = nil, endReason: String? = nil,
                isPBFEligible: Bool = false, isFromOutcomeProgram: Bool = false, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.employerID = employerID; self.jobTitle = jobTitle
        self.startDate = startDate; self.hoursPerWeek = hoursPerWeek; self.isNewEmployer = isNewEmployer
        self.endDate = endDate; self.endReason = endReason; self.isPBFEligible = isPBFEligible
        self.isFromOutcomeProgram = isFromOutcomeProgram; self.version = version
    }
}

public enum CheckpointMonth: Int, Codable, CaseIterable, Sendable {
    case one = 1, three = 3, six = 6, twelve = 12
}

/// A 1, 3, 6 or 12-month employment follow-up. A follow-up is due until `recordedOn` is set.
public struct Checkpoint: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var employmentID: Int64
    public var month: CheckpointMonth
    public var dueOn: LocalDate
    public var recordedOn: LocalDate?
    public var stillEmployed: Bool?
    public var hoursPerWeek: Double?
    public var sameEmployer: Bool?
    public var contactMethod: String?
    public var note: String?
    /// The kind of evidence (a configurable list: pay stub, employer confirmation …) and its document reference.
    public var evidence: String?
    public var evidenceReference: String?
    /// recorded more than 10 business days after its due date.
    public var isLate: Bool
    /// the PBF verdict of this checkpoint; nil while not recorded.
    public var earnsPBF: Bool?
    /// The Checkpoint case note written when it was recorded.
    public var noteID: Int64?
    public var version: Int

    public init(id: Int64? = nil, employmentID: Int64, month: CheckpointMonth, dueOn: LocalDate,
                recordedOn: LocalDate? = nil, stillEmployed: Bool? = nil, hoursPerWeek: Double? = nil,
                sameEmployer: Bool? = nil, contactMethod: String? = nil, note: String? = nil,
                evidence: String? = nil, evidenceReference: String? = nil, isLate: Bool = false,
                earnsPBF: Bool? = nil, noteID: Int64? = nil, version: Int = 0) {
        self.id = id; self.employmentID = employmentID; self.month = month; self.dueOn = dueOn
        self.recordedOn = recordedOn; self.stillEmployed = stillEmployed; self.hoursPerWeek = hoursPerWeek
        self.sameEmployer = sameEmployer; self.contactMethod = contactMethod; self.note = note
        self.evidence = evidence; self.evidenceReference = evidenceReference; self.isLate = isLate
        self.earnsPBF = earnsPBF; self.noteID = noteID; self.version = version
    }
}
