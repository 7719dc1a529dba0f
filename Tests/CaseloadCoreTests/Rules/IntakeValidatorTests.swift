import Testing
@testable import CaseloadCore

@Suite struct IntakeValidatorTests {
    let today = d("2025-12-24")

    /// A complete, valid self-referred adult; each test changes one thing.
    func client(_ change: (inout Client) -> Void = { _ in }) -> Client {
        var c = Client(camsReference: "001234567", firstName: "Zoë", lastName: "Côté", dateOfBirth: d("1990-06-15"),
                       phone: "519-555-0123", email: "zoe.cote@rogers.com", address: "12 Dundas St, London ON")
        change(&c)
        return c
    }

    func errors(_ change: (inout Client) -> Void) -> [FieldError] { IntakeValidator.validate(client(change), today: today) }
    func fields(_ change: (inout Client) -> Void) -> [String] { errors(change).map(\.field) }

    @Test func aCompleteClientPasses() {
        #expect(IntakeValidator.validate(client(), today: today) == [])
    }

    @Test(arguments: ["Zoë", "Côté", "王秀英", "O'Brien", "O’Brien", "Jean-Luc", "Mary Ann", "St. John", "Nguyễn Thị", "Li", "Ng",
                      "Øyvind", "Zoe\u{308}", "José María", "Ngũgĩ", "Siobhán", "محمد", "Владимир"])
    func unicodeNamesAreAccepted(_ name: String) {
        #expect(errors { $0.firstName = name; $0.lastName = name } == [])
    }

    @Test(arguments: ["N/A", "unknown", "TBD", "none", "test", "xxx", "aaaa", "-", "?", "NULL", "unk", "n.a."])
    func placeholderNamesAreRefused(_ name: String) {
        let e = errors { $0.firstName = name; $0.lastName = name }
        #expect(e.map(\.field) == ["firstName", "lastName"])
        #expect(e.first?.message == "First name '\(name)' is a placeholder: enter the client's real name.")
    }

    @Test func nameMessages() {
        #expect(errors { $0.firstName = "  " }.first?.message == "First name is required: enter it as the client gives it.")
        #expect(errors { $0.lastName = "C0té" }.first?.message.contains("contains digits") == true)
        #expect(errors { $0.lastName = "Ali٣" }.first?.message.contains("contains digits") == true)
        // CJK numerals are letters in a name: 一帆 ("one sail") is a common given name.
        #expect(errors { $0.firstName = "一帆"; $0.lastName = "王" } == [])
        #expect(errors { $0.firstName = "三郎" } == [])
        #expect(errors { $0.lastName = "Côté!" }.first?.message == "Last name 'Côté!' contains '!': a name has letters, spaces, apostrophes, hyphens and periods only.")
        #expect(fields { $0.preferredName = "N/A" } == ["preferredName"])
        #expect(fields { $0.preferredName = "  " } == [])
        #expect(fields { $0.lastName = String(repeating: "ab", count: 41) } == ["lastName"])
    }

    @Test(arguments: [
        ("1900-01-01", "Date of birth 1900-01-01 is a placeholder: enter the real date, or leave it empty until known."),
        ("2026-01-05", "Date of birth 2026-01-05 is in the future: check the year."),
        ("1890-05-02", "Date of birth 1890-05-02 makes the client 135 years old: check the year, or leave it empty until known."),
        ("2015-03-02", "Date of birth 2015-03-02 makes the client 10 years old, younger than the 14 expected for employment services: check the year."),
        ("2011-12-25", "Date of birth 2011-12-25 makes the client 13 years old, younger than the 14 expected for employment services: check the year."),
    ])
    func implausibleDatesOfBirth(_ born: String, _ message: String) {
        #expect(errors { $0.dateOfBirth = d(born); $0.under18Attestation = true } == [FieldError(field: "dateOfBirth", message: message)])
    }

    @Test(arguments: ["1905-12-24", "2011-12-24", "1990-02-28", "2000-02-29"])
    func plausibleDatesOfBirth(_ born: String) {
        #expect(errors { $0.dateOfBirth = d(born); $0.under18Attestation = true } == [])
    }

    @Test func missingDateOfBirthIsAllowed() {
        #expect(errors { $0.dateOfBirth = nil } == [])
    }

    @Test(arguments: ["519-555-0123", "(519) 555-0123", "519.555.0123", "5195550123", "+1 519 555 0123", "1-519-555-0123",
                      " 416 555 0199 ", "+15195550123"])
    func validPhones(_ phone: String) {
        #expect(errors { $0.phone = phone } == [])
        #expect(PhoneNumber.digits(of: phone) == (phone.contains("416") ? "4165550199" : "5195550123"))
    }

    @Test(arguments: [
        ("000-000-0000", "is a dummy number"), ("111-1111", "is a dummy number"), ("123-456-7890", "is a dummy number"),
        ("555-555-5555", "is a dummy number"), ("9999999999", "is a dummy number"), ("1-119-555-0123", "area code cannot start"),
        ("519-555-CALL", "contains letters"), ("519-555-0123 ext 4", "contains letters"), ("N/A", "is a placeholder"),
        ("none", "is a placeholder"), ("-", "is a placeholder"), ("519-555-012", "has 9 digits"), ("555-0123", "has 7 digits"),
        ("+44 20 7946 0958", "only +1 numbers"), ("519#555#0123", "contains '#'"), ("019-555-0123", "area code cannot start with 0 or 1"),
        ("519-055-0123", "cannot start with 0 or 1"), ("1234567", "is a dummy number"), ("+1 (519) 555-01234", "has 12 digits"), ("1-234-567-8901", "is a dummy number"), ("987-654-3210", "is a dummy number"),
    ])
    func badPhones(_ phone: String, _ fragment: String) {
        let e = errors { $0.phone = phone }
        #expect(e.map(\.field) == ["phone"])
        #expect(e.first?.message.contains(fragment) == true, "\(e.first?.message ?? "no error")")
        #expect(PhoneNumber.digits(of: phone) == nil)
    }

    @Test(arguments: ["zoe@rogers.com", "zoe.cote+jobs@gmail.com", "j_o'brien@sympatico.ca", "x@y.co", "zoë@exemple.québec"])
    func validEmails(_ email: String) {
        #expect(errors { $0.email = email } == [])
    }

    @Test(arguments: [
        ("none@none.com", "is a placeholder"), ("n/a", "is a placeholder"), ("test@example.com", "is a placeholder"),
        ("zoe@example.org", "is a placeholder"), ("noemail@gmail.com", "is a placeholder"), ("zoe@@rogers.com", "exactly one @"),
        ("zoe.rogers.com", "exactly one @"), ("zoe @rogers.com", "contains a space"), ("zoe@rogers", "domain after the @"),
        ("zoe@rogers..com", "domain after the @"), (".zoe@rogers.com", "part before the @"), ("zoe@rogers.c0m", "real ending"),
        ("@rogers.com", "name before the @"), ("zoe@-rogers.com", "domain after the @"), ("zo(e)@rogers.com", "part before the @"),
    ])
    func badEmails(_ email: String, _ fragment: String) {
        let e = errors { $0.email = email }
        #expect(e.map(\.field) == ["email"])
        #expect(e.first?.message.contains(fragment) == true, "\(e.first?.message ?? "no error")")
    }

    @Test(arguments: [("001234", true), ("000000123456", true), ("12345", false), ("1234567890123", false), ("12AB5678", false),
                      ("123 456", false), ("000000", false), ("١٢٣٤٥٦", false)])
    func camsReference(_ reference: String, _ valid: Bool) {
        #expect(fields { $0.camsReference = reference }.isEmpty == valid)
        #expect(fields { $0.camsReference = nil }.isEmpty)
    }

    @Test(arguments: ReferralSource.allCases)
    func saCaseworkerRequiredForSocialAssistance(_ source: ReferralSource) {
        let e = errors { $0.referralSource = source; $0.referralReceivedOn = d("2025-12-22"); $0.saCaseworkerName = nil }
        let required = [ReferralSource.ow, .odsp, .rasp, .trf].contains(source)
        #expect(e.map(\.field) == (required ? ["saCaseworkerName"] : []))
        if required { #expect(e[0].message == "SA caseworker name is required for \(source.rawValue) referrals: enter the caseworker named on the referral.") }
        #expect(errors { $0.referralSource = source; $0.referralReceivedOn = d("2025-12-22"); $0.saCaseworkerName = "Priya Shah" } == [])
        #expect(fields { $0.referralSource = source; $0.referralReceivedOn = d("2025-12-22"); $0.saCaseworkerName = "unknown" } == ["saCaseworkerName"])
    }

    @Test func referralReceivedDate() {
        #expect(errors { $0.referralSource = .rasp; $0.saCaseworkerName = "Priya Shah" }
            == [FieldError(field: "referralReceivedOn", message: "Referral received date is required for RASP referrals: the contact deadlines (R-01, R-02) count from it.")])
        #expect(fields { $0.referralSource = .trf; $0.saCaseworkerName = "Priya Shah" } == ["referralReceivedOn"])
        #expect(fields { $0.referralSource = .ow; $0.saCaseworkerName = "Priya Shah" } == [])
        #expect(fields { $0.referralSource = .trf; $0.saCaseworkerName = "Priya Shah"; $0.referralReceivedOn = d("2025-12-24") } == [])
        #expect(errors { $0.referralSource = .trf; $0.saCaseworkerName = "Priya Shah"; $0.referralReceivedOn = d("2025-12-25") }.first?.message
            == "Referral received date 2025-12-25 is in the future: enter the day the referral arrived.")
    }

    /// Issue #15 item 1: a mistyped year is refused before the contact deadlines count days from it.
    @Test func referralReceivedBeforeTheAcceptedRange() {
        #expect(errors { $0.referralSource = .trf; $0.saCaseworkerName = "Priya Shah"; $0.referralReceivedOn = d("0202-12-01") }
            == [FieldError(field: "referralReceivedOn", message: "Referral received date 0202-12-01 is before 1900-01-01: check the year.")])
    }

    /// R-16: (date of birth, attestation, error expected) with today 2025-12-24.
    @Test(arguments: [("2008-12-25", false, true), ("2008-12-25", true, false), ("2007-12-24", false, false),
                      ("2007-12-25", false, true), ("2011-12-24", false, true), ("1990-01-01", false, false)])
    func under18NeedsAttestation(_ born: String, _ attested: Bool, _ expectError: Bool) {
        let e = errors { $0.dateOfBirth = d(born); $0.under18Attestation = attested }
        #expect(e.map(\.field) == (expectError ? ["under18Attestation"] : []))
        if born == "2008-12-25" && expectError {
            #expect(e[0].message == "The client is 16, under 18: case-managed service needs an attestation that the client is excused from school or has finished high school (R-16); record it to continue.")
        }
    }

    @Test func otherContactFieldsAndOrder() {
        let e = errors { $0.firstName = "N/A"; $0.dateOfBirth = d("1900-01-01"); $0.phone = "000-000-0000"; $0.email = "none"; $0.address = "unknown" }
        #expect(e.map(\.field) == ["firstName", "dateOfBirth", "phone", "email", "address"])
        #expect(fields { $0.saCaseworkerContact = "TBD" } == ["saCaseworkerContact"])
    }

    @Test func normalizedTrimsAndEmptiesBlanks() {
        let n = IntakeValidator.normalized(client { $0.firstName = "  Zoë "; $0.phone = "   "; $0.camsReference = " 001234567 " })
        #expect(n.firstName == "Zoë" && n.phone == nil && n.camsReference == "001234567")
    }
}
