import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// The day every import test runs on, so ages and "in the future" checks never drift.
let importToday = LocalDate(year: 2025, month: 6, day: 2)!

/// Every column the import knows, in the order the test files use.
let fullHeader = "cams_reference,first_name,last_name,date_of_birth,phone,email,address,referral_source,"
    + "referral_received_on,sa_caseworker_name,ca_submitted_on,caseworker,site,"
    + "employment_start_date,employer_name,hours_per_week,new_employer"

/// Three clients: one with a referral, an assessment and a job; one assessed only; one only referred.
let goodExtract = """
    \(fullHeader)
    001234567,Zoë,Côté,1990-04-12,519-555-0123,zoe.cote@gmail.com,"12 King St, London ON",OW,2025-01-06,Pat Smith,2025-01-10,dlee,Main office,2025-02-03,"Tim Hortons, Dundas St",25,yes
    001234568,Amir,Haddad,1985-11-30,,,,,,,2025-01-15,dlee,,,,,
    001234569,Mei,Wang,2000-02-29,226-555-0199,,,TRF,2025-03-03,Jo Bloggs,,,,,,,

    """

extension Fixture {
    /// Writes `text` (or raw bytes) to a file in the test's folder and imports what is read back from it.
    func importFile(_ name: String = "extract.csv", text: String? = nil, bytes: [UInt8]? = nil,
                    mode: ImportMode = .allOrNothing, dryRun: Bool = false,
                    by staff: StaffMember? = nil) throws -> ImportReport {
        let url = folder.url.appendingPathComponent(name)
        try Data(bytes ?? Array((text ?? "").utf8)).write(to: url)
        let read = try [UInt8](Data(contentsOf: url))
        return try db.importCamsExtract(bytes: read, mode: mode, dryRun: dryRun, by: staff ?? caseworker, today: importToday)
    }

    func clientByReference(_ reference: String) throws -> Client? {
        try db.pool.read { try Client.filter(Client.Columns.camsReference == reference).fetchOne($0) }
    }

    func count(_ table: String) throws -> Int {
        try db.scalar("SELECT count(*) FROM \(table)") ?? -1
    }

    /// What "nothing changed" compares: row counts, the audit's last id and a checksum of every
    /// client column, so a write of equal-looking values would still show.
    func snapshot() throws -> DatabaseSnapshot {
        try db.pool.read { db in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM client ORDER BY id")
            while let row = try rows.next() {
                for byte in row.description.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
            return DatabaseSnapshot(
                clients: try count("client"), audits: try count("audit"),
                auditMaxID: try Int64.fetchOne(db, sql: "SELECT max(id) FROM audit") ?? 0,
                assessments: try count("assessment"), employments: try count("employment"),
                checkpoints: try count("checkpoint"), employers: try count("employer"), clientChecksum: hash)
        }
    }
}

struct DatabaseSnapshot: Equatable {
    var clients: Int, audits: Int, auditMaxID: Int64
    var assessments: Int, employments: Int, checkpoints: Int, employers: Int
    var clientChecksum: UInt64
}
