import CaseloadCore
import CaseloadStore
import Testing
import TerminalKit
@testable import CaseloadApp

/// The team view: per-caseworker counts and bars from the same queue, Enter drills in.
@MainActor @Suite struct TeamLoadTests {
    @Test func supervisorsSeeCountsAndBarsAndDrillIntoOneCaseworker() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.supervisor, start: .team)
        let header = try #require(d.lines.first { $0.contains("Caseworker") && $0.contains("Overdue") })
        #expect(header.contains("Worst"))
        let dana = try #require(d.lines.first { $0.contains("Dana Lee") && $0.contains("█") })
        let marie = try #require(d.lines.first { $0.contains("Marie Roy") && $0.contains("█") })
        // Dana: Zoë's checkpoint 31 business days late; Marie: Hélène's R-04 due Mon 12 Jan, 3 days late.
        #expect(dana.contains("31 bd") && dana.contains("█ 1"))
        #expect(marie.contains("3 bd") && marie.contains("█ 1"))
        let queue = try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now, scope: FollowUpScope(caseworkerID: f.caseworker.id), by: f.caseworker)
        #expect(dana.contains("  \(queue.filter { $0.status == .upcoming }.count) "))
        for _ in 0..<5 where !(d.lines.first { $0.hasPrefix("> ") }?.contains("Dana Lee") ?? false) { d.press(.down) }
        d.press(.enter)
        #expect(d.lines[1].contains("Dana Lee's follow-ups"))
        #expect(d.route == .followUps(caseworkerID: f.caseworker.id))
        d.press(.escape)
        #expect(d.route == .team)
    }

    /// Issue #16: a caseworker's queue is their own, in the screens as in `caseload followups`.
    @Test func caseworkersSeeOnlyTheirOwnQueue() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.caseworker, start: .followUps(caseworkerID: nil))
        d.press(.char("t"))
        #expect(d.route == .followUps(caseworkerID: nil))
        #expect(d.statusLine.contains(Permission.viewTeamFollowUps.refusal), "\(d.screen)")
        d.press(.char("w"))
        #expect(d.statusLine.contains(Permission.viewTeamFollowUps.refusal))
        #expect(!d.screen.contains("Marie Roy"))
        #expect(!(d.lines.last ?? "").contains("Team"), "the footer offers no key the role may not use")

        let team = f.driver(as: f.caseworker, start: .team)
        #expect(team.statusLine.contains(Permission.viewTeamFollowUps.refusal))
        #expect(!team.screen.contains("Marie Roy"))
    }

    @Test func theViewFitsAt80x24AndWidensAt200x60() throws {
        let f = try AppFixture()
        let small = f.driver(as: f.supervisor, start: .team)
        #expect(small.lines.allSatisfy { $0.count <= 80 })
        let wide = f.driver(as: f.supervisor, start: .team, size: Size(width: 200, height: 60))
        let row = try #require(wide.lines.first { $0.contains("Dana Lee") && !$0.contains("·") })
        #expect(row.contains("█") && row.contains(" 1"))
    }
}

/// Issue #22: a caseworker leaves; the supervisor moves their caseload from the team view, sees
/// the plan before anything moves, and afterwards the old caseworker owns nothing open.
@MainActor @Suite struct CaseloadTransferScreenTests {
    @Test func theTeamViewPreviewsThenTransfersACaseload() throws {
        let f = try AppFixture()
        try f.owReferral()
        let d = f.driver(as: f.supervisor, start: .team)
        for _ in 0..<5 where !(d.lines.first { $0.hasPrefix("  > ") || $0.hasPrefix("> ") }?.contains("Dana Lee") ?? false) { d.press(.down) }
        d.press(.char("T"))
        #expect(d.screen.contains("Transfer Dana Lee's caseload"), "\(d.screen)")
        #expect(!d.screen.contains("[ ] Dana Lee"), "nobody receives their own clients")
        d.press(.enter)
        #expect(d.screen.contains("Tick at least one colleague"))
        d.press(.char(" "), .tab)
        d.type("Dana Lee left the agency")
        d.press(.escape)
        #expect(d.screen.contains("Discard what you typed?"))
        d.press(.char("n"), .enter)
        #expect(d.screen.contains("Dana Lee → Marie Roy: 2 clients"), "\(d.screen)")
        #expect(try f.db.client(id: f.zoe.id!, by: f.supervisor).caseworkerID == f.caseworker.id, "nothing moves before y")
        d.press(.char("y"))
        #expect(d.statusLine.contains("Transferred 2 clients from Dana Lee."))
        #expect(try f.db.client(id: f.zoe.id!, by: f.supervisor).caseworkerID == f.otherCaseworker.id)
        let danaQueue = try f.db.followUpQueue(asOf: AppFixture.today, now: AppFixture.now,
                                               scope: FollowUpScope(caseworkerID: f.caseworker.id), by: f.supervisor)
        #expect(danaQueue.isEmpty, "the old caseworker owns nothing open")
        let dana = try #require(d.lines.first { $0.contains("Dana Lee") && !$0.contains("·") })
        let words = dana.split(separator: " ")
        let counts = words.drop { $0 != "Lee" }.dropFirst().prefix(2)
        #expect(Array(counts) == ["0", "0"], "no open clients, nothing overdue: \(dana)")
    }

    /// At 80 columns a plan line with long names goes on over a second row instead of losing its counts.
    @Test func aLongPlanLineIsBrokenAfterACommaNotCut() {
        let line = "Jennifer MacDonald → Isabelle Roy: 18 clients, 10 appointments, 1 follow-up"
        #expect(TransferDialog.fitted(line, width: 68) == ["Jennifer MacDonald → Isabelle Roy: 18 clients, 10 appointments,", "  1 follow-up"])
        #expect(TransferDialog.fitted("Dana Lee → Marie Roy: 2 clients, 1 appointment, 0 follow-ups", width: 68)
                == ["Dana Lee → Marie Roy: 2 clients, 1 appointment, 0 follow-ups"])
    }
}
