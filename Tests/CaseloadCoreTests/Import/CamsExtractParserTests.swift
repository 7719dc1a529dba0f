import Testing
@testable import CaseloadCore

@Suite struct CamsExtractParserTests {
    private func parse(_ text: String) -> CamsExtractParser.Result { CamsExtractParser.parse(Array(text.utf8)) }

    @Test func columnsInAnyOrderAndEmptyCellsStayNil() {
        let r = parse("last_name,cams_reference,first_name,date_of_birth\nCôté,001234567,Zoë,\n")
        #expect(r.problems.isEmpty)
        #expect(r.rows.count == 1)
        let row = r.rows[0]
        #expect(row.camsReference == "001234567")   // leading zeros kept: a reference is never a number
        #expect(row.firstName == "Zoë" && row.lastName == "Côté" && row.dateOfBirth == nil && row.line == 2)
    }

    @Test func emptyAndHeaderOnlyFiles() {
        #expect(parse("").problems.map(\.description) == ["line 1: the file is empty: a header row naming the columns is required (at least cams_reference)"])
        let headerOnly = parse("cams_reference,first_name\n")
        #expect(headerOnly.rows.isEmpty && headerOnly.problems.isEmpty)
    }

    @Test func headerProblems() {
        #expect(parse("first_name\nZoë\n").problems.first?.reason.contains("no cams_reference column") == true)
        #expect(parse("cams_reference,frist_name\n123456,Zoë\n").problems.first?.description.hasPrefix("line 1: frist_name: unknown column") == true)
    }

    @Test func badValuesAreReportedWithLineAndColumn() {
        let text = """
        cams_reference,date_of_birth,referral_source,hours_per_week,employment_start_date,employer_name,new_employer
        100000001,1990-01-01,OW,,,,
        100000002,1990-02-30,OW,,,,
        12AB,1990-01-01,Welfare,,,,
        100000001,1991-01-01,Self,,,,
        100000005,1991-01-01,Self,twenty,2025-01-06,Acme,maybe
        100000006,1991-01-01,Self,25,2025-01-06,,yes

        """
        let r = parse(text)
        #expect(r.rows.map(\.line) == [2])
        #expect(r.problems.map(\.description) == [
            "line 3: date_of_birth: '1990-02-30' is not a date: use YYYY-MM-DD with a real day (e.g. 2025-12-24)",
            "line 4: cams_reference: '12AB' is not a CaMS reference: 6 to 12 digits",
            "line 4: referral_source: 'Welfare' is not one of Self, OW, ODSP, RASP, TRF, Other",
            "line 5: cams_reference: 100000001 already appears on line 2",
            "line 6: hours_per_week: 'twenty' is not a number of hours per week between 0 and 80",
            "line 6: new_employer: 'maybe' must be yes or no",
            "line 7: employer_name: is empty, but the row records a job: employment needs start date, employer, hours and new_employer",
        ])
    }

    @Test func employmentColumnsMakeAJob() {
        let r = parse("cams_reference,employment_start_date,employer_name,hours_per_week,new_employer\r\n123456789,2025-01-31,\"Tim Hortons, Dundas St\",20,Yes\r\n")
        #expect(r.problems.isEmpty)
        #expect(r.rows.first?.employment == CamsEmployment(startDate: LocalDate(iso: "2025-01-31")!, employerName: "Tim Hortons, Dundas St", hoursPerWeek: 20, isNewEmployer: true))
    }

    @Test func wrongFieldCountAndBinaryData() {
        #expect(parse("cams_reference,first_name\n123456,Zoë,extra\n").problems.first?.description == "line 2: has 3 fields but the header has 2")
        let binary = CamsExtractParser.parse(Array("cams_reference\n".utf8) + [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0A])
        #expect(binary.problems.first?.description.contains("binary data") == true)
    }

    @Test func saCaseworkerJobTitleAndMultiLineCells() {
        let r = parse("cams_reference,sa_caseworker_name,sa_caseworker_contact,address,employment_start_date,employer_name,hours_per_week,new_employer,job_title\r\n"
                      + "123456789,Pat Smith,pat@ow.example.ca,\"12 King St\r\nLondon ON \",2025-01-31,Acme,20,no,Clerk\r\n")
        #expect(r.problems.isEmpty && !r.isFileUnusable)
        let row = r.rows.first
        #expect(row?.saCaseworkerName == "Pat Smith" && row?.saCaseworkerContact == "pat@ow.example.ca")
        #expect(row?.address == "12 King St\nLondon ON")   // Windows line end inside the cell becomes \n; trailing space trimmed
        #expect(row?.employment?.jobTitle == "Clerk")
        #expect(parse("cams_reference,job_title\n123456789,Clerk\n").problems.count == 4)   // a title alone is not a job
    }

    @Test func wholeFileProblemsMakeTheFileUnusable() {
        #expect(parse("").isFileUnusable)
        #expect(parse("first_name\nZoë\n").isFileUnusable)
        #expect(parse("cams_reference\n\"123456789\n").isFileUnusable)
        #expect(!parse("cams_reference\n12AB\n").isFileUnusable)   // a bad row is the row's problem
        let png = CamsExtractParser.parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        #expect(png.isFileUnusable && png.problems.map(\.description) == ["line 3: the file contains binary data (a NUL byte); it is not a CSV text file"])
    }
}
