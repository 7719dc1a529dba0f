/// Intake checks (R-06, R-16, SOP 3): every problem with a client record, at most one per field, in
/// form order. Empty optional fields are fine ("leave it empty until known"); placeholders are not.
public enum IntakeValidator {
    /// Ages outside this range are almost certainly a typing mistake in the year.
    public static let plausibleAges = 14...120
    public static let adultAge = 18
    public static let maximumNameLength = FieldLimits.name

    /// Trims every text field and turns blank optional ones into nil: store what this returns.
    public static func normalized(_ client: Client) -> Client {
        var c = client
        func clean(_ s: String?) -> String? { s.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } }
        c.firstName = c.firstName.trimmingSpaces; c.lastName = c.lastName.trimmingSpaces
        c.preferredName = clean(c.preferredName); c.phone = clean(c.phone); c.email = clean(c.email)
        c.address = clean(c.address); c.preferredLanguage = clean(c.preferredLanguage)
        c.camsReference = clean(c.camsReference); c.saCaseworkerName = clean(c.saCaseworkerName)
        c.saCaseworkerContact = clean(c.saCaseworkerContact); c.clientStream = clean(c.clientStream)
        return c
    }

    /// - Parameter allowingGaps: an import of existing clients keeps a record that lacks an
    ///   `IntakeGap` (a follow-up asks for it) instead of refusing it; placeholders are still refused.
    public static func validate(_ client: Client, today: LocalDate, allowingGaps: Bool = false) -> [FieldError] {
        var errors: [FieldError] = []
        // An over-long value is told as such, not quoted back in another field's message.
        let tooLong = lengthProblems(client)
        func add(_ field: String, _ message: @autoclosure () -> String?) {
            if let message = tooLong[field] ?? message() { errors.append(FieldError(field: field, message: message)) }
        }
        func given(_ s: String?) -> String? { s.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces } }

        add("firstName", nameProblem(client.firstName, label: "First name", required: true))
        add("lastName", nameProblem(client.lastName, label: "Last name", required: true))
        add("preferredName", given(client.preferredName).flatMap { nameProblem($0, label: "Preferred name", required: false) })
        add("dateOfBirth", client.dateOfBirth.flatMap { dateOfBirthProblem($0, today: today) })
        add("phone", given(client.phone).flatMap(PhoneNumber.problem(with:)))
        add("email", given(client.email).flatMap(EmailAddress.problem(with:)))
        add("address", given(client.address).flatMap { PlaceholderCheck.isPlaceholder($0)
            ? "Address '\($0)' is a placeholder: enter the real address, or leave it empty until known." : nil })
        add("preferredLanguage", nil)
        add("camsReference", given(client.camsReference).flatMap(camsReferenceProblem))
        add("saCaseworkerName", saCaseworkerProblem(client, requiresName: !allowingGaps))
        add("saCaseworkerContact", given(client.saCaseworkerContact).flatMap { PlaceholderCheck.isPlaceholder($0)
            ? "SA caseworker contact '\($0)' is a placeholder: enter a phone number or email from the referral, or leave it empty." : nil })
        add("clientStream", nil)
        add("referralReceivedOn", referralDateProblem(client, today: today))
        if !allowingGaps { add("under18Attestation", attestationProblem(client, today: today)) }
        return errors
    }

    // MARK: - Fields

    /// Control characters (`UnsafeCharacters`) and `FieldLimits` of the optional text fields, by
    /// field (empty for nearly every client).
    static func lengthProblems(_ client: Client) -> [String: String] {
        var found: [String: String] = [:]
        for (field, label, limit, value) in FieldLimits.clientFields {
            guard let text = client[keyPath: value],
                  // An address may come on two lines from CaMS; no other field holds a line break.
                  let problem = UnsafeCharacters.problem(in: text, field: label, multiLine: field == "address")
                    ?? FieldLimits.problem(text, label: label, limit: limit) else { continue }
            found[field] = problem
        }
        return found
    }

    static func nameProblem(_ raw: String, label: String, required: Bool) -> String? {
        isPlainASCIIName(raw) ? nil : checkedNameProblem(raw, label: label, required: required)
    }

    /// Every check, character by character.
    static func checkedNameProblem(_ raw: String, label: String, required: Bool) -> String? {
        let name = raw.trimmingSpaces
        if name.isEmpty {
            return "\(label) is required: enter it as the client gives it."
        }
        // Control characters and length first: the other messages quote the name back.
        if let unsafe = UnsafeCharacters.problem(in: name, field: label) { return unsafe }
        if let tooLong = FieldLimits.problem(name, label: label, limit: maximumNameLength) { return tooLong }
        if PlaceholderCheck.isPlaceholder(name) {
            return "\(label) '\(name)' is a placeholder: enter the client's real name."
        }
        // Digits by general category, not `isNumber`: CJK numerals such as 一 (in 一帆) are letters.
        if name.unicodeScalars.contains(where: { [.decimalNumber, .otherNumber, .letterNumber].contains($0.properties.generalCategory) }) {
            return "\(label) '\(name)' contains digits: a name has letters only (with spaces, apostrophes, hyphens or periods)."
        }
        if let bad = name.first(where: { !($0.isLetter || $0.isWhitespace || "'’‘-‐.·ʼ".contains($0)) }) {
            return "\(label) '\(name)' contains '\(bad)': a name has letters, spaces, apostrophes, hyphens and periods only."
        }
        return nil
    }

    /// True for a name the checks below would pass, told over bytes: visible ASCII letters with
    /// inner spaces, apostrophes, hyphens and periods, not too long, not a placeholder. Anything
    /// else (accents, CJK, a problem) goes through the full checks, which word the message.
    static func isPlainASCIIName(_ name: String) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
              bytes.count <= maximumNameLength else { return false }
        for byte in bytes {
            guard byte.isASCIILetter || byte == 0x20 || byte == 0x27 || byte == 0x2D || byte == 0x2E else { return false }
        }
        return PlaceholderCheck.asciiVerdict(name) == false
    }

    static func dateOfBirthProblem(_ born: LocalDate, today: LocalDate) -> String? {
        if born == LocalDate(year: 1900, month: 1, day: 1) {
            return "Date of birth 1900-01-01 is a placeholder: enter the real date, or leave it empty until known."
        }
        if born > today {
            return "Date of birth \(born.iso) is in the future: check the year."
        }
        let age = born.age(on: today)
        if age > plausibleAges.upperBound {
            return "Date of birth \(born.iso) makes the client \(age) years old: check the year, or leave it empty until known."
        }
        if age < plausibleAges.lowerBound {
            return "Date of birth \(born.iso) makes the client \(age) years old, younger than the \(plausibleAges.lowerBound) expected for employment services: check the year."
        }
        return nil
    }

    /// `CamsReference`'s rule, worded for a form field that may stay empty until the client is linked.
    public static func camsReferenceProblem(_ reference: String) -> String? {
        switch CamsReference.verdict(reference) {
        case .valid: return nil
        case .notDigits:
            return "CaMS reference '\(reference)' must be 6 to 12 digits (keep any leading zeros): copy it from CaMS, or leave it empty until the client is linked."
        case .placeholder:
            return "CaMS reference '\(reference)' is a placeholder: copy the real number from CaMS, or leave it empty until the client is linked."
        }
    }

    static func saCaseworkerProblem(_ client: Client, requiresName: Bool = true) -> String? {
        let source = client.referralSource
        let name = (client.saCaseworkerName ?? "").trimmingSpaces
        if name.isEmpty {
            return requiresName && IntakeGap.lacksSACaseworker(source: source, name: name)
                ? "SA caseworker name is required for \(source.rawValue) referrals: enter the caseworker named on the referral." : nil
        }
        if PlaceholderCheck.isPlaceholder(name) {
            return "SA caseworker name '\(name)' is a placeholder: enter the caseworker's name from the referral"
                + (source.isSocialAssistance ? "." : ", or leave it empty.")
        }
        return nil
    }

    static func referralDateProblem(_ client: Client, today: LocalDate) -> String? {
        guard let received = client.referralReceivedOn else {
            return client.referralSource.hasContactDeadlines
                ? "Referral received date is required for \(client.referralSource.rawValue) referrals: the contact deadlines (R-01, R-02) count from it." : nil
        }
        if received > today {
            return "Referral received date \(received.iso) is in the future: enter the day the referral arrived."
        }
        // The contact deadlines count business days from it: a mistyped year is refused, not walked.
        if let why = AcceptedDates.pastDay(today: today).problem(received) { return "Referral received date \(received.iso) \(why)." }
        return nil
    }

    static func attestationProblem(_ client: Client, today: LocalDate) -> String? {
        guard IntakeGap.lacksAttestation(bornOn: client.dateOfBirth, attested: client.under18Attestation, on: today),
              let age = client.dateOfBirth?.age(on: today), plausibleAges.contains(age) else { return nil }
        return "The client is \(age), under \(adultAge): case-managed service needs an attestation that the client is excused from school or has finished high school (R-16); record it to continue."
    }
}
