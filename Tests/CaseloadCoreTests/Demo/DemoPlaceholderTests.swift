import Foundation
import Testing
import CaseloadCore

/// R-06: demo people must look real — nothing an intake form would refuse as a placeholder.
@Suite struct DemoPlaceholderTests {
    static let placeholders: Set<String> = ["n/a", "na", "unknown", "tbd", "none", "test", "null", "nil", "xxx", "asdf", "-"]
    static let dummyPhones: Set<String> = ["555-555-5555", "000-000-0000", "123-456-7890", "999-999-9999", "111-111-1111"]

    static func looksLikePlaceholder(_ s: String) -> Bool {
        let lower = s.lowercased()
        if placeholders.contains(lower) || lower.contains("test") || lower.contains("sample") { return true }
        // Three of the same letter in a row ("aaa") is keyboard filler, not a name.
        let chars = Array(lower)
        return chars.indices.dropFirst(2).contains { chars[$0] == chars[$0 - 1] && chars[$0] == chars[$0 - 2] && chars[$0].isLetter }
    }

    static func isValidNANP(_ phone: String) -> Bool {
        let parts = phone.split(separator: "-")
        guard parts.count == 3, parts.map(\.count) == [3, 3, 4],
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        let area = parts[0], exchange = parts[1]
        return !"01".contains(area.first!) && !"01".contains(exchange.first!)
            && !exchange.hasSuffix("11") && exchange != "555" && Set(phone.filter(\.isNumber)).count > 2
    }

    /// "…, ON N6A 3K7": letter digit letter, space, digit letter digit.
    static func endsWithPostalCode(_ address: String) -> Bool {
        let code = Array(address.suffix(7))
        guard address.dropLast(7).hasSuffix(", ON "), code.count == 7, code[3] == " " else { return false }
        let letters = [0, 2, 5], digits = [1, 4, 6]
        return letters.allSatisfy { code[$0].isASCII && code[$0].isUppercase } && digits.allSatisfy { code[$0].isASCII && code[$0].isNumber }
    }

    @Test func namesAndContactsAreReal() {
        let people = demoClients2000.map(\.client)
        for c in people {
            for field in [c.firstName, c.lastName, c.preferredName, c.email, c.address, c.saCaseworkerName].compactMap({ $0 }) {
                #expect(!Self.looksLikePlaceholder(field), "\(field)")
                #expect(!field.isEmpty && field.trimmingCharacters(in: .whitespaces) == field)
            }
            let phone = try! #require(c.phone)
            #expect(!Self.dummyPhones.contains(phone))
            #expect(Self.isValidNANP(phone), "\(phone)")
            if let email = c.email {
                let parts = email.split(separator: "@")
                #expect(parts.count == 2 && parts[1].contains(".") && parts[0].allSatisfy { $0.isASCII }, "\(email)")
            }
            let address = try! #require(c.address)
            #expect(Self.endsWithPostalCode(address), "\(address)")
            #expect(["London", "St. Thomas", "Strathroy"].contains { address.contains(", \($0), ON ") }, "\(address)")
        }
    }

    @Test func birthDatesGiveAgesSixteenToSeventyWithAttestationsForMinors() {
        for b in demoClients2000 {
            let dob = try! #require(b.client.dateOfBirth)
            #expect(dob != LocalDate(year: 1900, month: 1, day: 1))
            let age = DemoSample.today.year - dob.year - ((DemoSample.today.month, DemoSample.today.day) < (dob.month, dob.day) ? 1 : 0)
            #expect((16...70).contains(age), "age \(age)")
            let received = try! #require(b.client.referralReceivedOn)
            let ageAtReferral = received.year - dob.year - ((received.month, received.day) < (dob.month, dob.day) ? 1 : 0)
            #expect(b.client.under18Attestation == (ageAtReferral < 18))
        }
        #expect(demoClients2000.contains { $0.client.under18Attestation })
    }

    @Test func namesReflectOntariosDiversity() {
        let names = demoClients2000.map { $0.client.firstName + " " + $0.client.lastName }
        let hasScript = { (range: ClosedRange<UInt32>) in
            names.contains { $0.unicodeScalars.contains { range.contains($0.value) } }
        }
        #expect(hasScript(0x4E00...0x9FFF))  // Chinese characters
        #expect(hasScript(0x0600...0x06FF))  // Arabic script
        #expect(names.contains { $0.contains("é") || $0.contains("ô") || $0.contains("ë") })
        #expect(Set(names).count > 1_500)
        #expect(Set(demoClients2000.compactMap(\.client.preferredLanguage)).isSuperset(of: ["English", "French", "Arabic", "Mandarin", "Spanish", "Punjabi", "Tigrinya"]))
    }

    @Test func socialAssistanceReferralsCarryTheirCaseworker() {
        for b in demoClients2000 {
            let fromSA = b.client.referralSource.isSocialAssistance
            #expect((b.client.saCaseworkerName != nil) == fromSA)
            #expect((b.client.saCaseworkerContact != nil) == fromSA)
        }
    }
}
