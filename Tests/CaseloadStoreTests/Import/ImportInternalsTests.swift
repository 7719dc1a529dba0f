import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The import's shortcuts must write exactly what the store's generic code would.
@Suite struct ImportInternalsTests {
    @Test func columnListsMatchTheRecordsEncoding() throws {
        // If a record gains a column, its list here falls out of date: the import would still be
        // correct (generic fallback) but slow, so this test says which list to update.
        let dates = DateValues()
        let client = Client(camsReference: "001234567", firstName: "Zoë", lastName: "Côté", dateOfBirth: LocalDate(iso: "1990-04-12"),
                            phone: "519-555-0123", caseworkerID: 3, siteID: 1, isLegacy: true)
        #expect(try InsertShape(client, dates: dates).isFast)
        #expect(try InsertShape(Assessment(clientID: 1, submittedAt: Date()), dates: dates).isFast)
        let job = Employment(clientID: 1, employerID: 2, jobTitle: "Clerk", startDate: LocalDate(iso: "2025-01-31")!,
                             hoursPerWeek: 22.5, isNewEmployer: true, isPBFEligible: true)
        #expect(try InsertShape(job, dates: dates).isFast)
        #expect(try InsertShape(Checkpoint(employmentID: 1, month: .three, dueOn: LocalDate(iso: "2025-04-30")!), dates: dates).isFast)
        #expect(try InsertShape(Employer(name: "Acme"), dates: dates).isFast)
    }

    @Test func fastAuditJSONSaysWhatAuditJSONSays() throws {
        let values: [String: DatabaseValue] = [
            "name": "Côté \"Zoë\"\n\\ / tab\t\u{1}".databaseValue, "hours": 22.5.databaseValue, "whole": 25.0.databaseValue,
            "count": 42.databaseValue, "none": .null, "at": Date(timeIntervalSince1970: 0).databaseValue,
        ]
        func object(_ json: String) throws -> NSDictionary {
            try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
        }
        let fast = FastAuditJSON.values(values)
        #expect(try object(fast) == object(AuditJSON.values(values)))
        #expect(fast.hasPrefix(#"{"at":"1970-01-01 00:00:00.000","count":42,"hours":22.5,"name":"Côté \"Zoë\"\n\\ / tab\t\u0001""#))
        let general = try AuditJSON.values(values)
        #expect(!fast.contains("none") && !general.contains("none"), "an empty column is left out")

        let change = FastAuditJSON.changes([("phone", "519-555-0123".databaseValue, "519-555-0188".databaseValue), ("email", .null, "a@b.ca".databaseValue)])
        #expect(change == #"{"email":[null,"a@b.ca"],"phone":["519-555-0123","519-555-0188"]}"#)
        #expect(try object(change) == object(AuditJSON.changes(from: ["phone": "519-555-0123".databaseValue, "email": .null],
                                                                  to: ["phone": "519-555-0188".databaseValue, "email": "a@b.ca".databaseValue],
                                                                  fields: ["phone", "email"])))
    }
}
