import CaseloadCore
import Foundation
import GRDB
import Testing
@testable import CaseloadStore

/// A file written by an earlier release (schema v3) opens in this one: the missing migrations run,
/// and everything already recorded is kept.
@Suite struct OldFileMigrationTests {
    @Test func aVersion3FileIsMigratedAndKeepsItsData() throws {
        let folder = try TempFolder()
        let path = folder.path("old.sqlite")
        // Build the old file exactly as the earlier binary did: migrations up to v3 only.
        do {
            let queue = try DatabaseQueue(path: path)
            try CaseloadMigrations.migrator.migrate(queue, upTo: "v3-seed")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO staff (username, full_name, role, is_active) VALUES ('root', 'Root', 'admin', 1)")
                try db.execute(sql: """
                    INSERT INTO client (first_name, last_name, referral_source, status, is_legacy, under18_attestation, created_at, updated_at)
                    VALUES ('Zoë', 'Côté', 'TRF', 'Referred', 0, 0, '2025-01-01 00:00:00.000', '2025-01-01 00:00:00.000')
                    """)
            }
        }
        let db = try CaseloadDatabase.open(path: path)
        #expect(try db.appliedMigrations().last == CaseloadMigrations.migrator.migrations.last)
        #expect(try db.clientCount() == 1)
        #expect(try db.searchClients(query: "cote").map(\.lastName) == ["Côté"])
        #expect(try db.integrityReport().isEmpty)
    }
}
