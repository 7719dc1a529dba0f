import Foundation
import Testing

/// Issue #22, supervisor 3: a caseworker leaves. The supervisor shares their caseload between two
/// colleagues from the team view (tick, reason, read the plan, `y`); afterwards F3, the client
/// list and the command line agree that the leaver owns no open client and no open item.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct CaseloadTransferScenarioTests {
    /// Each staff member's login by full name, from `caseload staff list` ("arahman  Aisha Rahman  caseworker …").
    private func logins(_ db: String) throws -> [String: String] {
        let listing = try Caseload.run(["staff", "list", "--db", db, "--user", "dlee"])
        var out: [String: String] = [:]
        for row in listing.output.split(separator: "\n").dropFirst(2) {
            let columns = row.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if columns.count >= 2 { out[columns[1]] = columns[0] }
        }
        return out
    }

    /// The name at the start of a table row ("> Jennifer MacDonald      25 …").
    private func name(inRow row: String) -> String {
        String(row.dropFirst(2)).components(separatedBy: "  ").first!.trimmingCharacters(in: .whitespaces)
    }

    private struct Item: Decodable { let caseworker: String? }

    @Test(.needsTmux) func supervisor_transfers_a_caseload_to_two_colleagues() async throws {
        let folder = try Caseload.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try Caseload.demoDatabase(in: folder)
        let logins = try logins(db)
        let s = try Caseload.tui(db: db, user: "dlee", width: 120, height: 40)
        defer { s.kill() }
        try await s.waitFor("/ Search")

        // The team view from F3; the first caseworker (selected) is the one who leaves.
        try s.sendKeys("F3")
        try await s.waitFor("Everyone's follow-ups")
        try s.sendKeys("t")
        try await s.waitFor("Follow-ups by caseworker")
        let team = try s.capture().split(separator: "\n").map(String.init)
        let header = try #require(team.firstIndex { $0.contains("Caseworker") && $0.contains("Clients") && $0.contains("Worst") })
        let first = team[header + 1]
        #expect(first.hasPrefix(">"), "the first row is selected: \(first)")
        let leaving = name(inRow: first)
        let leavingLogin = try #require(logins[leaving], "\(leaving) in \(logins)")

        // T: tick the first two colleagues, give the reason, read the plan, y.
        try s.sendKeys("T")
        try await s.waitFor("Transfer \(leaving)'s caseload")
        try s.sendKeys("Space", "Down", "Space")
        try await s.waitFor("[x]")
        var receivers: [String] = []
        for _ in 0..<600 where receivers.count < 2 {
            receivers = try s.capture().split(separator: "\n").compactMap { line -> String? in
                guard let tick = line.range(of: "[x] ") else { return nil }
                return line[tick.upperBound...].replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
            }
            if receivers.count < 2 { try await Task.sleep(for: .milliseconds(150)) }
        }
        #expect(receivers.count == 2, "two colleagues ticked: \(receivers)")
        try s.sendKeys("Tab")
        try s.type("\(leaving) left the agency")
        try s.sendKeys("Enter")
        for receiver in receivers { try await s.waitFor("\(leaving) → \(receiver): ") }
        try await s.waitFor("nothing moves before y")
        #expect(try s.capture().contains("Follow-ups by caseworker"), "the plan is shown over the team view; nothing moved yet")
        try s.sendKeys("y")
        try await s.waitForAbsence("nothing moves before y")
        try await s.waitForAbsence("Transfer \(leaving)'s caseload")
        let after = try s.capture().split(separator: "\n").map(String.init)
        let row = try #require(after.first { $0.count > 2 && name(inRow: $0) == leaving }, "\(after.joined(separator: "\n"))")
        #expect(row.dropFirst(2).dropFirst(leaving.count).split(separator: " ").first == "0", "the team view counts no open client: \(row)")
        for receiver in receivers { #expect(after.contains { $0.contains(receiver) }, "\(receiver) is on the team view") }

        // F3, the leaver's queue: nothing due.
        try s.sendKeys("F3")
        try await s.waitFor("follow-ups")
        try s.sendKeys("w")
        try s.type(leaving)
        try s.sendKeys("Enter")
        try await s.waitFor("\(leaving)'s follow-ups · 0 overdue · 0 due today · 0 upcoming")
        try await s.waitFor("Nothing due.")

        // The client list, filtered on the leaver: only closed files are left with them.
        try s.sendKeys("F2")
        try await s.waitFor("/ Search")
        try s.sendKeys("w")
        try s.type(leaving)
        try s.sendKeys("Enter")
        try await s.waitFor("\(leaving) · by name")
        let list = try s.capture().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let listHeader = try #require(list.firstIndex { $0.contains("Caseworker") && $0.contains("Status") })
        let rows = list[(listHeader + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        for row in rows {
            #expect(row.contains(leaving) && row.contains(" Closed "), "an open client stayed with \(leaving): \(row)")
        }
        try s.sendKeys("Q")
        #expect(try await s.waitForExit() == 0)

        // The command line agrees: no item and no open client is the leaver's; the receivers have theirs.
        let theirs = try Caseload.run(["followups", "--db", db, "--user", "dlee", "--caseworker", leavingLogin, "--format", "json"])
        #expect(theirs.status == 0, "\(theirs.errorOutput)")
        #expect(try JSONDecoder().decode([Item].self, from: Data(theirs.output.utf8)).isEmpty, "\(theirs.output)")
        let everyone = try Caseload.run(["followups", "--db", db, "--user", "dlee", "--format", "json"])
        let items = try JSONDecoder().decode([Item].self, from: Data(everyone.output.utf8))
        #expect(!items.isEmpty && !items.contains { $0.caseworker == leavingLogin })
        for receiver in receivers {
            let login = try #require(logins[receiver])
            #expect(items.contains { $0.caseworker == login }, "\(receiver) has the items of the clients they received")
        }
        let again = try Caseload.run(["transfer", "--db", db, "--user", "dlee", "--from", leavingLogin,
                                      "--to", try #require(logins[receivers[0]]), "--reason", "check"])
        #expect(again.output.contains("\(leaving) has no open clients; nothing to transfer."), "\(again.output)\(again.errorOutput)")
    }
}
