import Foundation

public enum ReferralOutStatus: String, Codable, CaseIterable, Sendable {
    case made = "Made", connected = "Connected", notConnected = "Not connected"

    /// `Connected` and `Not connected` end the referral: its follow-up stops.
    public var isSettled: Bool { self != .made }
}

/// A referral to another service or support (integrated case management, R-24).
public struct ReferralOut: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var clientID: Int64
    public var partner: String
    /// From the configurable service-type list (housing, mental health and addictions …).
    public var serviceType: String
    public var madeOn: LocalDate
    public var status: ReferralOutStatus
    public var outcomeNote: String?
    /// When set, a follow-up is due that day until the status is settled.
    public var followUpOn: LocalDate?
    public var version: Int

    public init(id: Int64? = nil, clientID: Int64, partner: String, serviceType: String, madeOn: LocalDate,
                status: ReferralOutStatus = .made, outcomeNote: String? = nil, followUpOn: LocalDate? = nil, version: Int = 0) {
        self.id = id; self.clientID = clientID; self.partner = partner; self.serviceType = serviceType
        self.madeOn = madeOn; self.status = status; self.outcomeNote = outcomeNote; self.followUpOn = followUpOn
        self.version = version
    }

    /// The seeded service types that are life stabilization (counted on the profile); training and
    /// "Other" are not. Compared without case, so an administrator's respelling still counts.
    public static let lifeStabilizationTypes = ["Housing", "Mental health and addictions", "Identification", "Legal", "Child care"]

    public var isLifeStabilization: Bool {
        Self.lifeStabilizationTypes.contains { $0.caseInsensitiveCompare(serviceType) == .orderedSame }
    }

    public static let partnerLimit = 120
    public static let noteLimit = 2_000

    /// Trimmed text, blank optional text as nil.
    public static func normalized(_ r: ReferralOut) -> ReferralOut {
        var r = r
        r.partner = r.partner.trimmingCharacters(in: .whitespacesAndNewlines)
        r.serviceType = r.serviceType.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = r.outcomeNote?.trimmingCharacters(in: .whitespacesAndNewlines)
        r.outcomeNote = (note?.isEmpty ?? true) ? nil : note
        return r
    }

    /// Every problem, in form order: partner named, dates sensible, a settled referral says how it went.
    public static func validate(_ r: ReferralOut, today: LocalDate) -> [FieldError] {
        var errors: [FieldError] = []
        if r.partner.isEmpty {
            errors.append(FieldError(field: "partner", message: "Name the partner organisation the client was referred to."))
        } else if let problem = UnsafeCharacters.problem(in: r.partner, field: "Partner")
                    ?? FieldLimits.problem(r.partner, label: "Partner", limit: partnerLimit) {
            errors.append(FieldError(field: "partner", message: problem))
        } else if PlaceholderCheck.isPlaceholder(r.partner) {
            errors.append(FieldError(field: "partner", message: "Partner '\(r.partner)' is a placeholder: name the organisation."))
        }
        if r.serviceType.isEmpty {
            errors.append(FieldError(field: "serviceType", message: "Choose the service type."))
        }
        if let problem = AcceptedDates.pastDay(today: today).problem(r.madeOn) {
            errors.append(FieldError(field: "madeOn", message: "Referral date \(r.madeOn.iso) \(problem)."))
        }
        if let follow = r.followUpOn {
            if let problem = AcceptedDates.anyDay.problem(follow) {
                errors.append(FieldError(field: "followUpOn", message: "Follow-up date \(follow.iso) \(problem)."))
            } else if follow < r.madeOn {
                errors.append(FieldError(field: "followUpOn",
                    message: "Follow-up date \(follow.iso) is before the referral (\(r.madeOn.iso)): choose a later day."))
            }
        }
        if let note = r.outcomeNote, let problem = UnsafeCharacters.problem(in: note, field: "Outcome note", multiLine: true)
            ?? FieldLimits.problem(note, label: "Outcome note", limit: noteLimit) {
            errors.append(FieldError(field: "outcomeNote", message: problem))
        }
        return errors
    }
}
