import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

@Suite struct AuditSampleTests {
    /// Twenty imported clients: referral, assessment, contact details; no notes, no plans, no jobs.
    private func fixtureWithTwentyClients() throws -> Fixture {
        let f = try Fixture()
        var lines = ["cams_reference,first_name,last_name,date_of_birth,phone,referral_source,referral_received_on,ca_submitted_on"]
        let names = ["Ana", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo",
                     "Kim", "Lu", "Mo", "Ned", "Oda", "Pia", "Quin", "Rae", "Sol", "Tia"]
        for (i, name) in names.enumerated() {
            lines.append("2000000\(String(format: "%02d", i)),\(name),Sample,1980-03-1\(i % 10),519-555-01\(String(format: "%02d", i)),Self,2025-01-0\(i % 9 + 1),2025-01-1\(i % 9)")
        }
        let report = try f.importFile(text: lines.joined(separator: "\n"))
        #expect(report.created == 20 && report.problems.isEmpty)
        return f
    }

    @Test func sameSeedSameSampleAndCountRespected() throws {
        let f = try fixtureWithTwentyClients()
        let a = try f.db.auditSample(count: 5, seed: 42, by: f.supervisor, today: importToday)
        let b = try f.db.auditSample(count: 5, seed: 42, by: f.supervisor, today: importToday)
        let c = try f.db.auditSample(count: 5, seed: 7, by: f.supervisor, today: importToday)
        #expect(a.entries.count == 5 && a.populationSize == 20 && a.seed == 42)
        #expect(a.entries.map(\.client.id) == b.entries.map(\.client.id))
        #expect(a.entries.map(\.client.id) != c.entries.map(\.client.id))
        #expect(Set(a.entries.map(\.client.id)).count == 5)

        let all = try f.db.auditSample(count: 50, seed: 42, by: f.supervisor, today: importToday)
        #expect(all.entries.count == 20 && Set(all.entries.map(\.client.id)).count == 20)

        let walkIn = try f.client("Walk", "In")   // not imported: left out of an imported-only sample
        let imported = try f.db.auditSample(count: 50, seed: 1, importedOnly: true, by: f.supervisor, today: importToday)
        #expect(imported.populationSize == 20 && !imported.entries.contains { $0.client.id == walkIn.id })
    }

    @Test func findingsComeFromTheData() throws {
        let f = try fixtureWithTwentyClients()
        let ana = try #require(try f.clientByReference("200000000"))
        let bo = try #require(try f.clientByReference("200000001"))
        let unlinked = try f.client("Una", "Linked", phone: "519-555-0177")

        // Bo: a note, an open plan, and a job whose 1- and 3-month checkpoints are due (one recorded).
        _ = try f.db.addCaseNote(f.note(for: bo), by: f.caseworker)
        try f.db.execute("INSERT INTO action_plan(client_id, status, opened_on) VALUES (?, 'Active', '2025-01-20')", [bo.id!])
        let employer = try f.db.addEmployer(Employer(name: "Acme"), by: f.caseworker)
        let job = try f.db.recordEmployment(Employment(clientID: bo.id!, employerID: employer.id!, jobTitle: "Clerk",
                                                       startDate: LocalDate(iso: "2025-02-10")!, hoursPerWeek: 30,
                                                       isNewEmployer: true), by: f.caseworker)
        try f.db.execute("UPDATE checkpoint SET recorded_on = '2025-03-11' WHERE employment_id = ? AND month = 1", [job.employment.id!])

        let sample = try f.db.auditSample(count: 100, seed: 3, by: f.supervisor, today: importToday)
        func findings(_ id: Int64?) -> [String] {
            sample.entries.first { $0.client.id == id }?.checks.filter { !$0.isOK }.map(\.description) ?? ["not sampled"]
        }
        #expect(findings(ana.id) == [
            "FIX EAP: no Employment Action Plan (client status Active)",
            "FIX Case notes: no case note yet",
        ])
        #expect(findings(bo.id) == ["FIX Checkpoints: 3-month checkpoint due Sat 10 May 2025 not recorded"])
        #expect(findings(unlinked.id) == [
            "FIX CaMS reference: CaMS reference missing",
            "FIX Name, date of birth, contact: date of birth missing",
            "FIX Common assessment: no common assessment recorded",
            "FIX EAP: no Employment Action Plan (client status Active)",
            "FIX Case notes: no case note yet",
        ])
        let boChecks = sample.entries.first { $0.client.id == bo.id }?.checks.filter(\.isOK).map(\.description) ?? []
        #expect(boChecks.contains("ok  CaMS reference: 200000001: check it matches this client in CaMS"))
        #expect(boChecks.contains("ok  Case notes: 1 case note"))
        #expect(boChecks.contains("ok  EAP: Active since Mon 20 Jan 2025"))
    }

    @Test func onlySupervisorsAndAdministratorsDrawSamples() throws {
        let f = try Fixture()
        #expect(storeError { _ = try f.db.auditSample(count: 3, seed: 1, by: f.caseworker) } == .notPermitted(.drawAuditSample))
        #expect(try f.db.auditSample(count: 3, seed: 1, by: f.admin).entries.isEmpty)
    }
}
