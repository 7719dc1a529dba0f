/// The lists administrators edit. Shipped as seed data, never as enums, because agencies differ.
public enum ValueListKind: String, Codable, CaseIterable, Sendable {
    case communication, noteType = "note_type", planItemType = "plan_item_type",
         closureReason = "closure_reason", contactMethod = "contact_method",
         supportCategory = "support_category", endReason = "end_reason",
         employerSupportCategory = "employer_support_category",
         referralServiceType = "referral_service_type",
         checkpointEvidence = "checkpoint_evidence"

    public var title: String {
        switch self {
        case .communication: return "Communication"
        case .noteType: return "Type"
        case .planItemType: return "Plan item type"
        case .closureReason: return "Closure reason"
        case .contactMethod: return "Contact method"
        case .supportCategory: return "Job seeker support category"
        case .employerSupportCategory: return "Employer support category"
        case .endReason: return "Employment end reason"
        case .referralServiceType: return "Referral service type"
        case .checkpointEvidence: return "Checkpoint evidence"
        }
    }

    /// domain.md's proposals, seeded into a new database.
    public var seedValues: [String] {
        switch self {
        case .communication:
            return ["In Person", "Phone", "Email", "Text/SMS", "Video", "Voicemail Left", "Mail", "Third Party", "Internal"]
        case .noteType:
            return ["Intake", "Common Assessment", "EAP Review", "Job Search", "Job Development", "Follow-up",
                    "Checkpoint", "Referral Made", "Referral Received", "Contact Attempt", "Financial Support",
                    "Life Stabilization", "SA Communication", "Consent", "Missed Appointment", "Closure", "General"]
        case .planItemType:
            return ["Job Search", "Training", "Education", "Workshop", "Life Stabilization", "Financial Support",
                    "Job Placement", "Ontario Bridge Training", "Apprenticeship", "Better Jobs Ontario", "Job Matching"]
        case .closureReason:
            return ["Employed - 12 months complete", "Unable to contact", "Client withdrew", "Moved out of area",
                    "Referred to another program", "Returned to school", "Not eligible", "Deceased", "Other"]
        case .contactMethod:
            return ["Phone", "Email", "Text/SMS", "In Person", "Video", "Mail"]
        case .supportCategory:
            return ["Transportation", "Work clothing and tools", "Training costs", "Child care", "Other"]
        case .employerSupportCategory:
            return ["Training incentive (placement)", "Job trial", "Other"]
        case .endReason:
            return ["Laid off", "Quit", "Dismissed", "Contract ended", "Moved to better job", "Other"]
        case .referralServiceType:
            return ["Housing", "Mental health and addictions", "Identification", "Legal", "Child care", "Training", "Other"]
        case .checkpointEvidence:
            return ["Pay stub", "Employer confirmation", "Client attestation", "Other"]
        }
    }
}

/// One entry of a configurable list; inactive entries stay readable on old records but are not offered.
public struct ValueListEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var kind: ValueListKind
    public var value: String
    public var position: Int
    public var isActive: Bool
    /// For note types: a body skeleton that pre-fills the note (e.g. Consent).
    public var template: String?
    public init(id: Int64? = nil, kind: ValueListKind, value: String, position: Int, isActive: Bool = true, template: String? = nil) {
        self.id = id; self.kind = kind; self.value = value; self.position = position; self.isActive = isActive; self.template = template
    }
}
