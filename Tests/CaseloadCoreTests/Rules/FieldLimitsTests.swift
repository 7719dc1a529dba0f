import Testing
@testable import CaseloadCore

/// Issue #15 item 21: one table of free-text limits, used by the intake rules and the import.
@Suite struct FieldLimitsTests {
    static let today = LocalDate(year: 2026, month: 1, day: 15)!

    @Test func anOverLongAddressIsAnIntakeProblem() {
        var client = Client(firstName: "Ana", lastName: "Silva", address: String(repeating: "12 King St ", count: 9_091))
        #expect(IntakeValidator.validate(client, today: Self.today) == [
            FieldError(field: "address", message: "Address is 100001 characters long: shorten it to 200 or fewer."),
        ])
        client.address = String(repeating: "rue Côté ", count: 22) + "Ok"   // 200 characters, more bytes: fits
        #expect(client.address?.count == 200)
        #expect(IntakeValidator.validate(client, today: Self.today).isEmpty)
        client.clientStream = String(repeating: "x", count: 121)
        #expect(IntakeValidator.validate(client, today: Self.today).map(\.field) == ["clientStream"])
    }

    @Test func aPastedPageIsToldByItsLengthNotQuotedBack() {
        let page = String(repeating: "x", count: 100_000)   // also a "placeholder" (one letter repeated)
        let client = Client(firstName: page, lastName: "Silva", saCaseworkerContact: page)
        #expect(IntakeValidator.validate(client, today: Self.today) == [
            FieldError(field: "firstName", message: "First name is 100000 characters long: shorten it to 80 or fewer."),
            FieldError(field: "saCaseworkerContact", message: "SA caseworker contact is 100000 characters long: shorten it to 120 or fewer."),
        ])
    }

    @Test func theImportReportsOverLongCellsByLineAndColumn() {
        let address = String(repeating: "a", count: 100_000)
        let text = "cams_reference,first_name,address,employer_name\n123456789,Ana,12 King St,\n223456789,Bo,\(address),\n"
            + "323456789,Cy,,\(String(repeating: "E", count: 121))\n"
        let r = CamsExtractParser.parse(Array(text.utf8))
        #expect(r.rows.map(\.line) == [2])
        #expect(r.problems.map(\.description) == [
            "line 3: address: is 100000 characters long: at most 200 fit (shorten it in the extract)",
            "line 4: employer_name: is 121 characters long: at most 120 fit (shorten it in the extract)",
            "line 4: employment_start_date: is empty, but the row records a job: employment needs start date, employer, hours and new_employer",
            "line 4: hours_per_week: is empty, but the row records a job: employment needs start date, employer, hours and new_employer",
            "line 4: new_employer: is empty, but the row records a job: employment needs start date, employer, hours and new_employer",
        ])
    }

    @Test func everyFreeTextColumnHasTheFormsLimit() {
        for field in FieldLimits.clientFields {
            #expect(FieldLimits.limit(ofClientField: field.field) == field.limit)
        }
        #expect(CamsColumn.address.maximumLength == FieldLimits.limit(ofClientField: "address"))
        #expect(CamsColumn.firstName.maximumLength == IntakeValidator.maximumNameLength)
        #expect(CamsColumn.dateOfBirth.maximumLength == nil)
    }
}
