import CaseloadCore
import Foundation
import GRDB

/// Everything the import compares rows with, read once up front (a handful of queries, whatever the
/// file's size), so checking a row never goes back to the database. Only the clients the file names
/// are loaded, with their latest assessment and their jobs.
struct ImportLookup: Sendable {
    /// Existing clients by CaMS reference.
    var clients: [String: Client] = [:]
    /// The latest assessment of each of those clients.
    var assessments: [Int64: Assessment] = [:]
    /// The jobs those clients already have, to recognise a job the extract repeats.
    var jobs: Set<JobKey> = []
    /// Every staff account by login name (inactive ones too, to say why they cannot be used).
    var staffByUsername: [String: StaffMember] = [:]
    var staffByID: [Int64: StaffMember] = [:]
    /// Sites by lowercased name.
    var siteIDs: [String: Int64] = [:]
    var siteNames: [String] = []
    /// Employers by lowercased name (the oldest when two differ only in case).
    var employerIDs: [String: Int64] = [:]

    struct JobKey: Hashable, Sendable {
        var clientID: Int64
        var employerID: Int64
        var startDate: LocalDate
    }

    static func load(_ db: Database, references: [String]) throws -> ImportLookup {
        var lookup = ImportLookup()
        // The file's references go in as one JSON array, so the query is the same for 10 rows or 100,000.
        let named = "SELECT id FROM client WHERE cams_reference IN (SELECT value FROM json_each(?))"
        let argument: StatementArguments = [jsonArray(references)]

        for client in try Client.fetchAll(db, sql: "SELECT * FROM client WHERE id IN (\(named))", arguments: argument) {
            if let reference = client.camsReference { lookup.clients[reference] = client }
        }
        if !lookup.clients.isEmpty {
            let assessments = try Assessment.fetchAll(db, sql: """
                SELECT * FROM assessment WHERE client_id IN (\(named)) ORDER BY id
                """, arguments: argument)
            for assessment in assessments { lookup.assessments[assessment.clientID] = assessment }   // latest wins
            let rows = try Row.fetchCursor(db, sql: """
                SELECT client_id, employer_id, start_date FROM employment WHERE client_id IN (\(named))
                """, arguments: argument)
            while let row = try rows.next() {
                lookup.jobs.insert(JobKey(clientID: row[0], employerID: row[1], startDate: try row.decode(LocalDate.self, atIndex: 2)))
            }
        }
        for member in try StaffMember.fetchAll(db) {
            lookup.staffByUsername[member.username] = member
            if let id = member.id { lookup.staffByID[id] = member }
        }
        for site in try Site.order(Site.Columns.name).fetchAll(db) {
            guard let id = site.id else { continue }
            lookup.siteNames.append(site.name)
            let key = site.name.lowercased()
            if lookup.siteIDs[key] == nil { lookup.siteIDs[key] = id }
        }
        let employers = try Row.fetchCursor(db, sql: "SELECT id, name FROM employer ORDER BY id")
        while let row = try employers.next() {
            let key = employerKey(row[1])
            if lookup.employerIDs[key] == nil { lookup.employerIDs[key] = row[0] }
        }
        return lookup
    }

    /// Employers are matched by name ignoring case and surrounding spaces.
    static func employerKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A site by name, ignoring case.
    func siteID(named name: String) -> Int64? {
        siteIDs[name.lowercased()]
    }

    static func jsonArray(_ strings: [String]) -> String {
        var out = "["
        out.reserveCapacity(strings.count * 14 + 2)
        for (i, s) in strings.enumerated() {
            if i > 0 { out += "," }
            FastAuditJSON.appendString(s, to: &out)
        }
        return out + "]"
    }
}
