import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite struct CamsImportTests {
    @Test func goodFileCreatesClientsWithReferralAssessmentJobAndCheckpoints() throws {
        let f = try Fixture()
        let report = try f.importFile(text: goodExtract)
        #expect(report.problems.isEmpty)
        #expect((report.created, report.updated, report.unchanged, report.rejected) == (3, 0, 0, 0))
        #expect(report.wasWritten)

        let zoe = try #require(try f.clientByReference("001234567"))
        #expect(zoe.firstName == "Zoë" && zoe.lastName == "Côté" && zoe.address == "12 King St, London ON")
        #expect(zoe.referralSource == .ow && zoe.referralReceivedOn == LocalDate(iso: "2025-01-06"))
        #expect(zoe.saCaseworkerName == "Pat Smith" && zoe.caseworkerID == f.caseworker.id && zoe.siteID != nil)
        #expect(zoe.status == .active && zoe.isLegacy)

        let assessment = try #require(try f.db.pool.read { try Assessment.filter(Assessment.Columns.clientID == zoe.id!).fetchOne($0) })
        // The extract's day, kept as a day: no instant to read back in another zone (issue #15).
        #expect(assessment.submittedOn == LocalDate(iso: "2025-01-10") && assessment.submittedAt == nil)

        let jobs = try f.db.employments(clientID: zoe.id!)
        #expect(jobs.count == 1)
        let job = try #require(jobs.first)
        #expect(job.startDate == LocalDate(iso: "2025-02-03") && job.hoursPerWeek == 25 && job.isNewEmployer)
        #expect(job.isPBFEligible)   // after the assessment, 25 hours, new employer
        #expect(try f.db.checkpoints(employmentID: job.id!).map(\.dueOn.iso) == ["2025-03-03", "2025-05-03", "2025-08-03", "2026-02-03"])
        #expect(try f.db.employers(matching: "Tim Hortons").map(\.name) == ["Tim Hortons, Dundas St"])

        #expect(try f.db.searchClients(query: "cote").map(\.id) == [zoe.id!])   // indexed in one pass at the end
        #expect(try f.db.searchClients(query: "5195550123").map(\.id) == [zoe.id!])
        #expect(try f.db.searchClients(query: "0012345").count == 3)
        #expect(try f.db.integrityReport().isEmpty)
        #expect(try f.db.scalar("SELECT count(*) FROM client_search_deferral") == 0)

        #expect(try f.clientByReference("001234568")?.status == .active)     // assessed
        #expect(try f.clientByReference("001234569")?.status == .referred)   // referral only

        // Every write audited by the importer: 3 clients, 2 assessments, employer, job, 4 checkpoints.
        let audits: [AuditEntry] = try f.db.pool.read { try AuditEntry.filter(AuditEntry.Columns.staffID == f.caseworker.id!).fetchAll($0) }
        #expect(audits.count == 11)
        #expect(Dictionary(grouping: audits, by: \.recordType).mapValues(\.count)
                == ["client": 3, "assessment": 2, "employer": 1, "employment": 1, "checkpoint": 4])
        let inserted = try #require(audits.first { $0.recordType == "client" && $0.recordID == zoe.id })
        let values = try #require(try JSONSerialization.jsonObject(with: Data(inserted.changes.utf8)) as? [String: Any])
        #expect(values["first_name"] as? String == "Zoë" && values["cams_reference"] as? String == "001234567")
        #expect((values["id"] as? NSNumber)?.int64Value == zoe.id)
    }

    @Test func byteOrderMarkCRLFAndQuotedNewlinesAndCommas() throws {
        let f = try Fixture()
        let text = "\u{FEFF}cams_reference,first_name,last_name,address,phone\r\n"
            + "000123456,Ana,Silva,\"Apt 4, 100 Main St\r\nLondon ON\",519-555-0142\r\n"
            + "000123457,\"Jean-Luc\",\"O'Neil\",\"\"\"The Annex\"\", 5 Elm\",\r\n"
            + "000123458,N/A,Bloggs,,\r\n"
        let report = try f.importFile(text: text)
        // The third data row starts on physical line 5: the quoted address spans lines 2 and 3.
        #expect(report.problems.map(\.description) == ["line 5: first_name: First name 'N/A' is a placeholder: enter the client's real name."])
        #expect(report.rejected == 1 && !report.wasWritten)

        let skipped = try f.importFile(text: text, mode: .skipInvalid)
        #expect((skipped.created, skipped.rejected) == (2, 1))
        #expect(try f.clientByReference("000123456")?.address == "Apt 4, 100 Main St\nLondon ON")   // CRLF inside a cell becomes LF
        #expect(try f.clientByReference("000123457")?.address == "\"The Annex\", 5 Elm")
        #expect(try f.clientByReference("000123457")?.lastName == "O'Neil")
        #expect(try f.clientByReference("000123458") == nil)
    }

    @Test func badDateOnLine7RejectsTheWholeFile() throws {
        let f = try Fixture()
        var lines = ["cams_reference,first_name,last_name,date_of_birth"]
        for i in 1...5 { lines.append("10000000\(i),Person,Number\(["One", "Two", "Three", "Four", "Five"][i - 1]),1980-01-0\(i)") }
        lines.append("100000006,Late,Entry,1990-13-01")
        lines.append("100000007,Last,Row,1991-02-03")
        let text = lines.joined(separator: "\n") + "\n"
        let before = try f.snapshot()

        let report = try f.importFile(text: text)
        #expect(report.problems.map(\.description) == [
            "line 7: date_of_birth: '1990-13-01' is not a date: use YYYY-MM-DD with a real day (e.g. 2025-12-24)",
        ])
        #expect((report.created, report.rejected, report.wasWritten) == (6, 1, false))
        #expect(try f.snapshot() == before)   // no partial writes: clients and audit untouched

        let skipped = try f.importFile(text: text, mode: .skipInvalid)
        #expect((skipped.created, skipped.rejected, skipped.wasWritten) == (6, 1, true))
        #expect(try f.count("client") == before.clients + 6)
        #expect(try f.clientByReference("100000006") == nil)
        #expect(try f.clientByReference("100000007")?.dateOfBirth == LocalDate(iso: "1991-02-03"))
    }

    @Test func duplicateReferenceIsAProblemAndNothingIsWritten() throws {
        let f = try Fixture()
        let before = try f.snapshot()
        let report = try f.importFile(text: "cams_reference,first_name,last_name\n123456789,Ana,Silva\n123456789,Ana,Silva\n")
        #expect(report.problems.map(\.description) == ["line 3: cams_reference: 123456789 already appears on line 2"])
        #expect(try f.snapshot() == before)
    }

    @Test func unknownOrDeactivatedCaseworkerAndUnknownSite() throws {
        let f = try Fixture()
        _ = try f.db.addStaff(username: "gone", fullName: "Gone Away", role: .caseworker, by: f.admin)
        try f.db.deactivateStaff(username: "gone", by: f.admin)
        let before = try f.snapshot()
        let report = try f.importFile(text: """
            cams_reference,first_name,last_name,caseworker,site
            123456781,Ana,Silva,nobody,
            123456782,Bo,Chen,gone,
            123456783,Cy,Diaz,dlee,Westside
            123456784,Di,Evans,dlee,main OFFICE

            """)
        #expect(report.problems.map(\.description) == [
            "line 2: caseworker: 'nobody' is not a staff account: use the login name of an active staff member (see `caseload staff list`), or leave the cell empty",
            "line 3: caseworker: 'gone' is a deactivated account: assign an active staff member, or leave the cell empty",
            "line 4: site: 'Westside' is not a site: use one of Main office",
        ])
        #expect((report.created, report.rejected) == (1, 3))
        #expect(try f.snapshot() == before)
    }

    @Test func emptyHeaderOnlyAndBinaryFiles() throws {
        let f = try Fixture()
        let before = try f.snapshot()

        let empty = try f.importFile(text: "", mode: .skipInvalid)
        #expect(empty.problems.map(\.description) == ["line 1: the file is empty: a header row naming the columns is required (at least cams_reference)"])
        #expect(empty.isFileUnusable && !empty.wasWritten)

        let headerOnly = try f.importFile(text: "cams_reference,first_name,last_name\r\n")
        #expect(headerOnly.problems.isEmpty && headerOnly.rowCount == 0 && headerOnly.wasWritten)

        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let binary = try f.importFile("photo.png", bytes: png, mode: .skipInvalid)
        #expect(binary.problems.count == 1)
        #expect(binary.problems.first?.description.contains("binary data") == true)
        #expect(binary.isFileUnusable && !binary.wasWritten && binary.rowCount == 0)

        #expect(try f.snapshot() == before)
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let f = try Fixture()
        _ = try f.importFile(text: goodExtract)
        let after = try f.snapshot()
        let again = try f.importFile(text: goodExtract)
        #expect((again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0))
        #expect(again.problems.isEmpty)
        #expect(try f.snapshot() == after)
    }

    @Test func updateChangesAndAuditsOnlyTheChangedFields() throws {
        let f = try Fixture()
        _ = try f.importFile(text: goodExtract)
        let zoe = try #require(try f.clientByReference("001234567"))
        let auditBefore = try f.snapshot().auditMaxID

        // New phone; email cell empty (must not clear it); other columns absent; the same job again,
        // its employer named in other letter case.
        let report = try f.importFile(text: """
            cams_reference,first_name,phone,email,employment_start_date,employer_name,hours_per_week,new_employer
            001234567,Zoë,519-555-0188,,2025-02-03,"TIM HORTONS, dundas st",25,yes

            """)
        #expect((report.created, report.updated, report.unchanged, report.rejected) == (0, 1, 0, 0))

        let updated = try #require(try f.clientByReference("001234567"))
        #expect(updated.phone == "519-555-0188" && updated.email == "zoe.cote@gmail.com")
        #expect(updated.version == zoe.version + 1)
        var expected = zoe
        expected.phone = "519-555-0188"; expected.version += 1; expected.updatedAt = updated.updatedAt
        #expect(updated == expected)

        let newAudits: [AuditEntry] = try f.db.pool.read { try AuditEntry.filter(AuditEntry.Columns.id > auditBefore).fetchAll($0) }
        #expect(newAudits.map(\.recordType) == ["client"])
        #expect(newAudits.first?.action == "update" && newAudits.first?.staffID == f.caseworker.id)
        #expect(newAudits.first?.changes == #"{"phone":["519-555-0123","519-555-0188"]}"#)
        #expect(try f.db.employments(clientID: zoe.id!).count == 1)
    }

    @Test func sameJobAndEmployerIgnoringCaseAreReused() throws {
        let f = try Fixture()
        _ = try f.db.addEmployer(Employer(name: "TIM HORTONS, DUNDAS ST"), by: f.caseworker)
        _ = try f.importFile(text: goodExtract)
        #expect(try f.count("employer") == 1)
        let zoe = try #require(try f.clientByReference("001234567"))

        let report = try f.importFile(text: """
            cams_reference,employment_start_date,employer_name,hours_per_week,new_employer,job_title
            001234567,2025-06-01,Tim hortons,32,no,Shift supervisor

            """)
        #expect(report.updated == 1)
        let jobs = try f.db.employments(clientID: zoe.id!)
        #expect(jobs.map(\.startDate.iso) == ["2025-02-03", "2025-06-01"])
        #expect(jobs.last?.jobTitle == "Shift supervisor")
        #expect(try f.count("checkpoint") == 8 && f.count("employer") == 2)
    }

    @Test func placeholderNamesAreRejectedWithTheIntakeMessage() throws {
        let f = try Fixture()
        let report = try f.importFile(text: "cams_reference,first_name,last_name\n123456789,N/A,unknown\n")
        let intake = IntakeValidator.validate(Client(firstName: "N/A", lastName: "unknown"), today: importToday)
        #expect(report.problems.map(\.reason) == intake.map(\.message))
        #expect(report.problems.map(\.description) == [
            "line 2: first_name: First name 'N/A' is a placeholder: enter the client's real name.",
            "line 2: last_name: Last name 'unknown' is a placeholder: enter the client's real name.",
        ])
        #expect(try f.count("client") == 0)
    }

    @Test func progressGoesThroughCheckingWritingAndIndexing() throws {
        let f = try Fixture()
        let url = f.folder.url.appendingPathComponent("extract.csv")
        try Data(goodExtract.utf8).write(to: url)
        var seen: [ImportProgress] = []
        _ = try f.db.importCamsExtract(bytes: [UInt8](Data(contentsOf: url)), by: f.caseworker, today: importToday) { seen.append($0) }
        #expect(seen == [
            ImportProgress(phase: .checking, done: 3, total: 3),
            ImportProgress(phase: .writing, done: 3, total: 3),
            ImportProgress(phase: .indexing, done: 0, total: 3),
            ImportProgress(phase: .indexing, done: 3, total: 3),
        ])
    }

    @Test func dryRunReportsWithoutWriting() throws {
        let f = try Fixture()
        let before = try f.snapshot()
        let report = try f.importFile(text: goodExtract, dryRun: true)
        #expect((report.created, report.wasWritten) == (3, false))
        #expect(try f.snapshot() == before)
    }

    @Test func frontDeskMayNotImport() throws {
        let f = try Fixture()
        let error = storeError { _ = try f.importFile(text: goodExtract, by: f.frontDesk) }
        #expect(error == .notPermitted(.importClients))
    }
}
