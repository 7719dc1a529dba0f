import Foundation
import Testing

/// Issue #15's done-when: date checks give the same answers whatever zone the machine runs in.
/// Servers often run in UTC, and a laptop may be set to Auckland; the agency is in Toronto.
@Suite(.timeLimit(.minutes(6)))
struct TimeZoneTests {
    static let zones = ["UTC", "America/Toronto", "Pacific/Auckland"]

    /// The unit suites whose answers depend on turning instants into days (or days into instants),
    /// re-run in this very test executable with `TZ` set.
    static let dateSuites = [
        "AcceptedDatesTests", "LocalDateTests", "ReferralAsOfTests", "CamsExtractDateRangeTests", "ImportDateTests",
        "AssessmentSubmittedOnMigrationTests", "ConflictClockTests", "CamsImportTests", "DateEntryRangeTests",
        "AssessmentRuleTests", "BusinessCalendarTests", "DueDateTests", "FactLoaderEquivalenceTests", "AttendanceTests",
        "FollowUpActionTests", "NoteEntryFlowTests", "NoteDateRangeTests", "ClientListActivityDayTests", "IntakeValidatorTests",
    ]

    @Test(arguments: zones)
    func theDateSuitesPassInZone(_ zone: String) throws {
        // This test executable (Linux; elsewhere the path it was started by).
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let filter = "(" + Self.dateSuites.joined(separator: "|") + ")"
        let run = try ProcessRunner.run(exe, ["--testing-library", "swift-testing", "--filter", filter],
                                        timeout: .seconds(240), environment: ["TZ": zone])
        let lines = (run.output + run.errorOutput).split(whereSeparator: \.isNewline)
        let summary = lines.last { $0.contains("Test run with") }.map(String.init) ?? "no summary:\n\(run.output.suffix(2000))\n\(run.errorOutput.suffix(2000))"
        #expect(run.status == 0, "TZ=\(zone): \(summary)\n\(lines.filter { $0.contains("✘") }.prefix(20).joined(separator: "\n"))")
        #expect(summary.contains("passed") && !summary.contains("with 0 tests"), "TZ=\(zone): \(summary)")
    }

    /// The reported case end to end: `ca_submitted_on` 2025-03-01 makes R-15 due 9 June (+100 days),
    /// whatever zone the import and the queue run in.
    @Test(arguments: zones)
    func anImportedAssessmentDayIsTheSameInEveryZone(_ zone: String) throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("extract.csv")
        try "cams_reference,first_name,last_name,ca_submitted_on\n100000001,Ana,Silva,2025-03-01\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let db = try Caseload.newDatabase(in: folder, name: "db.sqlite")
        let env = ["TZ": zone]
        let imported = try Caseload.run(["import", "cams", csv.path, "--db", db], environment: env)
        #expect(imported.status == 0, "TZ=\(zone): \(imported.errorOutput)")
        let queue = try Caseload.run(["followups", "--db", db, "--as-of", "2025-06-02", "--format", "csv"], environment: env)
        #expect(queue.status == 0, "TZ=\(zone): \(queue.errorOutput)")
        let r15 = queue.output.split(whereSeparator: \.isNewline).first { $0.hasPrefix("R-15,") }.map(String.init) ?? ""
        #expect(r15.contains(",2025-06-09,"), "TZ=\(zone): \(queue.output)")
        #expect(r15.contains("common assessment Sat 1 Mar 2025"), "TZ=\(zone): \(r15)")
    }
}
