import Testing
@testable import CaseloadCore

/// Issue #15 item 1: an extract's dates are checked against `AcceptedDates` as they are read, so a
/// job starting in 9999 is a problem on its line, not checkpoints computed in year 10000.
@Suite struct CamsExtractDateRangeTests {
    @Test(arguments: CamsColumn.allCases.filter { ["date_of_birth", "referral_received_on", "ca_submitted_on", "employment_start_date"].contains($0.rawValue) })
    func everyDateColumnRefusesAYearOutsideTheRange(_ column: CamsColumn) {
        let job = column == .employmentStartDate ? ",employer_name,hours_per_week,new_employer" : ""
        let jobCells = column == .employmentStartDate ? ",Tim Hortons,25,yes" : ""
        let text = "cams_reference,\(column.rawValue)\(job)\n100000001,9999-01-01\(jobCells)\n100000002,1850-06-30\(jobCells)\n"
        let r = CamsExtractParser.parse(Array(text.utf8))
        #expect(r.rows.isEmpty)
        #expect(r.problems.map(\.description) == [
            "line 2: \(column.rawValue): '9999-01-01' is after 2100-12-31: check the year",
            "line 3: \(column.rawValue): '1850-06-30' is before 1900-01-01: check the year",
        ])
    }

    @Test func theRangesEndsAreAccepted() {
        let r = CamsExtractParser.parse(Array("cams_reference,employment_start_date,employer_name,hours_per_week,new_employer\n100000001,2100-12-31,Acme,30,no\n".utf8))
        #expect(r.problems.isEmpty)
        #expect(r.rows.first?.employment?.startDate == LocalDate(iso: "2100-12-31"))
    }
}
