import Foundation
import Testing

/// Issue #15 item 1: a command's date option outside the accepted range is refused at once with a
/// clear message (`--as-of 9999-12-31` used to run for more than ten minutes).
@Suite(.timeLimit(.minutes(6)))
struct DateOptionTests {
    @Test(arguments: [
        (["followups", "--as-of", "9999-12-31"], "--as-of '9999-12-31' is after 2100-12-31"),
        (["followups", "--as-of", "2300-01-01"], "--as-of '2300-01-01' is after 2100-12-31"),
        (["followups", "--as-of", "1066-10-14"], "--as-of '1066-10-14' is before 1900-01-01"),
        (["calendar", "closures", "--from", "0001-01-01"], "--from '0001-01-01' is before 1900-01-01"),
        (["calendar", "closures", "--through", "9999-12-31"], "--through '9999-12-31' is after 2100-12-31"),
        (["calendar", "close", "2205-01-02", "--reason", "Typo"], "date '2205-01-02' is after 2100-12-31"),
    ])
    func aDateOutsideTheRangeIsRefusedQuickly(_ arguments: [String], _ message: String) throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.newDatabase(in: folder, name: "db.sqlite")
        let started = ContinuousClock.now
        let r = try Caseload.run(arguments + ["--db", db], timeout: .seconds(30))
        #expect(r.status != 0)
        #expect(r.errorOutput.contains(message), "\(r.errorOutput)")
        #expect(r.errorOutput.contains("check the year"), "\(r.errorOutput)")
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
