/// A fact intake requires that a CaMS extract of existing clients often lacks. The import keeps such
/// a row instead of refusing the file, and a computed follow-up asks for the fact until it is
/// recorded (`IntakeGapRules.swift`). The predicates here are the ones the intake's refusals use, so
/// the form, the import and the queue agree on what is missing.
public enum IntakeGap: String, CaseIterable, Sendable {
    /// An OW, ODSP, RASP or TRF referral without the SA caseworker's name.
    case saCaseworkerName
    /// Under 18 at intake without the attestation R-16 asks for.
    case under18Attestation

    /// The field the intake's refusal names (`IntakeValidator`'s field ids).
    public var field: String { rawValue }

    /// Social assistance referred the client, and no SA caseworker name is recorded.
    public static func lacksSACaseworker(source: ReferralSource, name: String?) -> Bool {
        source.isSocialAssistance && (name ?? "").trimmingSpaces.isEmpty
    }

    /// The client was under 18 on `day` (the intake's day) and no attestation is recorded. A birth
    /// date after `day` is a different problem (the date of birth's own).
    public static func lacksAttestation(bornOn born: LocalDate?, attested: Bool, on day: LocalDate) -> Bool {
        guard let born, !attested, born <= day else { return false }
        return born.age(on: day) < IntakeValidator.adultAge
    }

    /// The gaps of a client record on `day`, in this order.
    public static func gaps(of client: Client, on day: LocalDate) -> [IntakeGap] {
        var found: [IntakeGap] = []
        if lacksSACaseworker(source: client.referralSource, name: client.saCaseworkerName) { found.append(.saCaseworkerName) }
        if lacksAttestation(bornOn: client.dateOfBirth, attested: client.under18Attestation, on: day) { found.append(.under18Attestation) }
        return found
    }
}
