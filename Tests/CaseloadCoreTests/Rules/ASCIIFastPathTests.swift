import Testing
@testable import CaseloadCore

/// The intake checks decide plain ASCII values over bytes (an import runs them 100,000 times). The
/// shortcut may only ever say "fine" where the full, character-by-character checks say so too, and it
/// must actually be taken for ordinary values, or it buys nothing.
@Suite struct ASCIIFastPathTests {
    /// Strings drawn from characters that matter to the checks, so edge cases come up often.
    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        let alphabet = Array("aAbNnzZ019 5-.'()+@_/\tx\u{0}é王".map(String.init)) + ["na", "com", "ca", "example", "555", "1", "..", "@@", " "]
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in (0..<random.int(in: 0...14)).map { _ in alphabet[random.below(alphabet.count)] }.joined() }
    }

    static let handPicked = [
        "", " ", "Ana", "ana", " Ana", "Ana ", "O'Neil", "Jean-Luc", "St. John", "Mary Ann", "N/A", "NA", "Na", "nil", "Nil",
        "xxx", "Aaa", "test", "abc", "Zoë", "王秀英", String(repeating: "a", count: 80) + "b", String(repeating: "ab", count: 41),
        "519-555-0123", "(519) 555-0123", "+1 519 555 0123", "+44 20 7946 0958", "1-519-555-0123", "519.555.0123",
        "000-000-0000", "123-456-7890", "0195550123", "5191550123", "555-0123", "519 555 0123 ", "+", "++1",
        "zoe.cote@gmail.com", "Zoe.Cote@Rogers.COM", "a@b.c", "a..b@x.ca", ".a@x.ca", "a.@x.ca", "a@-x.ca", "a@x-.ca",
        "a@x..ca", "none@none.com", "test@example.com", "x@test.invalid", "na@gmail.com", "a b@x.ca", "a@b@c.ca",
        "name+tag@mail.co", "a@x.c0m", String(repeating: "a", count: 65) + "@x.ca", "é@x.ca", "a@é.ca",
    ]

    static var corpus: [String] { handPicked + randomStrings(count: 20_000, seed: 2026) }

    @Test func placeholderShortcutAgreesWithTheGeneralCheck() {
        for s in Self.corpus {
            if let fast = PlaceholderCheck.asciiVerdict(s) {
                #expect(fast == PlaceholderCheck.generalVerdict(s), "\(s.debugDescription)")
            }
        }
    }

    @Test func shortcutsNeverPassWhatTheFullChecksRefuse() {
        for s in Self.corpus {
            if IntakeValidator.isPlainASCIIName(s) {
                #expect(IntakeValidator.checkedNameProblem(s, label: "First name", required: true) == nil, "\(s.debugDescription)")
            }
            if PhoneNumber.isPlainASCIINumber(s) { #expect(PhoneNumber.checkedProblem(with: s) == nil, "\(s.debugDescription)") }
            if EmailAddress.isPlainASCIIAddress(s) { #expect(EmailAddress.checkedProblem(with: s) == nil, "\(s.debugDescription)") }
            if CamsReference.verdict(s) == .valid {
                #expect(s.count >= 6 && s.count <= 12 && s.allSatisfy { $0.isASCII && $0.isNumber } && Set(s).count > 1, "\(s.debugDescription)")
            }
        }
    }

    @Test func ordinaryDemoValuesTakeTheShortcut() {
        let generator = DemoGenerator(seed: 2026, today: LocalDate(year: 2026, month: 12, day: 4)!, clientCount: 2_000)
        var names = 0, namesFast = 0, phones = 0, phonesFast = 0, emails = 0, emailsFast = 0
        for i in 0..<2_000 {
            let c = generator.client(at: i).client
            for name in [c.firstName, c.lastName] {
                names += 1
                if IntakeValidator.isPlainASCIIName(name) { namesFast += 1 }
                #expect(IntakeValidator.nameProblem(name, label: "Name", required: true)
                        == IntakeValidator.checkedNameProblem(name, label: "Name", required: true))
            }
            if let phone = c.phone {
                phones += 1
                if PhoneNumber.isPlainASCIINumber(phone) { phonesFast += 1 }
                #expect(PhoneNumber.problem(with: phone) == PhoneNumber.checkedProblem(with: phone))
            }
            if let email = c.email {
                emails += 1
                if EmailAddress.isPlainASCIIAddress(email) { emailsFast += 1 }
                #expect(EmailAddress.problem(with: email) == EmailAddress.checkedProblem(with: email))
            }
        }
        #expect(namesFast * 10 >= names * 8, "\(namesFast) of \(names) names")
        #expect(phonesFast * 10 >= phones * 9, "\(phonesFast) of \(phones) phones")
        #expect(emailsFast * 10 >= emails * 9, "\(emailsFast) of \(emails) emails")
    }

    @Test func trimmingShortcutKeepsTheValue() {
        for s in Self.corpus + ["a\u{301}", "\u{301}a", "a\r\n", " a ", "\u{A0}a"] {
            let slow: String
            if let first = s.firstIndex(where: { !$0.isWhitespace }), let last = s.lastIndex(where: { !$0.isWhitespace }) {
                slow = String(s[first...last])
            } else {
                slow = ""
            }
            #expect(s.trimmingSpaces == slow, "\(s.debugDescription)")
        }
    }
}
