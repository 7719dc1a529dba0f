import Testing
@testable import CaseloadCore

/// Issue #15 item 8: the intake and the CaMS import apply one CaMS reference rule, so a reference
/// one refuses the other refuses too (the import used to take one digit repeated).
@Suite struct CamsReferenceTests {
    static let corpus = [
        "123456789", "001234567", "123456", "123456789012", "111111", "000000000", "999999999999", "12345",
        "1234567890123", "12AB56", "123 456 789", " 001234567 ", "１２３４５６", "12345６", "0000 0000", "",
    ]

    /// The import's verdict on a reference: whether the parser leaves a row keyed by it without a problem.
    private func importAccepts(_ reference: String) -> Bool {
        let r = CamsExtractParser.parse(Array("cams_reference\n\"\(reference)\"\n".utf8))
        return r.problems.isEmpty && r.rows.count == 1
    }

    /// The intake's verdict: the store's normalization (spaces dropped), then the validator.
    private func intakeAccepts(_ reference: String) -> Bool {
        guard let normalized = CamsReference.normalized(reference) else { return false }
        return IntakeValidator.camsReferenceProblem(normalized) == nil
    }

    @Test func intakeAndImportAgreeOnEveryReference() {
        for reference in Self.corpus {
            #expect(importAccepts(reference) == intakeAccepts(reference), "\(reference.debugDescription)")
        }
    }

    @Test func oneDigitRepeatedIsAPlaceholderInTheImportToo() {
        let r = CamsExtractParser.parse(Array("cams_reference,first_name\n111111111,Ana\n000000,Bo\n".utf8))
        #expect(r.rows.isEmpty)
        #expect(r.problems.map(\.description) == [
            "line 2: cams_reference: '111111111' is a placeholder (one digit repeated): copy the real number from CaMS",
            "line 3: cams_reference: '000000' is a placeholder (one digit repeated): copy the real number from CaMS",
        ])
        #expect(IntakeValidator.camsReferenceProblem("111111111")?.contains("placeholder") == true)
    }

    @Test func spacesAreDroppedAsTheIntakeDropsThem() {
        let r = CamsExtractParser.parse(Array("cams_reference\n001 234 567\n".utf8))
        #expect(r.problems.isEmpty)
        #expect(r.rows.map(\.camsReference) == ["001234567"])
        #expect(CamsReference.normalized(" 001 234 567 ") == "001234567")
        #expect(CamsReference.normalized("   ") == nil)
    }

    @Test func verdicts() {
        #expect(CamsReference.verdict("001234567") == .valid)
        #expect(CamsReference.verdict("12345") == .notDigits)
        #expect(CamsReference.verdict("1234567890123") == .notDigits)
        #expect(CamsReference.verdict("１２３４５６") == .notDigits)
        #expect(CamsReference.verdict("777777") == .placeholder)
    }
}
