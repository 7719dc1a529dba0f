import Foundation
import Testing

/// Issue #15 item 7, as an administrator runs it: the summary counts what the extract lacked and
/// the follow-up queue asks for it.
@Suite(.timeLimit(.minutes(6)))
struct ImportCommandTests {
    @Test func an_extract_without_the_SA_caseworker_or_the_attestation_is_imported_and_followed_up() throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder, clients: 10)
        let file = folder.appendingPathComponent("extract.csv")
        try """
            cams_reference,first_name,last_name,date_of_birth,referral_source,referral_received_on,under18_attestation
            300000001,Ana,Silva,1990-01-01,OW,2026-01-05,
            300000002,Ben,Okafor,2011-01-01,Self,,no

            """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try Caseload.run(["import", "cams", file.path, "--db", db, "--user", "arahman"])
        #expect(imported.status == 0, "\(imported.errorOutput)")
        #expect(imported.output.contains("2 created, 0 updated, 0 unchanged, 0 rejected; 1 missing SA caseworker, 1 missing under-18 attestation"))
        let queue = try Caseload.run(["followups", "--format", "csv", "--db", db, "--user", "mokafor"])
        // CSV rows end in CRLF (one Character in Swift): look for whole rows' starts.
        #expect(queue.output.contains("\r\nSA-WORKER,300000001,\"Silva, Ana\","))
        #expect(queue.output.contains("\r\nR-16,300000002,\"Okafor, Ben\","))
    }
}
